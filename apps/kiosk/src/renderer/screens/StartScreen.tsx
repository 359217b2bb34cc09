import { useMemo } from 'react';
import { ZoneIcon } from '../components/ZoneIcon.tsx';
import { WaitLine } from '../components/WaitLine.tsx';
import { startTexts } from '../i18n/start.ts';
import { zoneWaits } from '../logic/zone-wait.ts';
import { useFlow } from '../state/flow-store.ts';
import { useHall } from '../state/hall-store.ts';

/** Every zone as a large tile with its picture and the current wait. */
export function StartScreen() {
  const hall = useHall((s) => s.hall);
  const stats = useHall((s) => s.stats);
  const locale = useFlow((s) => s.locale);
  const chooseZone = useFlow((s) => s.chooseZone);
  const waits = useMemo(() => (hall ? zoneWaits(hall, stats) : new Map()), [hall, stats]);
  if (!hall) return null;
  return (
    <section className="start" aria-labelledby="start-title">
      <h2 id="start-title" className="screen__title">
        {startTexts.welcome[locale]}
      </h2>
      <p className="screen__lead">{startTexts.chooseZone[locale]}</p>
      <ul className="zone-grid" aria-label={startTexts.zonesLabel[locale]}>
        {hall.zones.map((zone) => (
          <li key={zone.id}>
            <button type="button" className="tile zone-tile" data-zone={zone.id} onClick={() => chooseZone(zone.id)}>
              <ZoneIcon icon={zone.icon} />
              <span className="tile__name">{zone.names[locale]}</span>
              <WaitLine figures={waits.get(zone.id)} locale={locale} />
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
