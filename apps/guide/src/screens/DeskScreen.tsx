import { useEffect, useRef, useState } from 'react';
import { texts } from '../i18n/texts.ts';
import { signOut } from '../state/auth.ts';
import { useSession } from '../state/session-store.ts';
import { FindPanel } from './FindPanel.tsx';
import { IssuePanel } from './IssuePanel.tsx';
import { LanguagePicker } from './LanguagePicker.tsx';
import { SlipPanel } from './SlipPanel.tsx';
import { useHall } from './use-hall.ts';

const TABS = ['issue', 'find', 'slip'] as const;
type Tab = (typeof TABS)[number];

/** The desk: issue a walk-in's ticket, find one by number and act on it, see the last slip printed. */
export function DeskScreen() {
  const locale = useSession((s) => s.locale);
  const name = useSession((s) => s.session?.staff.displayName ?? '');
  const [tab, setTab] = useState<Tab>('issue');
  const { hall, failed, reload } = useHall();
  const heading = useRef<HTMLHeadingElement>(null);
  const first = useRef(true);
  // Keyboard users land on the panel they chose, not back at the top of the page.
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    heading.current?.focus();
  }, [tab]);

  return (
    <div className="desk">
      <header className="topbar">
        <p className="topbar__title">
          {texts(locale, 'appName')} <span className="topbar__hall">{hall?.hallName[locale]}</span>
        </p>
        <p className="topbar__user">{texts(locale, 'signedInAs', { name })}</p>
        <LanguagePicker />
        <button type="button" className="btn" onClick={() => void signOut()}>
          {texts(locale, 'logout')}
        </button>
      </header>
      <nav className="tabs" aria-label={texts(locale, 'deskTasks')}>
        {TABS.map((t) => (
          <button
            key={t}
            type="button"
            className="tabs__tab"
            aria-pressed={tab === t}
            data-testid={`tab-${t}`}
            onClick={() => setTab(t)}
          >
            {texts(locale, `tab.${t}`)}
          </button>
        ))}
      </nav>
      <main className="desk-main" id="main">
        <h1 className="sr-only" tabIndex={-1} ref={heading}>
          {texts(locale, `tab.${tab}`)}
        </h1>
        {failed && (
          <div className="notice notice--problem" role="alert">
            <p>{texts(locale, 'loadFailed')}</p>
            <button type="button" className="btn" onClick={reload}>
              {texts(locale, 'retry')}
            </button>
          </div>
        )}
        {!hall && !failed && <p role="status">{texts(locale, 'loading')}</p>}
        {hall && tab === 'issue' && <IssuePanel hall={hall} />}
        {hall && tab === 'find' && <FindPanel hall={hall} />}
        {tab === 'slip' && <SlipPanel />}
      </main>
    </div>
  );
}
