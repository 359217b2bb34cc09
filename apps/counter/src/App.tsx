import { useDocumentLocale } from '@hall/web-ui';
import { TopBar } from './components/TopBar.tsx';
import { ConnectionBanner } from './components/ConnectionBanner.tsx';
import { RefusedNotice } from './components/RefusedNotice.tsx';
import { texts } from './i18n/texts.ts';
import { LoginScreen } from './screens/LoginScreen.tsx';
import { MainScreen } from './screens/MainScreen.tsx';
import { SupervisorScreen } from './screens/SupervisorScreen.tsx';
import { WindowPicker } from './screens/WindowPicker.tsx';
import { useHallStore } from './state/hall-store.ts';
import { useSession } from './state/session-store.ts';

export function App() {
  const locale = useSession((s) => s.locale);
  const session = useSession((s) => s.session);
  const hall = useSession((s) => s.hall);
  const windowNumber = useSession((s) => s.windowNumber);
  const view = useSession((s) => s.view);
  const synced = useHallStore((s) => s.synced);
  const refused = useHallStore((s) => s.refused);
  const windowState = useHallStore((s) => (windowNumber === null ? undefined : s.data.windows[windowNumber]));

  useDocumentLocale(locale, texts(locale, 'appName'));

  if (!session) return <LoginScreen />;

  // The window is ours while the hub says so; otherwise (closed, taken over, day closed) pick again.
  const working =
    windowNumber !== null &&
    windowState !== undefined &&
    windowState.state !== 'closed' &&
    windowState.clerkId === session.staff.id;
  const screen = refused
    ? 'refused'
    : !hall || !synced
      ? 'loading'
      : view === 'supervisor'
        ? 'supervisor'
        : working
          ? 'main'
          : 'pick';

  return (
    <div className="counter" lang={locale} data-screen={screen}>
      <TopBar />
      <ConnectionBanner />
      <main className="screen" id="main">
        {screen === 'refused' && refused ? (
          <RefusedNotice code={refused} />
        ) : screen === 'loading' ? (
          <p className="loading" role="status">
            {texts(locale, 'loading')}
          </p>
        ) : screen === 'supervisor' ? (
          <SupervisorScreen />
        ) : screen === 'main' && windowNumber !== null ? (
          <MainScreen windowNumber={windowNumber} />
        ) : (
          <WindowPicker />
        )}
      </main>
    </div>
  );
}
