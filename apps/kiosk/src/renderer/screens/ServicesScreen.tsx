import { WaitLine } from '../components/WaitLine.tsx';
import { ZoneIcon } from '../components/ZoneIcon.tsx';
import { servicesTexts } from '../i18n/services.ts';
import { useFlow } from '../state/flow-store.ts';
import { useHall } from '../state/hall-store.ts';

/** The services of the chosen zone, each with everything to bring ("one-time notice") and its wait. */
export function ServicesScreen() {
  const hall = useHall((s) => s.hall);
  const stats = useHall((s) => s.stats);
  const { locale, zoneId, chooseService } = useFlow();
  const zone = hall?.zones.find((z) => z.id === zoneId);
  if (!hall || !zone) return null;
  const services = hall.services.filter((s) => s.zoneId === zone.id);
  return (
    <section aria-labelledby="services-title">
      <h2 id="services-title" className="screen__title screen__title--with-icon">
        <ZoneIcon icon={zone.icon} />
        {zone.names[locale]}
      </h2>
      <p className="screen__lead">{servicesTexts.chooseService[locale]}</p>
      <ul className="service-list">
        {services.map((service) => (
          <li key={service.id} className="service-card" data-service={service.id}>
            <div className="service-card__head">
              <h3 className="service-card__name" id={`svc-${service.id}`}>
                {service.names[locale]}
              </h3>
              <WaitLine figures={stats[service.id]} locale={locale} />
            </div>
            <div className="service-card__materials">
              <h4>{servicesTexts.materials[locale]}</h4>
              {service.materials.length === 0 ? (
                <p>{servicesTexts.noMaterials[locale]}</p>
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
              aria-describedby={`svc-${service.id}`}
              onClick={() => chooseService(service.id)}
            >
              {servicesTexts.takeThis[locale]}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
