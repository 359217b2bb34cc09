import { WaitLine } from '../components/WaitLine.tsx';
import { ZoneIcon } from '../components/ZoneIcon.tsx';
import { openingTexts, opensText } from '../i18n/opening.ts';
import { servicesTexts } from '../i18n/services.ts';
import { hallToday } from '../logic/hall-today.ts';
import { serviceGate } from '../logic/opening.ts';
import { useFlow } from '../state/flow-store.ts';
import { hubNow, useHall } from '../state/hall-store.ts';

/**
 * The services of the chosen zone, each with everything to bring ("one-time notice") and its wait. A
 * closed service stays listed, greyed, with when it opens; delay-service items carry a badge.
 */
export function ServicesScreen() {
  const hall = useHall((s) => s.hall);
  const stats = useHall((s) => s.stats);
  const businessDay = useHall((s) => s.businessDay);
  const clockOffset = useHall((s) => s.clockOffset);
  const { locale, zoneId, chooseService } = useFlow();
  const zone = hall?.zones.find((z) => z.id === zoneId);
  if (!hall || !zone) return null;
  const services = hall.services.filter((s) => s.zoneId === zone.id);
  const today = hallToday(businessDay, hubNow(clockOffset), hall.timeZone);
  return (
    <section aria-labelledby="services-title">
      <h2 id="services-title" className="screen__title screen__title--with-icon">
        <ZoneIcon icon={zone.icon} />
        {zone.names[locale]}
      </h2>
      <p className="screen__lead">{servicesTexts(locale, 'chooseService')}</p>
      <ul className="service-list">
        {services.map((service) => {
          const gate = serviceGate(stats[service.id]);
          return (
            <li
              key={service.id}
              className={`service-card${gate.open ? '' : ' is-closed'}`}
              data-service={service.id}
              data-open={gate.open}
            >
              <div className="service-card__head">
                <h3 className="service-card__name" id={`svc-${service.id}`}>
                  {service.names[locale]}
                  {service.delayService && (
                    <span className="badge badge--delay" data-testid="delay-badge">
                      {openingTexts(locale, 'delayBadge')}
                    </span>
                  )}
                </h3>
                {gate.open && <WaitLine figures={stats[service.id]} locale={locale} />}
              </div>
              {!gate.open && (
                <p className="closed-line" id={`svc-${service.id}-opens`} data-testid="service-opens">
                  {openingTexts(locale, 'closed')} · {opensText(gate.opensAt, today, hall.timeZone, locale)}
                </p>
              )}
              <div className="service-card__materials">
                <h4>{servicesTexts(locale, 'materials')}</h4>
                {service.materials.length === 0 ? (
                  <p>{servicesTexts(locale, 'noMaterials')}</p>
                ) : (
                  <ol>
                    {service.materials.map((m) => (
                      <li key={m['zh-Hans']}>{m[locale]}</li>
                    ))}
                  </ol>
                )}
              </div>
              <button
                type="button"
                className="btn btn--primary service-card__go"
                aria-describedby={gate.open ? `svc-${service.id}` : `svc-${service.id} svc-${service.id}-opens`}
                disabled={!gate.open}
                onClick={() => chooseService(service.id)}
              >
                {gate.open ? servicesTexts(locale, 'takeThis') : openingTexts(locale, 'closed')}
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
