import type { ReportFormat } from '@hall/protocol';
import { useState } from 'react';
import { HubError } from '../../components/HubError.tsx';
import { saveFile } from '../../components/save-file.ts';
import type { ReportQuery } from '../../hub/reports-api.ts';
import { texts } from '../../i18n/texts.ts';
import { api, pageError } from '../../state/auth.ts';
import { useSession } from '../../state/session-store.ts';

type FileFormat = Exclude<ReportFormat, 'json'>;

/**
 * CSV and XLSX of the summary and of the breakdown shown. The console's session is a bearer token a plain
 * link cannot send, so the file is fetched with it and handed to the browser under the hub's file name.
 */
export function ReportDownloads({ range, byName }: { range: ReportQuery; byName: string }) {
  const locale = useSession((s) => s.locale);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);

  const download = async (q: ReportQuery, format: FileFormat) => {
    setBusy(true);
    setDone(null);
    setError(null);
    try {
      const file = await api().reportFile(q, format, locale);
      const name = file.fileName ?? `report-${q.by ?? 'summary'}-${q.from}-${q.to}.${format}`;
      saveFile(file.blob, name);
      setDone(name);
    } catch (err) {
      if (pageError(err)) setError(err);
    } finally {
      setBusy(false);
    }
  };

  const group = (q: ReportQuery, name: string, testId: string) => (
    <div className="downloads__group" role="group" aria-label={name}>
      <span className="downloads__name">{name}</span>
      {(['csv', 'xlsx'] as const).map((format) => (
        <button
          key={format}
          type="button"
          className="btn"
          disabled={busy}
          data-testid={`${testId}-${format}`}
          aria-label={texts(locale, format === 'csv' ? 'download.csvOf' : 'download.xlsxOf', { name })}
          onClick={() => void download(q, format)}
        >
          {texts(locale, format === 'csv' ? 'download.csv' : 'download.xlsx')}
        </button>
      ))}
    </div>
  );

  return (
    <section className="card downloads" aria-labelledby="downloads-title">
      <h2 id="downloads-title">{texts(locale, 'download.title')}</h2>
      <div className="downloads__groups">
        {group({ from: range.from, to: range.to }, texts(locale, 'download.summary'), 'download-summary')}
        {range.by && group(range, texts(locale, 'download.breakdown', { name: byName }), 'download-breakdown')}
      </div>
      <p role="status" className="downloads__status" data-testid="download-status">
        {busy ? texts(locale, 'download.busy') : done ? texts(locale, 'download.done', { name: done }) : ''}
      </p>
      <HubError error={error} />
    </section>
  );
}
