import { CALLABLE_STATES, HELD_STATES, type DeskTicket, type HallConfig } from '@hall/protocol';
import { useState, type FormEvent } from 'react';
import { texts } from '../i18n/texts.ts';
import { slipOfFound } from '../logic/slip.ts';
import { api } from '../state/auth.ts';
import { useSession } from '../state/session-store.ts';

export type ActionDone = { ticket: DeskTicket; ok: boolean; text: string };
/** Runs one desk command with a request id (the same one again after a lost answer); true when it was done. */
export type ActionRun = (key: string, action: (requestId: string) => Promise<ActionDone>) => Promise<boolean>;

type Open = 'move' | 'cancel' | 'refer' | null;

/** Reprint, move, cancel, send to the could-not-get-it-done window: each offered only when the hub would take it. */
export function TicketActions({
  hall,
  ticket,
  busy,
  run,
}: {
  hall: HallConfig;
  ticket: DeskTicket;
  busy: boolean;
  run: ActionRun;
}) {
  const locale = useSession((s) => s.locale);
  const [open, setOpen] = useState<Open>(null);
  const [toServiceId, setToServiceId] = useState('');
  const [reason, setReason] = useState('');
  const serviceName = (id: string) => hall.services.find((s) => s.id === id)?.names[locale] ?? id;
  const waiting = ticket.state === 'waiting';
  const queued = CALLABLE_STATES.includes(ticket.state);
  const reprintable = queued || HELD_STATES.includes(ticket.state);
  const referable = queued || ticket.state === 'done' || ticket.state === 'no-show';
  const others = hall.services.filter((s) => s.id !== ticket.serviceId);

  const reprint = () =>
    void run(`reprint:${ticket.id}`, async (requestId) => {
      const job = slipOfFound(hall, ticket, locale, location.origin);
      const r = await api().reprint(ticket.id, requestId, job);
      return {
        ticket: r.ticket,
        ok: r.print.ok,
        text: r.print.ok
          ? texts(locale, 'reprinted', { number: r.ticket.number, n: r.reprint })
          : texts(locale, 'reprintFailed', { reason: texts(locale, `printer.${r.print.status.condition}`) }),
      };
    });

  async function confirm(e: FormEvent) {
    e.preventDefault();
    const text = reason.trim();
    let done = false;
    if (open === 'move') {
      done = await run(`move:${ticket.id}:${toServiceId}`, async (requestId) => {
        const r = await api().move(ticket.id, { requestId, toServiceId });
        return {
          ticket: r.ticket,
          ok: true,
          text: texts(locale, 'moved', { number: r.ticket.number, service: serviceName(toServiceId) }),
        };
      });
    } else if (open === 'cancel') {
      done = await run(`cancel:${ticket.id}:${text}`, async (requestId) => {
        const r = await api().cancel(ticket.id, { requestId, reason: text });
        return { ticket: r.ticket, ok: true, text: texts(locale, 'cancelled', { number: r.ticket.number }) };
      });
    } else if (open === 'refer') {
      done = await run(`refer:${ticket.id}:${text}`, async (requestId) => {
        const r = await api().referComplaints(ticket.id, { requestId, note: text });
        return {
          ticket: r.ticket,
          ok: true,
          text: texts(locale, 'referred', { number: r.ticket.number, window: r.ticket.targetWindow ?? 0 }),
        };
      });
    }
    if (done) {
      setOpen(null);
      setReason('');
    }
  }

  const toggle = (which: Exclude<Open, null>) => {
    setOpen(open === which ? null : which);
    setReason('');
    if (which === 'move') setToServiceId(others[0]?.id ?? '');
  };

  return (
    <div className="actions">
      <div className="actions__row">
        <button
          type="button"
          className="btn"
          disabled={busy || !reprintable || ticket.reprintsLeft === 0}
          onClick={reprint}
          data-testid="action-reprint"
        >
          {texts(locale, 'reprint')}
        </button>
        <button
          type="button"
          className="btn"
          disabled={busy || !waiting || ticket.lane === 'booking'}
          aria-expanded={open === 'move'}
          onClick={() => toggle('move')}
          data-testid="action-move"
        >
          {texts(locale, 'move')}
        </button>
        <button
          type="button"
          className="btn"
          disabled={busy || !queued}
          aria-expanded={open === 'cancel'}
          onClick={() => toggle('cancel')}
          data-testid="action-cancel"
        >
          {texts(locale, 'cancel')}
        </button>
        <button
          type="button"
          className="btn"
          disabled={busy || !referable}
          aria-expanded={open === 'refer'}
          onClick={() => toggle('refer')}
          data-testid="action-refer"
        >
          {texts(locale, 'refer')}
        </button>
      </div>
      {open !== null && (
        <form className="actions__form" onSubmit={(e) => void confirm(e)}>
          {open === 'move' ? (
            <div className="field">
              <label className="field__label" htmlFor="move-service">
                {texts(locale, 'moveTo')}
              </label>
              <select id="move-service" value={toServiceId} onChange={(e) => setToServiceId(e.target.value)} autoFocus>
                {hall.zones.map((z) => {
                  const inZone = others.filter((s) => s.zoneId === z.id);
                  return inZone.length === 0 ? null : (
                    <optgroup key={z.id} label={z.names[locale]}>
                      {inZone.map((s) => (
                        <option key={s.id} value={s.id}>
                          {s.names[locale]}
                        </option>
                      ))}
                    </optgroup>
                  );
                })}
              </select>
            </div>
          ) : (
            <div className="field">
              <label className="field__label" htmlFor="action-reason">
                {texts(locale, open === 'cancel' ? 'cancelReason' : 'referNote')}
              </label>
              <input
                id="action-reason"
                value={reason}
                onChange={(e) => setReason(e.target.value)}
                maxLength={200}
                required
                autoFocus
                autoComplete="off"
              />
            </div>
          )}
          <div className="actions__row">
            <button type="submit" className="btn btn--primary" disabled={busy} data-testid="action-confirm">
              {texts(locale, open === 'move' ? 'moveConfirm' : open === 'cancel' ? 'cancelConfirm' : 'referConfirm')}
            </button>
            <button type="button" className="btn" onClick={() => setOpen(null)}>
              {texts(locale, 'back')}
            </button>
          </div>
        </form>
      )}
    </div>
  );
}
