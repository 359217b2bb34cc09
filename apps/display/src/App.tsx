import { useDocumentLocale } from '@hall/web-ui';
import { useEffect, useState } from 'react';
import { zh } from './i18n/texts.ts';
import { parseRoute, type DisplayRoute } from './logic/route.ts';
import { HallScreen } from './screens/HallScreen.tsx';
import { SetupScreen } from './screens/SetupScreen.tsx';
import { WindowScreen } from './screens/WindowScreen.tsx';
import { useDisplay } from './state/display-store.ts';

const readRoute = (): DisplayRoute =>
  parseRoute(location.pathname, location.search, { width: window.innerWidth, height: window.innerHeight });

export function App() {
  const phase = useDisplay((s) => s.phase);
  const hall = useDisplay((s) => s.hall);
  const synced = useDisplay((s) => s.synced);
  const [route, setRoute] = useState(readRoute);

  useEffect(() => {
    // Automatic orientation follows the screen's shape (a rotated monitor, a resized window).
    const onResize = () => setRoute(readRoute());
    window.addEventListener('resize', onResize);
    return () => window.removeEventListener('resize', onResize);
  }, []);

  useEffect(() => {
    document.documentElement.dataset.orientation = route.orientation;
  }, [route.orientation]);
  // The wall speaks zh-Hans first; a second language is a line of its own, marked with its own lang.
  useDocumentLocale('zh-Hans', hall ? `${hall.hallName['zh-Hans']} · ${zh('appName')}` : undefined);

  if (phase === 'setup') return <SetupScreen />;
  if (!hall || !synced) {
    return (
      <div className="display display--loading" data-screen="loading">
        <p className="message" role="status">
          {zh('loading')}
        </p>
      </div>
    );
  }
  const { screen, lang2, orientation } = route;
  if (screen.kind === 'window') return <WindowScreen hall={hall} n={screen.window} lang2={lang2} />;
  return (
    <HallScreen
      hall={hall}
      zoneId={screen.kind === 'zone' ? screen.zoneId : null}
      lang2={lang2}
      orientation={orientation}
    />
  );
}
