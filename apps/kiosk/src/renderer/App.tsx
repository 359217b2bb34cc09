import { htmlLang, localized, useDocumentLocale } from '@hall/web-ui';
import { useEffect } from 'react';
import { useIdleReset } from './components/use-idle-reset.ts';
import { TopBar } from './components/TopBar.tsx';
import { StatusBanner } from './components/StatusBanner.tsx';
import { DeviceFooter } from './components/DeviceFooter.tsx';
import { BookingScreen } from './screens/BookingScreen.tsx';
import { ConfirmScreen } from './screens/ConfirmScreen.tsx';
import { LaneScreen } from './screens/LaneScreen.tsx';
import { LoadingScreen } from './screens/LoadingScreen.tsx';
import { ResultScreen } from './screens/ResultScreen.tsx';
import { ServicesScreen } from './screens/ServicesScreen.tsx';
import { SetupScreen } from './screens/SetupScreen.tsx';
import { StartScreen } from './screens/StartScreen.tsx';
import { useFlow } from './state/flow-store.ts';
import { useHall } from './state/hall-store.ts';

export function App() {
  const phase = useHall((s) => s.phase);
  const hall = useHall((s) => s.hall);
  const locale = useFlow((s) => s.locale);
  const largeType = useFlow((s) => s.largeType);
  const step = useFlow((s) => s.step);
  useIdleReset();

  useDocumentLocale(locale, hall ? localized(hall.hallName, locale) : undefined);

  useEffect(() => {
    document.documentElement.classList.toggle('large-type', largeType);
  }, [largeType]);

  if (phase === 'setup') return <SetupScreen />;

  return (
    <div
      className={`kiosk${largeType ? ' large-type' : ''}`}
      lang={htmlLang(locale)}
      data-step={phase === 'ready' ? step : 'loading'}
    >
      <TopBar />
      <StatusBanner />
      <main className="screen" id="main">
        {phase !== 'ready' || !hall ? (
          <LoadingScreen />
        ) : step === 'start' ? (
          <StartScreen />
        ) : step === 'services' ? (
          <ServicesScreen />
        ) : step === 'lane' ? (
          <LaneScreen />
        ) : step === 'booking' ? (
          <BookingScreen />
        ) : step === 'confirm' ? (
          <ConfirmScreen />
        ) : (
          <ResultScreen />
        )}
      </main>
      <DeviceFooter />
    </div>
  );
}
