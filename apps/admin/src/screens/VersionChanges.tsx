import { useEffect, useRef, useState } from 'react';
import { HubError } from '../components/HubError.tsx';
import { texts } from '../i18n/texts.ts';
import { configDiff, shortValue, type ConfigChange } from '../logic/config-diff.ts';
import { api, pageError } from '../state/auth.ts';
import { useSession } from '../state/session-store.ts';

/** What version `version` changed from the one before it, path by path; focus moves here when it opens. */
export function VersionChanges({ version }: { version: number }) {
  const locale = useSession((s) => s.locale);
  const [changes, setChanges] = useState<ConfigChange[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  const ref = useRef<HTMLElement>(null);
  useEffect(() => {
    let live = true;
    setChanges(null);
    Promise.all([api().configVersion(version - 1), api().configVersion(version)])
      .then(([before, after]) => live && setChanges(configDiff(before.config, after.config)))
      .catch((err: unknown) => live && pageError(err) && setError(err));
    ref.current?.focus();
    return () => {
      live = false;
    };
  }, [version]);
  return (
    <section className="card" id="version-changes" ref={ref} tabIndex={-1} aria-labelledby="version-changes-title">
      <h2 id="version-changes-title">{texts(locale, 'changesTitle', { v: version, p: version - 1 })}</h2>
      <HubError error={error} />
      {changes === null ? (
        !error && <p role="status">{texts(locale, 'loading')}</p>
      ) : changes.length === 0 ? (
        <p>{texts(locale, 'noChanges')}</p>
      ) : (
        <table className="list" data-testid="version-diff">
          <thead>
            <tr>
              <th scope="col">{texts(locale, 'changePath')}</th>
              <th scope="col">{texts(locale, 'changeBefore')}</th>
              <th scope="col">{texts(locale, 'changeAfter')}</th>
            </tr>
          </thead>
          <tbody>
            {changes.map((c) => (
              <tr key={c.path}>
                <th scope="row" className="detail">
                  {c.path}
                </th>
                <td className="wrap">{shortValue(c.before)}</td>
                <td className="wrap">{shortValue(c.after)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
