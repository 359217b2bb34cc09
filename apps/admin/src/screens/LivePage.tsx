import type { Locale } from '@hall/protocol';
import { HubError } from '../components/HubError.tsx';
import { PageTitle } from '../components/PageTitle.tsx';
import { useLiveFeed } from '../components/use-live-feed.ts';
import { texts } from '../i18n/texts.ts';
import { hallNamesOf } from '../logic/alert-labels.ts';
import { useHall } from '../state/hall-store.ts';
import { useLive } from '../state/live-store.ts';
import { useSession } from '../state/session-store.ts';
import { AlertAnnouncer, AlertList } from './LiveAlerts.tsx';
import { WindowsNow, ZonesNow } from './LiveTables.tsx';

/**
 * The supervisors' live board: the alerts first (each to acknowledge), then each zone's queue and each
 * window's state. Kept current by the socket and a read every few seconds; durations on the hub's clock.
 */
export function LivePage() {
  useLiveFeed();
  const locale = useSession((s) => s.locale);
  const board = useLive((s) => s.board);
  const loadError = useLive((s) => s.loadError);
  const hall = useHall((s) => s.hall);
  const names = hallNamesOf(hall, locale);
  return (
    <>
      <PageTitle>{texts(locale, 'page.live')}</PageTitle>
      <LiveStatus locale={locale} timeZone={hall?.timeZone} />
      {loadError !== null && (
        <>
          <p className="notice notice--problem">{texts(locale, 'live.loadFailed')}</p>
          <HubError error={loadError} />
        </>
      )}
      <AlertAnnouncer names={names} />
      {board === null ? (
        loadError === null && <p role="status">{texts(locale, 'loading')}</p>
      ) : (
        <div className="live" data-testid="live-board" data-at={board.at}>
          <AlertList names={names} />
          <ZonesNow names={names} />
          <WindowsNow names={names} />
        </div>
      )}
    </>
  );
}

/** When the board was made (hall time), and whether pushes arrive. */
function LiveStatus({ locale, timeZone }: { locale: Locale; timeZone: string | undefined }) {
  const at = useLive((s) => s.board?.at);
  const connected = useLive((s) => s.connected);
  const board = useLive((s) => s.board !== null);
  const format = new Intl.DateTimeFormat(locale, { timeStyle: 'medium', ...(timeZone ? { timeZone } : {}) });
  return (
    <div className="live__status">
      {at !== undefined && (
        <p className="muted" data-testid="live-updated">
          {texts(locale, 'live.updatedAt', { when: format.format(at) })}
        </p>
      )}
      {board && !connected && (
        <p className="notice notice--gentle" data-testid="live-disconnected">
          {texts(locale, 'live.disconnected')}
        </p>
      )}
    </div>
  );
}
