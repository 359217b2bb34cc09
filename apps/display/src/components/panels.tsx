import type { HallConfig } from '@hall/protocol';
import { slotRange, numberFitStyle } from '@hall/web-ui';
import { inAll, texts, zh } from '../i18n/texts.ts';
import type { CallEntry, DisplayData } from '../logic/hall-state.ts';
import { activeNotices } from '../logic/notices.ts';
import {
  bookingRows,
  bookingsFeatured,
  elderlyLane,
  isHighlighted,
  shortWindowName,
  waitingPerZone,
  windowConfig,
  type WindowView,
} from '../logic/views.ts';
import { useDisplay } from '../state/display-store.ts';
import { Bi, serviceNames, type Lang2 } from './common.tsx';

function windowLabel(hall: HallConfig, n: number, locale: 'zh-Hans' | 'zh-Hant' | 'en'): string {
  return shortWindowName(windowConfig(hall, n)?.names, n, locale);
}

/** The newest call, as large as the screen allows: "A023 → 3号窗口". */
export function NowCalling({
  hall,
  call,
  hubNow,
  lang2,
}: {
  hall: HallConfig;
  call: CallEntry | undefined;
  hubNow: number;
  lang2: Lang2;
}) {
  if (!call) {
    return (
      <section className="now now--empty" data-testid="now-calling">
        <Bi text={inAll('noCalls')} lang2={lang2} className="now__empty" />
      </section>
    );
  }
  const fresh = isHighlighted(call, hubNow);
  return (
    <section
      className={fresh ? 'now now--fresh' : 'now'}
      data-testid="now-calling"
      data-ticket={call.number}
      data-window={call.window}
      data-fresh={fresh}
    >
      <div className="now__label">
        <Bi text={inAll(call.recall ? 'recall' : 'nowCalling')} lang2={lang2} />
      </div>
      <div className="now__line" lang="zh-Hans">
        <span className="now__number" style={numberFitStyle(call.number)}>
          {call.number}
        </span>
        <span className="now__arrow" aria-hidden="true">
          →
        </span>
        <span className="now__window">{windowLabel(hall, call.window, 'zh-Hans')}</span>
      </div>
      <div className="now__service">
        <Bi text={serviceNames(hall, call.serviceId)} lang2={null} />
      </div>
      {lang2 && (
        <div className="now__l2" lang={lang2}>
          {texts(lang2, 'callLine', { number: call.number, window: windowLabel(hall, call.window, lang2) })}
        </div>
      )}
    </section>
  );
}

/** The last calls, one row each, the newest first and highlighted for a few seconds. */
export function CallList({
  hall,
  calls,
  hubNow,
  lang2,
}: {
  hall: HallConfig;
  calls: CallEntry[];
  hubNow: number;
  lang2: Lang2;
}) {
  return (
    <section className="panel calls" data-testid="recent-calls">
      <h2 className="panel__title">
        <Bi text={inAll('recentCalls')} lang2={lang2} />
      </h2>
      {calls.length === 0 ? (
        <p className="panel__empty">{zh('noCalls')}</p>
      ) : (
        <ol className="calls__list">
          {calls.map((c) => (
            <li
              key={`${c.ticketId}@${c.at}`}
              className={isHighlighted(c, hubNow) ? 'call call--fresh' : 'call'}
              data-ticket={c.number}
              data-window={c.window}
            >
              <span className="call__number" style={numberFitStyle(c.number)}>
                {c.number}
              </span>
              <span className="call__arrow" aria-hidden="true">
                →
              </span>
              <span className="call__window">
                {windowLabel(hall, c.window, 'zh-Hans')}
                {lang2 && (
                  <span className="call__l2" lang={lang2}>
                    {windowLabel(hall, c.window, lang2)}
                  </span>
                )}
              </span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

/** What a side panel reads: the hall, the replica, the zone of a zone screen (null: the whole hall). */
interface SidePanelProps {
  hall: HallConfig;
  data: DisplayData;
  zoneId: string | null;
  lang2: Lang2;
}

/** People waiting per zone (one zone on a zone screen). */
export function WaitingPanel({ hall, data, zoneId, lang2 }: SidePanelProps) {
  const rows = waitingPerZone(hall, data.tickets, zoneId);
  return (
    <section className="panel waiting" data-testid="waiting">
      <h2 className="panel__title">
        <Bi text={inAll('waiting')} lang2={lang2} />
      </h2>
      <ul className={zoneId ? 'waiting__list waiting__list--one' : 'waiting__list'}>
        {rows.map((z) => (
          <li key={z.zoneId} className={z.waiting > 0 ? 'zone' : 'zone zone--none'} data-zone={z.zoneId}>
            <Bi text={z.names} lang2={zoneId ? lang2 : null} className="zone__name" />
            <span className="zone__count">
              <b>{z.waiting}</b>
              <small>{zh('people')}</small>
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** The elderly priority lane: tickets waiting in it, and the windows that will call them. */
export function ElderlyPanel({ hall, data, zoneId, lang2 }: SidePanelProps) {
  const lane = elderlyLane(hall, data, zoneId);
  const shown = lane.waiting.slice(0, 8);
  return (
    <section className="panel elderly" data-testid="elderly-lane">
      <h2 className="panel__title">
        <span className="elderly__mark" aria-hidden="true">
          老
        </span>
        <Bi text={inAll('elderlyLane')} lang2={lang2} />
        <span className="panel__figure">
          {lane.waiting.length}
          <small>{zh('people')}</small>
        </span>
      </h2>
      {shown.length === 0 ? (
        <p className="panel__empty">{zh('elderlyNone')}</p>
      ) : (
        <p className="elderly__numbers">
          {shown.map((t) => (
            <span key={t.number} className="elderly__number">
              {t.number}
            </span>
          ))}
          {lane.waiting.length > shown.length && <span className="elderly__more">…</span>}
        </p>
      )}
      <p className="elderly__windows">
        <span className="elderly__label">{zh('elderlyWindows')}</span>
        {lane.windows.slice(0, 8).map((w) => (
          <span
            key={w.number}
            className={`elderly__window elderly__window--${w.state}${w.helpDesk ? ' elderly__window--desk' : ''}`}
          >
            {shortWindowName(w.names, w.number, 'zh-Hans')}
            {w.helpDesk && w.state !== 'open' && <small> · {zh('closed')}</small>}
          </span>
        ))}
      </p>
    </section>
  );
}

/**
 * Today's delay-service (延时服务: weekday evenings, weekends) bookings still to come, checked in or being
 * called: slot, service, windows, masked name, state. Kept live by the hub's `hall:bookings` pushes. When
 * one of them starts within the hour (or runs), the panel is featured: first in the column, larger type.
 */
export function BookingsPanel({
  hall,
  zoneId,
  hubNow,
  lang2,
}: {
  hall: HallConfig;
  zoneId: string | null;
  hubNow: number;
  lang2: Lang2;
}) {
  const bookings = useDisplay((s) => s.bookings);
  const all = bookingRows(hall, bookings, hubNow, zoneId);
  const featured = bookingsFeatured(all, hubNow);
  const rows = all.slice(0, featured ? 8 : 6);
  return (
    <section
      className={featured ? 'panel bookings bookings--featured' : 'panel bookings'}
      data-testid="bookings"
      data-featured={featured}
      data-count={all.length}
    >
      <h2 className="panel__title">
        <span className="bookings__mark" aria-hidden="true">
          约
        </span>
        <Bi text={inAll('bookings')} lang2={lang2} />
        <span className="panel__figure">
          {all.length}
          <small>{zh('people')}</small>
        </span>
      </h2>
      {rows.length === 0 ? (
        <p className="panel__empty">{zh('noBookings')}</p>
      ) : (
        <table className="bookings__table">
          <tbody>
            {rows.map((b) => (
              <tr key={b.rowId} className={`booking booking--${b.state}`} data-row={b.rowId} data-state={b.state}>
                <td className="booking__slot">{slotRange(b.slotStart, b.slotEnd, hall.timeZone)}</td>
                <td className="booking__service">{serviceNames(hall, b.serviceId)['zh-Hans']}</td>
                <td className="booking__window">
                  {b.windows.length > 0 ? zh('bookingWindows', { windows: b.windows.slice(0, 3).join('、') }) : '—'}
                </td>
                <td className="booking__name">{b.name ?? ''}</td>
                <td className="booking__state">
                  <Bi text={inAll(`booking.${b.state}`)} lang2={lang2} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {all.length > rows.length && <p className="bookings__more">+{all.length - rows.length}</p>}
    </section>
  );
}

/** Hall notices, still text (no scrolling marquee). */
export function NoticesBar({ hubNow, lang2 }: { hubNow: number; lang2: Lang2 }) {
  const notices = activeNotices(
    useDisplay((s) => s.notices),
    hubNow,
  );
  if (notices.length === 0) return null;
  return (
    <footer className="notices" data-testid="notices">
      <span className="notices__label">{zh('notices')}</span>
      <ul className="notices__list">
        {notices.slice(0, 3).map((n) => (
          <li key={n.id} className="notice">
            <Bi text={n.text} lang2={lang2} />
          </li>
        ))}
      </ul>
    </footer>
  );
}

/** The windows of a zone, each with its state and the number it holds. */
export function ZoneWindowsPanel({ views, lang2 }: { views: WindowView[]; lang2: Lang2 }) {
  return (
    <section className="panel zone-windows" data-testid="zone-windows">
      <h2 className="panel__title">
        <Bi text={inAll('zoneWindows')} lang2={lang2} />
      </h2>
      <ul className="zone-windows__list">
        {views.map((v) => {
          const state = v.state?.state ?? 'closed';
          return (
            <li key={v.number} className={`zw zw--${state}`} data-window={v.number}>
              <span className="zw__name">{shortWindowName(v.config?.names, v.number, 'zh-Hans')}</span>
              <span className="zw__ticket" style={numberFitStyle(v.ticket?.number ?? '')}>
                {state === 'closed' ? '' : (v.ticket?.number ?? '—')}
              </span>
              <span className="zw__state">
                {zh(state === 'paused' ? 'paused' : state === 'closed' ? 'closed' : 'open')}
              </span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
