import { texts } from '../i18n/texts.ts';
import { useHallStore } from '../state/hall-store.ts';
import { useSession } from '../state/session-store.ts';

/** Says plainly when the terminal is cut off from the hub, and when an unanswered action is being resent. */
export function ConnectionBanner() {
  const locale = useSession((s) => s.locale);
  const session = useSession((s) => s.session);
  const hall = useSession((s) => s.hall);
  const connected = useHallStore((s) => s.connected);
  const refused = useHallStore((s) => s.refused);
  const resending = useHallStore((s) => s.pending.some((c) => c.attempts > 0 && c.state === 'unsent'));
  // A refused connection is not coming back by itself: RefusedNotice says so instead.
  if (!session || !hall || refused) return null;
  if (!connected) {
    return (
      <div className="banner banner--problem" role="alert" data-testid="offline-banner">
        <span aria-hidden="true" className="banner__icon">
          !
        </span>
        {texts(locale, 'offline')}
        {resending && <span className="banner__detail">{texts(locale, 'retrying')}</span>}
      </div>
    );
  }
  return null;
}
