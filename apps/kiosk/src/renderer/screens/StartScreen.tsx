import { useMemo } from 'react';
import { ZoneIcon } from '../components/ZoneIcon.tsx';
import { WaitLine } from '../components/WaitLine.tsx';
import { bookingTexts } from '../i18n/booking.ts';
import { openingTexts, opensText } from '../i18n/opening.ts';
import { startTexts } from '../i18n/start.ts';
import { hallToday } from '../logic/hall-today.ts';
import { zoneGate } from '../logic/opening.ts';
import { zoneWaits } from '../logic/zone-wait.ts';
import { useFlow } from '../state/flow-store.ts';
import { hubNow, useHall } from '../state/hall-store.ts';

/**
 * The booking check-in, then every zone as a large tile with its picture and the current wait; a zone
 * whose services are all closed says so, and when it opens.
 */
export function StartScreen() {
  const hall = useHall((s) => s.hall);
  const stats = useHall((s) => s.stats);
  const businessDay = useHall((s) => s.businessDay);
  const clockOffset = useHall((s) => s.clockOffset);
  const locale = useFlow((s) => s.locale);
  const chooseZone = useFlow((s) => s.chooseZone);
  const startBookingCheckIn = useFlow((s) => s.startBookingCheckIn);
  const waits = useMemo(() => (hall ? zoneWaits(hall, stats) : new Map()), [hall, stats]);
  if (!hall) return null;
  const today = hallToday(businessDay, hubNow(clockOffset), hall.timeZone);
  return (
    <section className="start" aria-labelledby="start-title">
      <h2 id="start-title" className="screen__title">
        {startTexts(locale, 'welcome')}
      </h2>
      <button type="button" className="tile booking-entry" data-testid="booking-check-in" onClick={startBookingCheckIn}>
        <span className="booking-entry__glyph" aria-hidden="true">
          ▣
        </span>
        <span className="booking-entry__text">
          <span className="tile__name">{bookingTexts(locale, 'entry')}</span>
          <span className="tile__hint">{bookingTexts(locale, 'entryHint')}</span>
        </span>
      </button>
      <p className="screen__lead">{startTexts(locale, 'chooseZone')}</p>
      <ul className="zone-grid" aria-label={startTexts(locale, 'zonesLabel')}>
        {hall.zones.map((zone) => {
          const gate = zoneGate(hall, stats, zone.id);
          return (
            <li key={zone.id}>
              <button
                type="button"
                className={`tile zone-tile${gate.open ? '' : ' is-closed'}`}
                data-zone={zone.id}
                data-open={gate.open}
                onClick={() => chooseZone(zone.id)}
              >
                <ZoneIcon icon={zone.icon} />
                <span className="tile__name">{zone.names[locale]}</span>
                {/* A closed zone's "no wait" would mislead: when it opens instead. */}
                {gate.open ? (
                  <WaitLine figures={waits.get(zone.id)} locale={locale} />
                ) : (
                  <span className="closed-line" data-testid="zone-closed">
                    {openingTexts(locale, 'zoneClosed')} · {opensText(gate.opensAt, today, hall.timeZone, locale)}
                  </span>
                )}
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
