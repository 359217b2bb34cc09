import type { AuditEntryView } from '@hall/protocol';
import { useCallback, useEffect, useState, type FormEvent } from 'react';
import { HubError } from '../components/HubError.tsx';
import { PageTitle } from '../components/PageTitle.tsx';
import { useHallTimeFormat } from '../components/use-hall-time.ts';
import type { AuditFilter } from '../hub/admin-api.ts';
import { texts } from '../i18n/texts.ts';
import { api, pageError } from '../state/auth.ts';
import { useSession } from '../state/session-store.ts';

const PAGE_SIZE = 50;

/** The audit log, newest first: filtered by action, actor and a first day; paged back by entry id. */
export function AuditPage() {
  const locale = useSession((s) => s.locale);
  const [action, setAction] = useState('');
  const [actor, setActor] = useState('');
  const [since, setSince] = useState('');
  const [filter, setFilter] = useState<AuditFilter>({});
  /** The `before` of each page seen, so "newest" starts again and the page number is known. */
  const [pages, setPages] = useState<(number | undefined)[]>([undefined]);
  const [entries, setEntries] = useState<AuditEntryView[]>([]);
  const [error, setError] = useState<unknown>(null);

  const before = pages[pages.length - 1];
  const load = useCallback(async () => {
    try {
      setEntries(await api().audit({ ...filter, before, limit: PAGE_SIZE }));
      setError(null);
    } catch (err) {
      if (pageError(err)) setError(err);
    }
  }, [filter, before]);
  useEffect(() => {
    void load();
  }, [load]);

  const apply = (e: FormEvent) => {
    e.preventDefault();
    setFilter({
      action: action.trim() || undefined,
      actor: actor.trim() || undefined,
      since: since === '' ? undefined : new Date(`${since}T00:00`).getTime(),
    });
    setPages([undefined]);
  };
  const last = entries[entries.length - 1];
  const fmt = useHallTimeFormat(true);

  return (
    <>
      <PageTitle>{texts(locale, 'page.audit')}</PageTitle>
      <form className="card filters" onSubmit={apply} aria-label={texts(locale, 'applyFilters')}>
        <div className="field">
          <label className="field__label" htmlFor="audit-action">
            {texts(locale, 'filterAction')}
          </label>
          <p className="field__hint" id="audit-action-hint">
            {texts(locale, 'filterActionHint')}
          </p>
          <input
            id="audit-action"
            value={action}
            onChange={(e) => setAction(e.target.value)}
            aria-describedby="audit-action-hint"
          />
        </div>
        <div className="field">
          <label className="field__label" htmlFor="audit-actor">
            {texts(locale, 'filterActor')}
          </label>
          <input id="audit-actor" value={actor} onChange={(e) => setActor(e.target.value)} />
        </div>
        <div className="field">
          <label className="field__label" htmlFor="audit-since">
            {texts(locale, 'filterSince')}
          </label>
          <input id="audit-since" type="date" value={since} onChange={(e) => setSince(e.target.value)} />
        </div>
        <button type="submit" className="btn btn--primary">
          {texts(locale, 'applyFilters')}
        </button>
      </form>
      <HubError error={error} />
      <table className="list">
        <caption>
          {texts(locale, 'page.audit')} · {texts(locale, 'auditPage', { n: pages.length })}
        </caption>
        <thead>
          <tr>
            <th scope="col">{texts(locale, 'colWhen')}</th>
            <th scope="col">{texts(locale, 'colAction')}</th>
            <th scope="col">{texts(locale, 'colActor')}</th>
            <th scope="col">{texts(locale, 'colDetail')}</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((e) => (
            <tr key={e.id} data-action={e.action}>
              <td className="nowrap">{fmt.format(e.at)}</td>
              <th scope="row">{e.action}</th>
              <td>{e.actor}</td>
              <td className="wrap detail">{e.detail}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {entries.length === 0 && <p>{texts(locale, 'noEntries')}</p>}
      <div className="form-actions">
        <button type="button" className="btn" disabled={pages.length === 1} onClick={() => setPages([undefined])}>
          {texts(locale, 'newestPage')}
        </button>
        <button
          type="button"
          className="btn"
          disabled={entries.length < PAGE_SIZE || !last}
          onClick={() => last && setPages((p) => [...p, last.id])}
        >
          {texts(locale, 'olderPage')}
        </button>
      </div>
    </>
  );
}
