import type { DeskPrintResult, HallConfig, IssuedTicket, IssueTicketBody } from '@hall/protocol';
import { newRequestId } from '@hall/protocol';
import { useEffect, useMemo, useState, type FormEvent } from 'react';
import { errorSentence, texts } from '../i18n/texts.ts';
import { holderFrom } from '../logic/holder.ts';
import { clearPending, loadPending, savePending, type PendingIssue } from '../logic/pending-issue.ts';
import { slipOfIssued } from '../logic/slip.ts';
import { api, codeOf } from '../state/auth.ts';
import { useSession } from '../state/session-store.ts';
import { PrintOutcome } from './PrintOutcome.tsx';

/** The lanes the desk issues in today; priority groups (issue 16, later) add theirs here. */
const DESK_LANES = ['normal', 'elderly'] as const;

type Outcome = { kind: 'printed'; issued: IssuedTicket; print: DeskPrintResult } | { kind: 'problem'; text: string };

/**
 * A walk-in's ticket, issued with the guide's session as a kiosk issues with its token, then printed on the
 * desk printer. The request id is kept (localStorage) until the slip has printed: a retry after a lost answer or
 * a reload gets the same ticket back instead of a second one.
 */
export function IssuePanel({ hall }: { hall: HallConfig }) {
  const locale = useSession((s) => s.locale);
  const zones = useMemo(() => hall.zones.filter((z) => hall.services.some((s) => s.zoneId === z.id)), [hall]);
  const [zoneId, setZoneId] = useState(zones[0]?.id ?? '');
  const services = hall.services.filter((s) => s.zoneId === zoneId);
  const [serviceId, setServiceId] = useState(services[0]?.id ?? '');
  const [lane, setLane] = useState<(typeof DESK_LANES)[number]>('normal');
  const [name, setName] = useState('');
  const [phone, setPhone] = useState('');
  const [phoneInvalid, setPhoneInvalid] = useState(false);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [pending, setPending] = useState<PendingIssue | null>(() => loadPending(localStorage));

  async function run(p: PendingIssue) {
    setBusy(true);
    setOutcome(null);
    try {
      const issued = await api().issueTicket(p.body);
      savePending(localStorage, { ...p, number: issued.ticket.number });
      const job = slipOfIssued(hall, issued, locale, location.origin);
      let print: DeskPrintResult;
      try {
        print = await api().printFirst({ ticketId: issued.ticket.id, job });
      } catch (err) {
        // Printed already by an earlier try whose answer was lost: the desk reprints it if the slip is missing.
        if (codeOf(err) !== 'INVALID_TRANSITION') throw err;
        print = { ok: true, status: { condition: 'ready', paperNearEnd: false } };
      }
      clearPending(localStorage);
      setPending(null);
      setOutcome({ kind: 'printed', issued, print });
      setName('');
      setPhone('');
    } catch (err) {
      setOutcome({ kind: 'problem', text: errorSentence(locale, codeOf(err)) });
      // A refusal (service closed, …) issued nothing: forget the request. No answer: keep it for a retry.
      if (codeOf(err) !== 'NO_ANSWER') {
        clearPending(localStorage);
        setPending(null);
      }
    } finally {
      setBusy(false);
    }
  }

  // A request left from before a reload is finished first.
  useEffect(() => {
    if (pending) void run(pending);
  }, []);

  function submit(e: FormEvent) {
    e.preventDefault();
    const holder = holderFrom({ name, phone });
    setPhoneInvalid(!holder.ok);
    if (!holder.ok) return;
    const body: IssueTicketBody = {
      requestId: newRequestId('desk'),
      serviceId,
      lane,
      ...(holder.holder ? { holder: holder.holder } : {}),
    };
    const p = { body };
    savePending(localStorage, p);
    setPending(p);
    void run(p);
  }

  const serviceName = (id: string) => hall.services.find((s) => s.id === id)?.names[locale] ?? id;
  return (
    <section className="card" aria-labelledby="issue-title">
      <h2 id="issue-title">{texts(locale, 'issueTitle')}</h2>
      <form onSubmit={submit} className="issue-form">
        <div className="field">
          <label className="field__label" htmlFor="issue-zone">
            {texts(locale, 'zone')}
          </label>
          <select
            id="issue-zone"
            value={zoneId}
            onChange={(e) => {
              setZoneId(e.target.value);
              setServiceId(hall.services.find((s) => s.zoneId === e.target.value)?.id ?? '');
            }}
          >
            {zones.map((z) => (
              <option key={z.id} value={z.id}>
                {z.names[locale]}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label className="field__label" htmlFor="issue-service">
            {texts(locale, 'service')}
          </label>
          <select id="issue-service" value={serviceId} onChange={(e) => setServiceId(e.target.value)} required>
            {services.map((s) => (
              <option key={s.id} value={s.id}>
                {s.names[locale]}
              </option>
            ))}
          </select>
        </div>
        <fieldset className="lanes">
          <legend>{texts(locale, 'lane')}</legend>
          {DESK_LANES.map((l) => (
            <label key={l} className="lanes__choice">
              <input type="radio" name="lane" value={l} checked={lane === l} onChange={() => setLane(l)} />
              {texts(locale, `lane.${l}`)}
            </label>
          ))}
        </fieldset>
        <fieldset>
          <legend>{texts(locale, 'holderTitle')}</legend>
          <div className="field">
            <label className="field__label" htmlFor="issue-name">
              {texts(locale, 'holderName')}
            </label>
            <input
              id="issue-name"
              value={name}
              onChange={(e) => setName(e.target.value)}
              autoComplete="off"
              maxLength={40}
            />
          </div>
          <div className="field">
            <label className="field__label" htmlFor="issue-phone">
              {texts(locale, 'holderPhone')}
            </label>
            <input
              id="issue-phone"
              value={phone}
              onChange={(e) => setPhone(e.target.value)}
              inputMode="tel"
              autoComplete="off"
              maxLength={20}
              aria-invalid={phoneInvalid}
              aria-describedby={phoneInvalid ? 'issue-phone-problem' : undefined}
            />
            {phoneInvalid && (
              <p id="issue-phone-problem" className="field__problem">
                {texts(locale, 'holderPhoneInvalid')}
              </p>
            )}
          </div>
        </fieldset>
        {pending && busy && (
          <p className="notice notice--gentle" role="status">
            {pending.number ? texts(locale, 'pendingText', { number: pending.number }) : texts(locale, 'issuing')}
          </p>
        )}
        <button
          type="submit"
          className="btn btn--primary"
          disabled={busy || serviceId === ''}
          data-testid="issue-submit"
        >
          {busy ? texts(locale, 'issuing') : texts(locale, 'issue')}
        </button>
      </form>
      <div aria-live="polite" data-testid="issue-outcome">
        {outcome?.kind === 'printed' && (
          <div className={`notice ${outcome.print.ok ? 'notice--ok' : 'notice--problem'}`}>
            <p className="issued-number" data-testid="issued-number">
              {outcome.issued.ticket.number}
            </p>
            <p>
              {serviceName(outcome.issued.ticket.serviceId)} · {texts(locale, `lane.${outcome.issued.ticket.lane}`)}
            </p>
            <p>
              {texts(locale, 'issued', {
                number: outcome.issued.ticket.number,
                ahead: outcome.issued.peopleAhead,
              })}
            </p>
            <p role={outcome.print.ok ? undefined : 'alert'}>
              {outcome.print.ok
                ? texts(locale, 'printed', { number: outcome.issued.ticket.number })
                : texts(locale, 'printFailed', {
                    number: outcome.issued.ticket.number,
                    reason: texts(locale, `printer.${outcome.print.status.condition}`),
                  })}
            </p>
            <PrintOutcome number={outcome.issued.ticket.number} result={outcome.print} />
          </div>
        )}
        {outcome?.kind === 'problem' && (
          <p className="notice notice--problem" role="alert">
            {outcome.text}
          </p>
        )}
      </div>
    </section>
  );
}
