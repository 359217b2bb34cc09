import type { Locale, Ticket } from '@hall/protocol';
import { texts } from '../i18n/texts.ts';
import { waitedMinutes } from '../logic/callable.ts';
import type { ClerkFigures } from '../logic/figures.ts';
import type { RatingStatus } from '../logic/rating-status.ts';

export function ElderlyPanel({ tickets, locale, now }: { tickets: Ticket[]; locale: Locale; now: number }) {
  return (
    <section className="card mini" aria-labelledby="elderly-title" data-testid="elderly-lane">
      <h2 id="elderly-title" className="card__title">
        {texts(locale, 'elderlyLane')} <span className="card__count">{tickets.length}</span>
      </h2>
      {tickets.length === 0 ? (
        <p className="muted">{texts(locale, 'queueEmpty')}</p>
      ) : (
        <ul className="chips">
          {tickets.slice(0, 8).map((t) => (
            <li key={t.id} className="chip">
              {t.number} · {texts(locale, 'minutes', { m: waitedMinutes(t, now) })}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

export function FiguresPanel({ figures, locale }: { figures: ClerkFigures; locale: Locale }) {
  const items: Array<[string, string]> = [
    [texts(locale, 'served'), String(figures.served)],
    [texts(locale, 'noShows'), String(figures.noShows)],
    [texts(locale, 'transfersOut'), String(figures.transfersOut)],
    [texts(locale, 'avgMinutes'), figures.averageServiceMinutes === null ? '—' : String(figures.averageServiceMinutes)],
  ];
  return (
    <section className="card mini" aria-labelledby="figures-title" data-testid="figures">
      <h2 id="figures-title" className="card__title">
        {texts(locale, 'myFigures')}
      </h2>
      <dl className="figures">
        {items.map(([k, v]) => (
          <div key={k}>
            <dt>{k}</dt>
            <dd>{v}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

export function RatingPanel({ status, locale }: { status: RatingStatus; locale: Locale }) {
  return (
    <section className="card mini" aria-labelledby="rating-title" data-testid="rating-status" data-kind={status.kind}>
      <h2 id="rating-title" className="card__title">
        {texts(locale, 'rating')}
      </h2>
      <p className={`rating rating--${status.kind}`} aria-live="polite">
        {status.kind === 'none' && texts(locale, 'ratingNone')}
        {status.kind === 'pending' && (
          <>
            {status.ticketNumber} · {texts(locale, 'ratingPending')} ·{' '}
            <strong>{texts(locale, 'secondsLeft', { s: status.secondsLeft })}</strong>
          </>
        )}
        {status.kind === 'rated' && (
          <>
            {status.ticketNumber} · <strong>{texts(locale, `ratingLevel.${status.level}`)}</strong>
          </>
        )}
        {status.kind === 'not-rated' && (
          <>
            {status.ticketNumber} · {texts(locale, 'notRated')}
          </>
        )}
      </p>
    </section>
  );
}
