import type { HubClient } from '@hall/hub-client';
import {
  reportBreakdownSchema,
  reportSummarySchema,
  type Locale,
  type ReportDimension,
  type ReportFormat,
} from '@hall/protocol';
import type { ReportRange } from '../logic/report-range.ts';

/** What one report is: a range, and for a breakdown its dimension (none: the summary). */
export interface ReportQuery extends ReportRange {
  by?: ReportDimension | undefined;
}

/** `/api/v1/reports/summary?from&to` or `/breakdown?from&to&by`, with `format` and `lang` for a file. */
export function reportPath(q: ReportQuery, file?: { format: Exclude<ReportFormat, 'json'>; lang: Locale }): string {
  const params = new URLSearchParams({ from: q.from, to: q.to });
  if (q.by) params.set('by', q.by);
  if (file) {
    params.set('format', file.format);
    params.set('lang', file.lang);
  }
  return `/api/v1/reports/${q.by ? 'breakdown' : 'summary'}?${params.toString()}`;
}

/** A year's report may take the hub a while on a busy hall's database; more than the 10 s of a plain call. */
const REPORT_TIMEOUT_MS = 30_000;

/** The report routes (docs/api.md, "Reports"), for admins and supervisors. */
export function reportsApi(c: HubClient) {
  return {
    reportSummary: (r: ReportRange) => c.call(reportPath(r), reportSummarySchema, { timeoutMs: REPORT_TIMEOUT_MS }),
    reportBreakdown: (r: ReportRange, by: ReportDimension) =>
      c.call(reportPath({ ...r, by }), reportBreakdownSchema, { timeoutMs: REPORT_TIMEOUT_MS }),
    /** The summary (no `by`) or a breakdown as a CSV or XLSX file, headings in `lang`. */
    reportFile: (q: ReportQuery, format: Exclude<ReportFormat, 'json'>, lang: Locale) =>
      c.fetchFile(reportPath(q, { format, lang }), { timeoutMs: REPORT_TIMEOUT_MS }),
  };
}
