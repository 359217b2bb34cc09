import { newRequestId, type DeskTicket, type HallConfig } from '@hall/protocol';
import { useRef, useState, type FormEvent } from 'react';
import { errorSentence, texts } from '../i18n/texts.ts';
import { api, codeOf } from '../state/auth.ts';
import { useSession } from '../state/session-store.ts';
import { TicketActions, type ActionRun } from './TicketActions.tsx';

/** Find today's ticket by its number, then reprint, move, cancel or send it on (TicketActions). */
export function FindPanel({ hall }: { hall: HallConfig }) {
  const locale = useSession((s) => s.locale);
  const [number, setNumber] = useState('');
  const [busy, setBusy] = useState(false);
  const [ticket, setTicket] = useState<DeskTicket | null>(null);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const resultHeading = useRef<HTMLHeadingElement>(null);
  // A command whose answer was lost is sent again with the same request id: the hub applies it once.
  const unanswered = useRef<{ key: string; requestId: string } | null>(null);

  async function find(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    setMessage(null);
    try {
      setTicket(await api().lookup(number.trim()));
      requestAnimationFrame(() => resultHeading.current?.focus());
    } catch (err) {
      setTicket(null);
      setMessage({ ok: false, text: errorSentence(locale, codeOf(err)) });
    } finally {
      setBusy(false);
    }
  }

  const run: ActionRun = async (key, action) => {
    const requestId = unanswered.current?.key === key ? unanswered.current.requestId : newRequestId('desk');
    unanswered.current = { key, requestId };
    setBusy(true);
    setMessage(null);
    try {
      const done = await action(requestId);
      unanswered.current = null;
      setTicket(done.ticket);
      setMessage({ ok: done.ok, text: done.text });
      return true;
    } catch (err) {
      const code = codeOf(err);
      if (code !== 'NO_ANSWER') unanswered.current = null;
      setMessage({ ok: false, text: errorSentence(locale, code) });
      return false;
    } finally {
      setBusy(false);
    }
  };

  const service = ticket
    ? (hall.services.find((s) => s.id === ticket.serviceId)?.names[locale] ?? ticket.serviceId)
    : '';
  return (
    <section className="card" aria-labelledby="find-title">
      <h2 id="find-title">{texts(locale, 'findTitle')}</h2>
      <form className="find-form" onSubmit={(e) => void find(e)}>
        <div className="field">
          <label className="field__label" htmlFor="find-number">
            {texts(locale, 'number')}
          </label>
          <input
            id="find-number"
            value={number}
            onChange={(e) => setNumber(e.target.value)}
            placeholder={texts(locale, 'numberHint')}
            autoComplete="off"
            autoCapitalize="characters"
            maxLength={8}
            required
            autoFocus
          />
        </div>
        <button type="submit" className="btn btn--primary" disabled={busy} data-testid="find-submit">
          {busy ? texts(locale, 'finding') : texts(locale, 'find')}
        </button>
      </form>
      <div aria-live="polite" data-testid="desk-message">
        {message && (
          <p
            className={`notice ${message.ok ? 'notice--ok' : 'notice--problem'}`}
            role={message.ok ? undefined : 'alert'}
          >
            {message.text}
          </p>
        )}
      </div>
      {ticket && (
        <article className="ticket" data-testid="found-ticket" aria-labelledby="ticket-title">
          <h3 id="ticket-title" tabIndex={-1} ref={resultHeading}>
            {texts(locale, 'ticketTitle', { number: ticket.number, service })}
          </h3>
          <dl className="ticket__facts">
            <dt>{texts(locale, 'stateLabel')}</dt>
            <dd data-testid="ticket-state">
              {texts(locale, `state.${ticket.state}`)} · {texts(locale, `lane.${ticket.lane}`)}
            </dd>
            <dt>{texts(locale, 'aheadLabel')}</dt>
            <dd>{ticket.peopleAhead}</dd>
            <dt>{texts(locale, 'holderLabel')}</dt>
            <dd>
              {ticket.holder && (ticket.holder.name ?? ticket.holder.phone)
                ? [ticket.holder.name, ticket.holder.phone].filter(Boolean).join(' · ')
                : texts(locale, 'noHolder')}
            </dd>
            <dt>{texts(locale, 'reprintsLabel')}</dt>
            <dd data-testid="ticket-reprints">
              {texts(locale, 'reprintsValue', { n: ticket.reprints, left: ticket.reprintsLeft })}
            </dd>
          </dl>
          <TicketActions hall={hall} ticket={ticket} busy={busy} run={run} />
        </article>
      )}
    </section>
  );
}
