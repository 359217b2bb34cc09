import { useCallback, useEffect, useState, type FormEvent } from 'react';
import { COMPLAINT_STATES, type Complaint, type ComplaintState, type Locale } from '@hall/protocol';
import { AgeText } from '../components/AgeText.tsx';
import { useHubNow } from '../components/use-now.ts';
import { HubRequestError } from '@hall/hub-client';
import { staffApi } from '../hub/api.ts';
import { errorSentence, texts } from '../i18n/texts.ts';
import { addChip } from '../logic/chips.ts';
import { useSession } from '../state/session-store.ts';

type Load =
  { kind: 'loading' } | { kind: 'missing' } | { kind: 'ok'; list: Complaint[] } | { kind: 'error'; text: string };

function errorText(err: unknown, locale: Locale): string {
  if (err instanceof HubRequestError) {
    const sentence = errorSentence(locale, err.error.code);
    return err.error.message ? `${sentence} ${err.error.message}` : sentence;
  }
  return texts(locale, 'error.fallback');
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
  if (load.kind === 'loading') return <p className="muted">{texts(locale, 'loading')}</p>;
  if (load.kind === 'missing')
    return (
      <p className="notice notice--gentle" data-testid="not-available">
        {texts(locale, 'notAvailable')}
      </p>
    );
  if (load.kind === 'error') return <p className="notice notice--problem">{load.text}</p>;
  if (load.list.length === 0) return <p className="muted">{texts(locale, 'noComplaints')}</p>;
  return (
    <ul className="complaints" data-testid="complaint-list">
      {load.list.map((c) => (
        <li key={c.id} className={`complaint complaint--${c.state}`}>
          <div className="complaint__head">
            <span className={`tag tag--c-${c.state}`}>{texts(locale, `complaintState.${c.state}`)}</span>
            {showWindow && <span className="tag">#{c.window}</span>}
            <span className="muted small">
              {texts(locale, 'age')} <AgeText since={c.createdAt} now={now} locale={locale} />
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
                  {texts(locale, `complaintState.${n.state}`)} — {n.text}
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
                  <span className="field__label">{texts(locale, 'progress')}</span>
                  <select value={state} onChange={(e) => setState(e.target.value as ComplaintState)}>
                    {COMPLAINT_STATES.map((s) => (
                      <option key={s} value={s}>
                        {texts(locale, `complaintState.${s}`)}
                      </option>
                    ))}
                  </select>
                </label>
                <label className="field">
                  <span className="field__label">{texts(locale, 'progressNote')}</span>
                  <input value={note} maxLength={1000} onChange={(e) => setNote(e.target.value)} required />
                </label>
                <div className="form__buttons">
                  <button type="button" className="btn" onClick={() => setEditing(null)}>
                    {texts(locale, 'cancel')}
                  </button>
                  <button type="submit" className="btn btn--primary">
                    {texts(locale, 'confirm')}
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
                {texts(locale, 'progress')}
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
      setResult({ ok: true, text: texts(locale, 'submitted') });
      reload();
    } catch (err) {
      setResult({
        ok: false,
        text:
          err instanceof HubRequestError && err.status === 404 ? texts(locale, 'notAvailable') : errorText(err, locale),
      });
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="card desk" aria-labelledby="desk-title" data-testid="complaints-desk">
      <h2 id="desk-title" className="card__title">
        {texts(locale, 'complaintsDesk')}
      </h2>
      <form className="form" onSubmit={(e) => void submit(e)} aria-label={texts(locale, 'newComplaint')}>
        <label className="field">
          <span className="field__label">{texts(locale, 'matter')}</span>
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
            {texts(locale, 'departments')}
          </label>
          <ul className="chips" aria-label={texts(locale, 'departments')}>
            {departments.map((d) => (
              <li key={d} className="chip chip--removable">
                {d}
                <button
                  type="button"
                  className="chip__x"
                  aria-label={`${texts(locale, 'removeDepartment')} ${d}`}
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
              {texts(locale, 'addDepartment')}
            </button>
          </div>
        </div>
        <div className="field__row">
          <label className="field">
            <span className="field__label">{texts(locale, 'contactName')}</span>
            <input
              name="contactName"
              maxLength={40}
              value={contactName}
              onChange={(e) => setContactName(e.target.value)}
            />
          </label>
          <label className="field">
            <span className="field__label">{texts(locale, 'contactPhone')}</span>
            <input
              name="contactPhone"
              inputMode="tel"
              maxLength={20}
              value={contactPhone}
              onChange={(e) => setContactPhone(e.target.value)}
            />
          </label>
        </div>
        <p className="muted small">{texts(locale, 'contactMasked')}</p>
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
          {texts(locale, 'submit')}
        </button>
      </form>
      <h3 className="card__subtitle">{texts(locale, 'myComplaints')}</h3>
      <ComplaintList load={load} locale={locale} token={token} onChanged={reload} showWindow={false} />
    </section>
  );
}
