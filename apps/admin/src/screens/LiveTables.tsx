import type { WindowLive } from '@hall/protocol';
import { texts } from '../i18n/texts.ts';
import type { HallNames } from '../logic/alert-labels.ts';
import { minutesText, sinceText } from '../logic/live-durations.ts';
import { useLive } from '../state/live-store.ts';
import { useSession } from '../state/session-store.ts';

/** Per zone: people waiting, the longest wait now, windows open/paused/idle, served in the last hour, the forecast. */
export function ZonesNow({ names }: { names: HallNames }) {
  const locale = useSession((s) => s.locale);
  const zones = useLive((s) => s.board?.zones ?? []);
  return (
    <table className="list live__zones" data-testid="live-zones">
      <caption>{texts(locale, 'live.zones')}</caption>
      <thead>
        <tr>
          <th scope="col">{texts(locale, 'live.colZone')}</th>
          <th scope="col" className="num">
            {texts(locale, 'live.colWaiting')}
          </th>
          <th scope="col">{texts(locale, 'live.colLongest')}</th>
          <th scope="col" className="num">
            {texts(locale, 'live.colOpen')}
          </th>
          <th scope="col" className="num">
            {texts(locale, 'live.colPaused')}
          </th>
          <th scope="col" className="num">
            {texts(locale, 'live.colIdle')}
          </th>
          <th scope="col" className="num">
            {texts(locale, 'live.colServedHour')}
          </th>
          <th scope="col">{texts(locale, 'live.colEstimate')}</th>
        </tr>
      </thead>
      <tbody>
        {zones.map((z) => (
          <tr key={z.zoneId} data-zone={z.zoneId} data-waiting={z.waiting}>
            <th scope="row">{names.zone(z.zoneId) ?? z.zoneId}</th>
            <td className="num">{z.waiting}</td>
            <td>
              {z.longestWaitMinutes === null ? (
                <span className="muted">{texts(locale, 'live.nobodyWaiting')}</span>
              ) : (
                minutesText(locale, z.longestWaitMinutes)
              )}
            </td>
            <td className="num">{z.windowsOpen}</td>
            <td className="num">{z.windowsPaused}</td>
            <td className="num">{z.windowsIdle}</td>
            <td className="num">{z.servedLastHour}</td>
            <td>{minutesText(locale, z.estimatedWaitMinutes)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Per window: its state and for how long (hub clock), and the clerk at it. */
export function WindowsNow({ names }: { names: HallNames }) {
  const locale = useSession((s) => s.locale);
  const windows = useLive((s) => s.board?.windows ?? []);
  const now = useLive((s) => s.now);
  return (
    <table className="list live__windows" data-testid="live-windows">
      <caption>{texts(locale, 'live.windows')}</caption>
      <thead>
        <tr>
          <th scope="col">{texts(locale, 'live.colWindow')}</th>
          <th scope="col">{texts(locale, 'live.colState')}</th>
          <th scope="col">{texts(locale, 'live.colFor')}</th>
          <th scope="col">{texts(locale, 'live.colClerk')}</th>
        </tr>
      </thead>
      <tbody>
        {windows.map((w) => (
          <tr key={w.number} data-window={w.number} data-state={w.state} data-busy={w.busy ? 'true' : 'false'}>
            <th scope="row">{names.window(w.number) ?? texts(locale, 'live.subjectWindow', { n: w.number })}</th>
            <td>
              <WindowState window={w} />
            </td>
            <td className="nowrap" data-testid="window-for">
              {sinceText(locale, w.since, now)}
            </td>
            <td>{w.clerkName ?? <span className="muted">{texts(locale, 'live.noClerk')}</span>}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The state in words (never by colour alone): open and serving or idle, paused with its reason, closed. */
function WindowState({ window: w }: { window: WindowLive }) {
  const locale = useSession((s) => s.locale);
  const state = texts(locale, `live.state.${w.state}`);
  if (w.state === 'open')
    return (
      <span className={`state state--${w.busy ? 'busy' : 'idle'}`}>
        {state} · {texts(locale, w.busy ? 'live.busy' : 'live.idle')}
      </span>
    );
  if (w.state === 'paused')
    return (
      <span className="state state--paused">
        {state}
        {w.pauseReason && (
          <span className="muted"> · {texts(locale, 'live.pauseReason', { detail: w.pauseReason })}</span>
        )}
      </span>
    );
  return <span className="state state--closed muted">{state}</span>;
}
