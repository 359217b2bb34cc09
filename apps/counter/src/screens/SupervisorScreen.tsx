import { useCallback, useEffect, useState } from 'react';
import type { FollowUp } from '@hall/protocol';
import { AgeText } from '../components/AgeText.tsx';
import { useHubNow } from '../components/use-now.ts';
import { HubRequestError } from '@hall/hub-client';
import { staffApi } from '../hub/api.ts';
import { texts } from '../i18n/texts.ts';
import { useSession } from '../state/session-store.ts';
import { ComplaintList, useComplaints } from './ComplaintsDesk.tsx';

type FollowLoad =
  { kind: 'loading' } | { kind: 'missing' } | { kind: 'ok'; list: FollowUp[] } | { kind: 'error'; text: string };

/** Supervisors: every complaint with its age, and the open follow-ups of unsatisfied ratings. */
export function SupervisorScreen() {
  const { locale, session } = useSession();
  const token = session?.token;
  const now = useHubNow(30_000);
  const [complaints, reloadComplaints] = useComplaints(token);
  const [follow, setFollow] = useState<FollowLoad>({ kind: 'loading' });
  const [notes, setNotes] = useState<Record<string, string>>({});
  const reload = useCallback(() => {
    if (!token) return;
    staffApi(token)
      .followUps()
      .then((list) => setFollow({ kind: 'ok', list: list.filter((f) => f.state === 'open') }))
      .catch((err: unknown) =>
        setFollow(
          err instanceof HubRequestError && err.status === 404
            ? { kind: 'missing' }
            : { kind: 'error', text: String(err) },
        ),
      );
  }, [token]);
  useEffect(() => {
    reload();
    const id = setInterval(reload, 30_000);
    return () => clearInterval(id);
  }, [reload]);
  if (!token) return null;

  return (
    <div className="supervisor" data-testid="supervisor">
      <section className="card" aria-labelledby="all-complaints">
        <h2 id="all-complaints" className="card__title">
          {texts(locale, 'allComplaints')}
          <button type="button" className="btn btn--small" onClick={reloadComplaints}>
            {texts(locale, 'refresh')}
          </button>
        </h2>
        <ComplaintList load={complaints} locale={locale} token={token} onChanged={reloadComplaints} showWindow />
      </section>
      <section className="card" aria-labelledby="follow-ups">
        <h2 id="follow-ups" className="card__title">
          {texts(locale, 'followUps')}
        </h2>
        {follow.kind === 'loading' && <p className="muted">{texts(locale, 'loading')}</p>}
        {follow.kind === 'missing' && <p className="notice notice--gentle">{texts(locale, 'notAvailable')}</p>}
        {follow.kind === 'error' && <p className="notice notice--problem">{follow.text}</p>}
        {follow.kind === 'ok' && follow.list.length === 0 && <p className="muted">{texts(locale, 'noFollowUps')}</p>}
        {follow.kind === 'ok' && follow.list.length > 0 && (
          <ul className="complaints">
            {follow.list.map((f) => (
              <li key={f.id} className="complaint">
                <div className="complaint__head">
                  <strong>{f.ticketNumber}</strong>
                  <span className="tag">#{f.window}</span>
                  <span className="tag tag--warn">{texts(locale, `ratingLevel.${f.level}`)}</span>
                  <span className="muted small">
                    {texts(locale, 'age')} <AgeText since={f.createdAt} now={now} locale={locale} />
                  </span>
                </div>
                <form
                  className="form form--inline"
                  onSubmit={(e) => {
                    e.preventDefault();
                    const note = (notes[f.id] ?? '').trim();
                    if (!note) return;
                    staffApi(token)
                      .closeFollowUp(f.id, note)
                      .then(reload)
                      .catch(() => undefined);
                  }}
                >
                  <label className="field">
                    <span className="field__label">{texts(locale, 'followUpNote')}</span>
                    <input
                      value={notes[f.id] ?? ''}
                      maxLength={500}
                      onChange={(e) => setNotes({ ...notes, [f.id]: e.target.value })}
                      required
                    />
                  </label>
                  <button type="submit" className="btn btn--primary">
                    {texts(locale, 'closeFollowUp')}
                  </button>
                </form>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
