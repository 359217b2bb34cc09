import { useCallback, useEffect, useState, type ChangeEvent } from 'react';
import { HubError } from '../components/HubError.tsx';
import { PageTitle } from '../components/PageTitle.tsx';
import { useHallTimeFormat } from '../components/use-hall-time.ts';
import { SaveStatus } from '../components/SaveStatus.tsx';
import { VersionChanges } from './VersionChanges.tsx';
import type { ConfigVersionList } from '../hub/config-api.ts';
import { texts } from '../i18n/texts.ts';
import { downloadJson, readConfigFile } from '../logic/config-file.ts';
import { api, pageError } from '../state/auth.ts';
import { useConfig } from '../state/config-store.ts';
import { useSession } from '../state/session-store.ts';

type Version = ConfigVersionList['versions'][number];

/** Every saved version, newest first, with rollback; the current document exported or a file imported. */
export function VersionsPage() {
  const locale = useSession((s) => s.locale);
  const current = useConfig((s) => s.current);
  const saving = useConfig((s) => s.saving);
  const [versions, setVersions] = useState<Version[]>([]);
  const [nextBefore, setNextBefore] = useState<number | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [importBad, setImportBad] = useState(false);
  const [shown, setShown] = useState<number | null>(null);

  const load = useCallback(async (before?: number) => {
    try {
      const page = await api().configVersions(before);
      setVersions((old) => (before === undefined ? page.versions : [...old, ...page.versions]));
      setNextBefore(page.nextBefore);
      setError(null);
    } catch (err) {
      if (pageError(err)) setError(err);
    }
  }, []);
  useEffect(() => {
    void load();
  }, [load, current?.version]);

  const rollback = (v: number) => {
    if (confirm(texts(locale, 'confirmRollback', { v }))) void useConfig.getState().rollback(v);
  };
  const importFile = async (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    e.target.value = '';
    if (!file) return;
    const config = await readConfigFile(file);
    setImportBad(config === null);
    if (config) await useConfig.getState().save(config, `import ${file.name}`.slice(0, 200));
  };
  const fmt = useHallTimeFormat(true);

  return (
    <>
      <PageTitle>{texts(locale, 'page.versions')}</PageTitle>
      <SaveStatus />
      <HubError error={error} />
      <div className="toolbar">
        <button
          type="button"
          className="btn"
          disabled={!current}
          onClick={() => current && downloadJson(`hall-config-v${current.version}.json`, current.config)}
          data-testid="config-export"
        >
          {texts(locale, 'exportConfig')}
        </button>
        <div className="field">
          <label className="field__label" htmlFor="config-import">
            {texts(locale, 'importConfig')}
          </label>
          <p className="field__hint" id="config-import-hint">
            {texts(locale, 'importHint')}
          </p>
          <input
            id="config-import"
            type="file"
            accept="application/json,.json"
            disabled={saving || !current}
            onChange={(e) => void importFile(e)}
            aria-describedby={`config-import-hint${importBad ? ' config-import-error' : ''}`}
            aria-invalid={importBad}
          />
          {importBad && (
            <p className="field__error" id="config-import-error" role="alert">
              {texts(locale, 'importBad')}
            </p>
          )}
        </div>
      </div>
      <table className="list">
        <caption>{texts(locale, 'versionsList')}</caption>
        <thead>
          <tr>
            <th scope="col">{texts(locale, 'colVersion')}</th>
            <th scope="col">{texts(locale, 'colWhen')}</th>
            <th scope="col">{texts(locale, 'colBy')}</th>
            <th scope="col">{texts(locale, 'colNote')}</th>
            <th scope="col">{texts(locale, 'colActions')}</th>
          </tr>
        </thead>
        <tbody>
          {versions.map((v) => (
            <tr key={v.version} data-version={v.version}>
              <th scope="row">{v.version}</th>
              <td>{fmt.format(v.createdAt)}</td>
              <td>{v.createdBy}</td>
              <td className="wrap">
                {v.rolledBackFrom !== null && (
                  <span className="tag">{texts(locale, 'rolledBackFrom', { v: v.rolledBackFrom })}</span>
                )}
                {v.note}
              </td>
              <td className="actions">
                {v.version > 1 && (
                  <button
                    type="button"
                    className="btn"
                    aria-expanded={shown === v.version}
                    aria-controls="version-changes"
                    onClick={() => setShown(shown === v.version ? null : v.version)}
                    data-testid="version-show-changes"
                  >
                    {texts(locale, 'showChanges')}
                    <span className="sr-only"> {v.version}</span>
                  </button>
                )}
                {v.version === current?.version ? (
                  <span className="tag tag--ok">{texts(locale, 'currentVersion')}</span>
                ) : (
                  <button type="button" className="btn" disabled={saving} onClick={() => rollback(v.version)}>
                    {texts(locale, 'rollback')}
                    <span className="sr-only"> {v.version}</span>
                  </button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {shown !== null && <VersionChanges key={shown} version={shown} />}
      {nextBefore !== null && (
        <button type="button" className="btn" onClick={() => void load(nextBefore)}>
          {texts(locale, 'olderVersions')}
        </button>
      )}
    </>
  );
}
