import { LOCALE_NAMES, LOCALES } from '@hall/web-ui';
import { hasPermission } from '../logic/enablement.ts';
import { texts } from '../i18n/texts.ts';
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
        <span className="top-bar__hall">{hall ? hall.hallName[locale] : texts(locale, 'appName')}</span>
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
        <div className="lang-switch" role="group" aria-label={texts(locale, 'language')}>
          {LOCALES.map((l) => (
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
            {view === 'supervisor' ? texts(locale, 'counterView') : texts(locale, 'supervisor')}
          </button>
        )}
        {session && (
          <button type="button" className="btn btn--bar" onClick={() => void signOut()}>
            {texts(locale, 'logout')}
          </button>
        )}
      </div>
    </header>
  );
}
