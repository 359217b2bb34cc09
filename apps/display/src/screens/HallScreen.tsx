import type { HallConfig } from '@hall/protocol';
import { Header } from '../components/Header.tsx';
import {
  BookingsPanel,
  CallList,
  ElderlyPanel,
  NoticesBar,
  NowCalling,
  WaitingPanel,
  ZoneWindowsPanel,
} from '../components/panels.tsx';
import { useHubNow, type Lang2 } from '../components/common.tsx';
import { zh } from '../i18n/texts.ts';
import { latestCalls, zoneWindows } from '../logic/views.ts';
import { useDisplay } from '../state/display-store.ts';

const SHOWN_CALLS = 8;

/** The whole hall (zoneId null) or one zone: the newest call large, the last calls, waiting, elderly lane, bookings. */
export function HallScreen({
  hall,
  zoneId,
  lang2,
  orientation,
}: {
  hall: HallConfig;
  zoneId: string | null;
  lang2: Lang2;
  orientation: 'landscape' | 'portrait';
}) {
  const data = useDisplay((s) => s.data);
  const hubNow = useHubNow();
  const zone = zoneId === null ? undefined : hall.zones.find((z) => z.id === zoneId);
  const calls = latestCalls(data.calls, SHOWN_CALLS, zoneId, hall);
  if (zoneId !== null && !zone) {
    return (
      <div className="display display--message" data-screen="zone" data-orientation={orientation}>
        <Header title={hall.hallName} lang2={lang2} />
        <p className="message">{zh('unknownZone')}</p>
      </div>
    );
  }
  return (
    <div
      className={`display display--${zoneId === null ? 'hall' : 'zone'}`}
      data-screen={zoneId === null ? 'hall' : 'zone'}
      data-orientation={orientation}
      data-zone={zoneId ?? undefined}
    >
      <Header title={zone ? zone.names : hall.hallName} subtitle={zone ? hall.hallName : undefined} lang2={lang2} />
      <main className="body">
        <div className="col col--calls">
          <NowCalling hall={hall} call={calls[0]} hubNow={hubNow} lang2={lang2} />
          <CallList hall={hall} calls={calls} hubNow={hubNow} lang2={lang2} />
        </div>
        <div className="col col--side">
          {zoneId !== null && <ZoneWindowsPanel views={zoneWindows(hall, data, zoneId)} lang2={lang2} />}
          <WaitingPanel hall={hall} data={data} zoneId={zoneId} lang2={lang2} />
          <ElderlyPanel hall={hall} data={data} zoneId={zoneId} lang2={lang2} />
          <BookingsPanel hall={hall} zoneId={zoneId} hubNow={hubNow} lang2={lang2} />
        </div>
      </main>
      <NoticesBar hubNow={hubNow} lang2={lang2} />
    </div>
  );
}
