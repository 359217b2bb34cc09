import { hallClock, numberFitStyle } from '@hall/web-ui';
import type { HallConfig, Locale, Ticket } from '@hall/protocol';
import { serviceName, windowName } from '../components/names.ts';
import { texts } from '../i18n/texts.ts';
import { recallCooldownLeft } from '../logic/enablement.ts';

interface Props {
  hall: HallConfig;
  ticket: Ticket | undefined;
  locale: Locale;
  now: number;
}

/** The ticket at this window: its number very large, service, lane, booking, masked holder and history. */
export function CurrentTicket({ hall, ticket, locale, now }: Props) {
  if (!ticket) {
    return (
      <section className="card current current--empty" aria-labelledby="current-title" data-testid="current-ticket">
        <h2 id="current-title" className="card__title">
          {texts(locale, 'current')}
        </h2>
        <p className="current__none">{texts(locale, 'noCurrent')}</p>
        <p className="current__hint">{texts(locale, 'noCurrentHint')}</p>
      </section>
    );
  }
  const tz = hall.timeZone;
  const cooldown = recallCooldownLeft(ticket, hall.policy.recall.cooldownSeconds, now);
  const notes = ticket.history.filter((s) => s.action === 'transferred');
  return (
    <section
      className="card current"
      aria-labelledby="current-title"
      data-testid="current-ticket"
      data-state={ticket.state}
    >
      <h2 id="current-title" className="card__title">
        {texts(locale, 'current')}
      </h2>
      <div className="current__main">
        <div
          className="current__number"
          data-testid="current-number"
          aria-live="polite"
          style={numberFitStyle(ticket.number)}
        >
          {ticket.number}
        </div>
        <div className="current__facts">
          <span className={`tag tag--state tag--${ticket.state}`}>
            {texts(locale, `step.${ticket.state === 'serving' ? 'started' : 'called'}`)}
          </span>
          <span className={`tag tag--lane-${ticket.lane}`}>{texts(locale, `lane.${ticket.lane}`)}</span>
          <div className="current__service">{serviceName(hall, ticket.serviceId, locale)}</div>
          <div className="current__meta">
            {texts(locale, 'recalls')} {ticket.recalls}/{hall.policy.recall.max}
            {cooldown > 0 && (
              <span className="current__cooldown">
                {' '}
                · {cooldown}
                {texts(locale, 'recallCooldown')}
              </span>
            )}
          </div>
        </div>
      </div>
      <dl className="current__details">
        {ticket.booking && (
          <>
            <dt>{texts(locale, 'booking')}</dt>
            <dd>
              {ticket.booking.code} · {hallClock(ticket.booking.slotStart, tz)}–{hallClock(ticket.booking.slotEnd, tz)}
            </dd>
          </>
        )}
        {ticket.holder && (ticket.holder.name || ticket.holder.phone || ticket.holder.idNumber) && (
          <>
            <dt>{texts(locale, 'holder')}</dt>
            <dd data-testid="holder">
              {[ticket.holder.name, ticket.holder.phone, ticket.holder.idNumber].filter(Boolean).join(' · ')}
            </dd>
          </>
        )}
      </dl>
      {notes.length > 0 && (
        <div className="current__notes" data-testid="transfer-notes">
          {notes.map((s, i) => (
            <p key={i} className="note">
              <strong>
                {texts(locale, 'step.transferred')} {hallClock(s.at, tz)} ·{' '}
                {s.window !== null ? windowName(hall, s.window, locale) : ''}
              </strong>
              {s.note ? `：${s.note}` : ''}
            </p>
          ))}
        </div>
      )}
      <details className="current__history">
        <summary>
          {texts(locale, 'history')} ({ticket.history.length}) · {texts(locale, 'waited')}{' '}
          {texts(locale, 'minutes', { m: Math.max(0, Math.floor((now - ticket.issuedAt) / 60_000)) })}
        </summary>
        <ol>
          {ticket.history.map((s, i) => (
            <li key={i}>
              {hallClock(s.at, tz)} {texts(locale, `step.${s.action}`)}
              {s.window !== null ? ` · ${s.window}` : ''} · {serviceName(hall, s.serviceId, locale)}
              {s.note ? ` — ${s.note}` : ''}
            </li>
          ))}
        </ol>
      </details>
    </section>
  );
}
