import { hasPermission } from '../logic/enablement.ts';
import { COUNTER_LOCALES, LOCALE_NAMES } from '../i18n/locale.ts';
import { ui } from '../i18n/texts.ts';
import { useHallStore } from '../state/hall-store.ts';
import { signOut } from '../state/runtime.ts';
import { useSession } from '../state/session-store.ts';

/** Hall, window and clerk, the connection light, languages, the supervisor switch and sign-out. */
export function TopBar() {
  const { locale, setLocale, session, hall, windowNumber, view } = useSession();
  const connected = useHallStore((s) => s.connected);
  const windowConfig = hall?.windows.find((w) => w.number === windowNumber);
  const supervisor = session ? hasPermission(session.staff, 'supervise') : false;
  return (
    <header className="top-bar">
      <div className="top-bar__who">
        <span className="top-bar__hall">{hall ? hall.hallName[locale] : ui.appName[locale]}</span>
        {session && (
          <span className="top-bar__clerk" data-testid="clerk-name">
            {windowConfig && view === 'counter' ? `${windowConfig.names[locale]} · ` : ''}
            {session.staff.displayName}
          </span>
        )}
      </div>
      <div className="top-bar__tools">
        {session && (
          <span
            className={`conn-dot${connected ? ' is-on' : ''}`}
            role="img"
            aria-label={connected ? 'online' : 'offline'}
          />
        )}
        <div className="lang-switch" role="group" aria-label={ui.language[locale]}>
          {COUNTER_LOCALES.map((l) => (
            <button
              key={l}
              type="button"
              lang={l}
              className={`btn btn--bar${l === locale ? ' is-active' : ''}`}
              aria-pressed={l === locale}
              onClick={() => setLocale(l)}
            >
              {LOCALE_NAMES[l]}
            </button>
          ))}
        </div>
        {session && supervisor && (
          <button
            type="button"
            className="btn btn--bar"
            data-testid="toggle-supervisor"
            onClick={() => useSession.setState({ view: view === 'supervisor' ? 'counter' : 'supervisor' })}
          >
            {view === 'supervisor' ? ui.counterView[locale] : ui.supervisor[locale]}
          </button>
        )}
        {session && (
          <button type="button" className="btn btn--bar" onClick={() => void signOut()}>
            {ui.logout[locale]}
          </button>
        )}
      </div>
    </header>
  );
}
