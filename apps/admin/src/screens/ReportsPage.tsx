import { REPORT_DIMENSIONS, type ReportDimension } from '@hall/protocol';
import { lazy, Suspense, useMemo, useState } from 'react';
import { HubError } from '../components/HubError.tsx';
import { PageTitle } from '../components/PageTitle.tsx';
import { useHubBusinessDay } from '../components/use-hub-business-day.ts';
import { useHubRead } from '../components/use-hub-read.ts';
import { texts } from '../i18n/texts.ts';
import { busiestServices, satisfactionTrend, waitHeatmap, zoneLoad } from '../logic/report-charts.ts';
import { formatCount } from '../logic/report-labels.ts';
import { daysIn, type ReportRange } from '../logic/report-range.ts';
import { api } from '../state/auth.ts';
import { useSession } from '../state/session-store.ts';
import { BreakdownTable } from './reports/BreakdownTable.tsx';
import { DailyReport } from './reports/DailyReport.tsx';
import { RangePicker, rangeOfChoice, type RangeChoice } from './reports/RangePicker.tsx';
import { ReportDownloads } from './reports/ReportDownloads.tsx';
import { SummaryFigures } from './reports/SummaryFigures.tsx';
import '../styles/reports.css';

/** The charts bring ECharts, the console's biggest library: loaded when the reports page first shows them. */
const ReportChart = lazy(() => import('./reports/ReportChart.tsx').then((m) => ({ default: m.ReportChart })));

/** Reports over a range of business days: summary, charts, a breakdown table, downloads, the daily report. */
export function ReportsPage() {
  const locale = useSession((s) => s.locale);
  const today = useHubBusinessDay();
  return (
    <>
      <PageTitle>{texts(locale, 'page.reports')}</PageTitle>
      {today ? <Reports today={today} /> : <p>{texts(locale, 'loading')}</p>}
    </>
  );
}

const keyOf = (r: ReportRange, by?: ReportDimension) => `${r.from}/${r.to}/${by ?? ''}`;

function useBreakdown(range: ReportRange, by: ReportDimension, wanted = true) {
  return useHubRead(wanted ? keyOf(range, by) : null, () => api().reportBreakdown(range, by));
}

function Reports({ today }: { today: string }) {
  const locale = useSession((s) => s.locale);
  // The hub's business day by default, never the PC's own date.
  const [choice, setChoice] = useState<RangeChoice>({ kind: 'day', anchor: today, custom: { from: today, to: today } });
  const [by, setBy] = useState<ReportDimension>('zone');
  const range = rangeOfChoice(choice, today);
  const oneDay = daysIn(range) === 1;

  const summary = useHubRead(keyOf(range), () => api().reportSummary(range));
  const table = useBreakdown(range, by);
  const dayHour = useBreakdown(range, 'day-hour');
  const zones = useBreakdown(range, 'zone');
  const days = useBreakdown(range, 'day');
  const services = useBreakdown(range, 'service');
  const kinds = useBreakdown(range, 'kind', oneDay);

  const charts = useMemo(
    () => ({
      heatmap: dayHour.data && waitHeatmap(dayHour.data, locale),
      zones: zones.data && zoneLoad(zones.data, locale),
      satisfaction: days.data && satisfactionTrend(days.data, locale),
      services: services.data && busiestServices(services.data, locale),
    }),
    [dayHour.data, zones.data, days.data, services.data, locale],
  );
  const heatmapDays = charts.heatmap?.table.rows.length ?? 0;
  const byName = texts(locale, `by.${by}`);
  const error = summary.error ?? table.error ?? dayHour.error ?? zones.error ?? days.error ?? services.error;

  return (
    <div className="reports" aria-busy={summary.loading || table.loading}>
      <RangePicker today={today} choice={choice} onChange={setChoice} />
      <HubError error={error} />
      <section className="card" aria-labelledby="summary-title">
        <div className="section-head">
          <h2 id="summary-title">{texts(locale, 'sum.title')}</h2>
          <p className="range-line" data-testid="range-line">
            {texts(locale, 'range.line', {
              from: range.from,
              to: range.to,
              n: formatCount(daysIn(range), locale),
              p: summary.data ? formatCount(summary.data.openDays, locale) : '…',
            })}
          </p>
          {oneDay ? (
            <button
              type="button"
              className="btn btn--primary print-button"
              disabled={!summary.data}
              onClick={() => window.print()}
              data-testid="print-daily"
            >
              {texts(locale, 'print.button')}
            </button>
          ) : (
            <p className="muted">{texts(locale, 'print.onlyDay')}</p>
          )}
        </div>
        {summary.data ? <SummaryFigures summary={summary.data} idPrefix="report" /> : <p>{texts(locale, 'loading')}</p>}
      </section>

      <section className="card" aria-labelledby="charts-title">
        <h2 id="charts-title">{texts(locale, 'charts.title')}</h2>
        <Suspense fallback={<p>{texts(locale, 'loading')}</p>}>
          <div className="charts">
            <ReportChart
              id="heatmap"
              title={texts(locale, 'chart.heatmap')}
              spec={charts.heatmap ?? null}
              height={Math.min(900, Math.max(260, heatmapDays * 34 + 110))}
            />
            <ReportChart id="zones" title={texts(locale, 'chart.zoneLoad')} spec={charts.zones ?? null} height={360} />
            <ReportChart
              id="satisfaction"
              title={texts(locale, 'chart.satisfaction')}
              spec={charts.satisfaction ?? null}
              height={300}
            />
            <ReportChart
              id="services"
              title={texts(locale, 'chart.services')}
              spec={charts.services ?? null}
              height={360}
            />
          </div>
        </Suspense>
      </section>

      <section className="card" aria-labelledby="breakdown-title">
        <h2 id="breakdown-title">{texts(locale, 'breakdown.title')}</h2>
        <div className="field">
          <label className="field__label" htmlFor="report-by">
            {texts(locale, 'breakdown.by')}
          </label>
          <select
            id="report-by"
            value={by}
            onChange={(e) => setBy(REPORT_DIMENSIONS.find((d) => d === e.target.value) ?? by)}
          >
            {REPORT_DIMENSIONS.map((d) => (
              <option key={d} value={d}>
                {texts(locale, `by.${d}`)}
              </option>
            ))}
          </select>
        </div>
        {table.data ? (
          <BreakdownTable
            breakdown={table.data}
            caption={texts(locale, 'breakdown.caption', { name: byName, from: range.from, to: range.to })}
            testId="breakdown-table"
          />
        ) : (
          <p>{texts(locale, 'loading')}</p>
        )}
      </section>

      <ReportDownloads range={{ ...range, by }} byName={byName} />

      {oneDay && summary.data && (
        <DailyReport day={range.from} summary={summary.data} zones={zones.data} kinds={kinds.data} />
      )}
    </div>
  );
}
