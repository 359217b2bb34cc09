import { useCallback, useEffect, useState, type FormEvent } from 'react';
import { COMPLAINT_STATES, type Complaint, type ComplaintState, type Locale } from '@hall/protocol';
import { AgeText } from '../components/AgeText.tsx';
import { useHubNow } from '../components/use-now.ts';
import { HubRequestError } from '@hall/hub-client';
import { staffApi } from '../hub/api.ts';
import { complaintStateNames, errorFallback, errorTexts, ui } from '../i18n/texts.ts';
import { addChip } from '../logic/chips.ts';
import { useSession } from '../state/session-store.ts';

type Load =
  { kind: 'loading' } | { kind: 'missing' } | { kind: 'ok'; list: Complaint[] } | { kind: 'error'; text: string };

function errorText(err: unknown, locale: Locale): string {
  if (err instanceof HubRequestError) {
    const t = (errorTexts[err.error.code] ?? errorFallback)[locale];
    return err.error.message ? `${t} ${err.error.message}` : t;
  }
  return errorFallback[locale];
}

/** The complaints list (this desk's, or all for a supervisor) with their progress; 404 means "not yet". */
export function useComplaints(token: string | undefined, window?: number): [Load, () => void] {
  const [load, setLoad] = useState<Load>({ kind: 'loading' });
  const reload = useCallback(() => {
    if (!token) return;
    staffApi(token)
      .complaints(window)
      .then((list) => setLoad({ kind: 'ok', list: [...list].sort((a, b) => b.createdAt - a.createdAt) }))
      .catch((err: unknown) =>
        setLoad(
          err instanceof HubRequestError && err.status === 404
            ? { kind: 'missing' }
            : { kind: 'error', text: String(err) },
        ),
      );
  }, [token, window]);
  useEffect(() => {
    reload();
    const id = setInterval(reload, 30_000);
    return () => clearInterval(id);
  }, [reload]);
  return [load, reload];
}

export function ComplaintList({
  load,
  locale,
  token,
  onChanged,
  showWindow,
}: {
  load: Load;
  locale: Locale;
  token: string;
  onChanged(): void;
  showWindow: boolean;
}) {
  const now = useHubNow(30_000);
  const [editing, setEditing] = useState<string | null>(null);
  const [state, setState] = useState<ComplaintState>('coordinating');
  const [note, setNote] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  if (load.kind === 'loading') return <p className="muted">{ui.loading[locale]}</p>;
  if (load.kind === 'missing')
    return (
      <p className="notice notice--gentle" data-testid="not-available">
        {ui.notAvailable[locale]}
      </p>
    );
  if (load.kind === 'error') return <p className="notice notice--problem">{load.text}</p>;
  if (load.list.length === 0) return <p className="muted">{ui.noComplaints[locale]}</p>;
  return (
    <ul className="complaints" data-testid="complaint-list">
      {load.list.map((c) => (
        <li key={c.id} className={`complaint complaint--${c.state}`}>
          <div className="complaint__head">
            <span className={`tag tag--c-${c.state}`}>{complaintStateNames[c.state][locale]}</span>
            {showWindow && <span className="tag">#{c.window}</span>}
            <span className="muted small">
              {ui.age[locale]} <AgeText since={c.createdAt} now={now} locale={locale} />
            </span>
          </div>
          <p className="complaint__matter">{c.matter}</p>
          {c.departments.length > 0 && (
            <ul className="chips">
              {c.departments.map((d) => (
                <li key={d} className="chip">
                  {d}
                </li>
              ))}
            </ul>
          )}
          {(c.contactName || c.contactPhone) && (
            <p className="muted small">{[c.contactName, c.contactPhone].filter(Boolean).join(' · ')}</p>
          )}
          {c.notes.length > 0 && (
            <ol className="complaint__notes">
              {c.notes.map((n, i) => (
                <li key={i}>
                  {complaintStateNames[n.state][locale]} — {n.text}
                </li>
              ))}
            </ol>
          )}
          {c.state !== 'resolved' &&
            (editing === c.id ? (
              <form
                className="form form--inline"
                onSubmit={(e) => {
                  e.preventDefault();
                  if (note.trim() === '') return;
                  staffApi(token)
                    .progressComplaint(c.id, { state, note: note.trim() })
                    .then(() => {
                      setEditing(null);
                      setNote('');
                      setProblem(null);
                      onChanged();
                    })
                    .catch((err: unknown) => setProblem(errorText(err, locale)));
                }}
              >
                <label className="field">
                  <span className="field__label">{ui.progress[locale]}</span>
                  <select value={state} onChange={(e) => setState(e.target.value as ComplaintState)}>
                    {COMPLAINT_STATES.map((s) => (
                      <option key={s} value={s}>
                        {complaintStateNames[s][locale]}
                      </option>
                    ))}
                  </select>
                </label>
                <label className="field">
                  <span className="field__label">{ui.progressNote[locale]}</span>
                  <input value={note} maxLength={1000} onChange={(e) => setNote(e.target.value)} required />
                </label>
                <div className="form__buttons">
                  <button type="button" className="btn" onClick={() => setEditing(null)}>
                    {ui.cancel[locale]}
                  </button>
                  <button type="submit" className="btn btn--primary">
                    {ui.confirm[locale]}
                  </button>
                </div>
                {problem && (
                  <p className="notice notice--problem" role="alert">
                    {problem}
                  </p>
                )}
              </form>
            ) : (
              <button type="button" className="btn btn--small" onClick={() => setEditing(c.id)}>
                {ui.progress[locale]}
              </button>
            ))}
        </li>
      ))}
    </ul>
  );
}

/** The could-not-get-it-done desk: record a matter, follow this desk's matters to resolution. */
export function ComplaintsDesk({
  windowNumber,
  currentTicketId,
}: {
  windowNumber: number;
  currentTicketId: string | null;
}) {
  const { locale, session, hall } = useSession();
  const token = session?.token;
  const [load, reload] = useComplaints(token, windowNumber);
  const [matter, setMatter] = useState('');
  const [departments, setDepartments] = useState<string[]>([]);
  const [dept, setDept] = useState('');
  const [contactName, setContactName] = useState('');
  const [contactPhone, setContactPhone] = useState('');
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<{ ok: boolean; text: string } | null>(null);
  if (!token || !hall) return null;
  const zoneNames = hall.zones.map((z) => z.names[locale]);

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (!token) return;
    setBusy(true);
    setResult(null);
    const withPending = dept.trim() ? addChip(departments, dept) : departments;
    try {
      await staffApi(token).createComplaint({
        window: windowNumber,
        ...(currentTicketId ? { ticketId: currentTicketId } : {}),
        matter: matter.trim(),
        departments: withPending,
        ...(contactName.trim() ? { contactName: contactName.trim() } : {}),
        ...(contactPhone.trim() ? { contactPhone: contactPhone.trim() } : {}),
      });
      setMatter('');
      setDepartments([]);
      setDept('');
      setContactName('');
      setContactPhone('');
      setResult({ ok: true, text: ui.submitted[locale] });
      reload();
    } catch (err) {
      setResult({
        ok: false,
        text: err instanceof HubRequestError && err.status === 404 ? ui.notAvailable[locale] : errorText(err, locale),
      });
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="card desk" aria-labelledby="desk-title" data-testid="complaints-desk">
      <h2 id="desk-title" className="card__title">
        {ui.complaintsDesk[locale]}
      </h2>
      <form className="form" onSubmit={(e) => void submit(e)} aria-label={ui.newComplaint[locale]}>
        <label className="field">
          <span className="field__label">{ui.matter[locale]}</span>
          <textarea
            name="matter"
            rows={3}
            minLength={2}
            maxLength={1000}
            value={matter}
            onChange={(e) => setMatter(e.target.value)}
            required
          />
        </label>
        <div className="field">
          <label className="field__label" htmlFor="dept-input">
            {ui.departments[locale]}
          </label>
          <ul className="chips" aria-label={ui.departments[locale]}>
            {departments.map((d) => (
              <li key={d} className="chip chip--removable">
                {d}
                <button
                  type="button"
                  className="chip__x"
                  aria-label={`${ui.removeDepartment[locale]} ${d}`}
                  onClick={() => setDepartments(departments.filter((x) => x !== d))}
                >
                  ×
                </button>
              </li>
            ))}
          </ul>
          <div className="field__row">
            <input
              id="dept-input"
              list="zone-names"
              value={dept}
              maxLength={60}
              onChange={(e) => setDept(e.target.value)}
              onKeyDown={(e) => {
                if (e.key === 'Enter') {
                  e.preventDefault();
                  setDepartments(addChip(departments, dept));
                  setDept('');
                }
              }}
            />
            <datalist id="zone-names">
              {zoneNames.map((z) => (
                <option key={z} value={z} />
              ))}
            </datalist>
            <button
              type="button"
              className="btn"
              onClick={() => {
                setDepartments(addChip(departments, dept));
                setDept('');
              }}
            >
              {ui.addDepartment[locale]}
            </button>
          </div>
        </div>
        <div className="field__row">
          <label className="field">
            <span className="field__label">{ui.contactName[locale]}</span>
            <input
              name="contactName"
              maxLength={40}
              value={contactName}
              onChange={(e) => setContactName(e.target.value)}
            />
          </label>
          <label className="field">
            <span className="field__label">{ui.contactPhone[locale]}</span>
            <input
              name="contactPhone"
              inputMode="tel"
              maxLength={20}
              value={contactPhone}
              onChange={(e) => setContactPhone(e.target.value)}
            />
          </label>
        </div>
        <p className="muted small">{ui.contactMasked[locale]}</p>
        {result && (
          <p
            className={`notice ${result.ok ? 'notice--ok' : 'notice--problem'}`}
            role="status"
            data-testid="complaint-result"
          >
            {result.text}
          </p>
        )}
        <button type="submit" className="btn btn--primary" disabled={busy || matter.trim().length < 2}>
          {ui.submit[locale]}
        </button>
      </form>
      <h3 className="card__subtitle">{ui.myComplaints[locale]}</h3>
      <ComplaintList load={load} locale={locale} token={token} onChanged={reload} showWindow={false} />
    </section>
  );
}
