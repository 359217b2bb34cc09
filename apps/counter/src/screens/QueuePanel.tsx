import { hallClock, hallDate, numberFitStyle } from '@hall/web-ui';
import type { HallConfig, Locale, Ticket } from '@hall/protocol';
import { serviceName } from '../components/names.ts';
import { texts } from '../i18n/texts.ts';
import { waitedMinutes, type QueueView } from '../logic/callable.ts';
import type { ClosedService } from '../logic/opening.ts';

interface Props {
  hall: HallConfig;
  queue: QueueView;
  /** Tickets this window would serve whose service is closed now: shown, not callable. */
  closedTickets: readonly Ticket[];
  closed: ReadonlyMap<string, ClosedService>;
  windowNumber: number;
  locale: Locale;
  now: number;
  selectable: boolean;
  selected: string | null;
  onSelect(id: string | null): void;
  limit: number;
}

function Row({
  t,
  hall,
  locale,
  now,
  windowNumber,
}: {
  t: Ticket;
  hall: HallConfig;
  locale: Locale;
  now: number;
  windowNumber: number;
}) {
  return (
    <>
      <span className="queue__number" style={numberFitStyle(t.number)}>
        {t.number}
      </span>
      <span className={`tag tag--lane-${t.lane}`}>{texts(locale, `lane.${t.lane}`)}</span>
      <span className="queue__service">{serviceName(hall, t.serviceId, locale)}</span>
      {t.targetWindow === windowNumber && <span className="tag tag--warn">{texts(locale, 'forThisWindow')}</span>}
      <span className="queue__wait">{texts(locale, 'minutes', { m: waitedMinutes(t, now) })}</span>
    </>
  );
}

/** Who this window may call: counts per lane and the next tickets with their wait so far. */
export function QueuePanel({
  hall,
  queue,
  closedTickets,
  closed,
  windowNumber,
  locale,
  now,
  selectable,
  selected,
  onSelect,
  limit,
}: Props) {
  const next = queue.tickets.slice(0, limit);
  return (
    <section className="card queue" aria-labelledby="queue-title" data-testid="queue">
      <h2 id="queue-title" className="card__title">
        {texts(locale, 'queue')} <span className="card__count">{queue.tickets.length}</span>
      </h2>
      <ul className="lane-counts">
        {(['normal', 'elderly', 'booking'] as const).map((lane) => (
          <li key={lane} data-lane={lane}>
            <span>{texts(locale, `lane.${lane}`)}</span>
            <strong>{queue.counts[lane]}</strong>
          </li>
        ))}
      </ul>
      {next.length === 0 ? (
        <p className="muted">{texts(locale, 'queueEmpty')}</p>
      ) : selectable ? (
        <>
          <p className="muted small">{texts(locale, 'outOfOrderHint')}</p>
          <ul className="queue__list" role="listbox" aria-label={texts(locale, 'queue')}>
            {next.map((t) => (
              <li
                key={t.id}
                role="option"
                aria-selected={selected === t.id}
                tabIndex={0}
                className={`queue__row${selected === t.id ? ' is-selected' : ''}`}
                data-ticket={t.number}
                onClick={() => onSelect(selected === t.id ? null : t.id)}
                onKeyDown={(e) => {
                  if (e.key === ' ' || (e.key === 'Enter' && !e.ctrlKey)) {
                    e.preventDefault();
                    onSelect(selected === t.id ? null : t.id);
                  }
                }}
              >
                <Row t={t} hall={hall} locale={locale} now={now} windowNumber={windowNumber} />
              </li>
            ))}
          </ul>
        </>
      ) : (
        <ul className="queue__list">
          {next.map((t) => (
            <li key={t.id} className="queue__row" data-ticket={t.number}>
              <Row t={t} hall={hall} locale={locale} now={now} windowNumber={windowNumber} />
            </li>
          ))}
        </ul>
      )}
      {closedTickets.length > 0 && (
        <div className="queue__closed" data-testid="queue-closed">
          <h3 className="queue__closed-title">
            {texts(locale, 'closedServices')}{' '}
            <span className="card__count card__count--muted">{closedTickets.length}</span>
          </h3>
          <p className="muted small">{texts(locale, 'closedHint')}</p>
          <ul className="queue__list">
            {closedTickets.slice(0, limit).map((t) => {
              const opensAt = closed.get(t.serviceId)?.opensAt ?? null;
              return (
                <li key={t.id} className="queue__row queue__row--closed" data-ticket={t.number} data-closed="true">
                  <span className="queue__number" style={numberFitStyle(t.number)}>
                    {t.number}
                  </span>
                  <span className={`tag tag--lane-${t.lane}`}>{texts(locale, `lane.${t.lane}`)}</span>
                  <span className="queue__service">{serviceName(hall, t.serviceId, locale)}</span>
                  <span className="tag tag--closed">{texts(locale, 'closedServices')}</span>
                  <span className="queue__wait">
                    {opensAt !== null ? `${texts(locale, 'opensAt')}${openingText(opensAt, now, hall.timeZone)}` : ''}
                  </span>
                </li>
              );
            })}
          </ul>
        </div>
      )}
    </section>
  );
}

/** `18:00` today, or `11-28 09:00` on a later day (hall time). */
function openingText(at: number, now: number, timeZone: string): string {
  const day = hallDate(at, timeZone);
  return day === hallDate(now, timeZone) ? hallClock(at, timeZone) : `${day.slice(5)} ${hallClock(at, timeZone)}`;
}
