import { useEffect } from 'react';
import { LanguagePicker } from '../components/LanguagePicker.tsx';
import { texts } from '../i18n/texts.ts';
import { signOut } from '../state/auth.ts';
import { pagesFor } from '../logic/console-access.ts';
import { useConfig } from '../state/config-store.ts';
import { useHall } from '../state/hall-store.ts';
import { type PageId } from '../state/pages.ts';
import { accessOf, useSession } from '../state/session-store.ts';
import { AuditPage } from './AuditPage.tsx';
import { DevicesPage } from './DevicesPage.tsx';
import { HallPage } from './HallPage.tsx';
import { HoursPage } from './HoursPage.tsx';
import { LivePage } from './LivePage.tsx';
import { NoticesPage } from './NoticesPage.tsx';
import { ReportsPage } from './ReportsPage.tsx';
import { ServicesPage } from './ServicesPage.tsx';
import { StaffPage } from './StaffPage.tsx';
import { VersionsPage } from './VersionsPage.tsx';
import { WindowsPage } from './WindowsPage.tsx';
import { ZonesPage } from './ZonesPage.tsx';

const PAGE_VIEWS: Record<PageId, () => React.JSX.Element> = {
  hall: HallPage,
  zones: ZonesPage,
  services: ServicesPage,
  windows: WindowsPage,
  hours: HoursPage,
  versions: VersionsPage,
  staff: StaffPage,
  devices: DevicesPage,
  notices: NoticesPage,
  audit: AuditPage,
  reports: ReportsPage,
  live: LivePage,
};

/** The signed-in console: the top bar, the menu of pages and the page shown. */
export function Shell() {
  const locale = useSession((s) => s.locale);
  const page = useSession((s) => s.page);
  const go = useSession((s) => s.go);
  const staff = useSession((s) => s.session?.staff);
  const access = useSession((s) => accessOf(s.session)) ?? 'supervisor';
  const configHallName = useConfig((s) => s.current?.config.hallName[locale]);
  const hallName = useHall((s) => s.hall?.hallName[locale]) ?? configHallName;
  useEffect(() => {
    // Only admins may read the configuration document; every signed-in console may read the hall.
    if (access === 'admin') void useConfig.getState().load();
    void useHall.getState().load();
  }, [access]);
  useEffect(() => useConfig.getState().clearFailure(), [page]);
  const View = PAGE_VIEWS[page];
  return (
    <div className="shell">
      <header className="topbar">
        <p className="topbar__title">
          {texts(locale, 'appName')}
          {hallName && <span className="topbar__hall"> · {hallName}</span>}
        </p>
        <LanguagePicker />
        <p className="topbar__user">
          {texts(locale, access === 'admin' ? 'signedInAs' : 'signedInAsSupervisor', {
            name: staff?.displayName ?? '',
          })}
        </p>
        <button type="button" className="btn" onClick={() => void signOut()}>
          {texts(locale, 'logout')}
        </button>
      </header>
      <nav className="menu" aria-label={texts(locale, 'nav')}>
        <ul>
          {pagesFor(access).map((p) => (
            <li key={p}>
              <a
                href={`#${p}`}
                aria-current={p === page ? 'page' : undefined}
                onClick={(e) => {
                  e.preventDefault();
                  // The page shown already: the heading takes focus as a newly opened page's does.
                  if (p === page) document.querySelector<HTMLElement>('.page__title')?.focus();
                  else go(p);
                }}
              >
                {texts(locale, `page.${p}`)}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <main className="page" id="main" data-page={page}>
        <View key={page} />
      </main>
    </div>
  );
}
