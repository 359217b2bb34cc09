import { useEffect, useRef } from 'react';
import { initChart } from '../../components/echarts.ts';
import { texts } from '../../i18n/texts.ts';
import type { ReportChartSpec } from '../../logic/report-charts.ts';
import { useSession } from '../../state/session-store.ts';

/**
 * One chart with its title; the picture is hidden from screen readers and its figures are given as a table
 * only they read (WCAG 1.1.1), so nothing the chart says is lost without sight.
 */
export function ReportChart({
  id,
  title,
  spec,
  height,
}: {
  id: string;
  title: string;
  spec: ReportChartSpec | null;
  height: number;
}) {
  const locale = useSession((s) => s.locale);
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = box.current;
    if (!el || !spec) return;
    const chart = initChart(el, null, { renderer: 'svg', locale: locale === 'en' ? 'EN' : 'ZH' });
    chart.setOption(spec.option);
    const resize = new ResizeObserver(() => chart.resize());
    resize.observe(el);
    return () => {
      resize.disconnect();
      chart.dispose();
    };
  }, [spec, locale]);
  return (
    <figure className="chart" data-chart={id} aria-labelledby={`chart-${id}-title`}>
      <figcaption id={`chart-${id}-title`}>{title}</figcaption>
      {spec ? (
        <>
          <div className="chart__picture" ref={box} style={{ height }} aria-hidden="true" />
          {/* A table does not shrink to .sr-only's 1px (the page would scroll sideways); a block around it does. */}
          <div className="sr-only">
            <table data-testid={`chart-${id}-table`}>
              <caption>{texts(locale, 'chart.tableOf', { name: title })}</caption>
              <thead>
                <tr>
                  {spec.table.columns.map((c) => (
                    <th scope="col" key={c}>
                      {c}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {spec.table.rows.map(([head, ...cells], row) => (
                  <tr key={row}>
                    <th scope="row">{head}</th>
                    {cells.map((c, i) => (
                      <td key={i}>{c}</td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      ) : (
        <p className="muted">{texts(locale, 'chart.noData')}</p>
      )}
    </figure>
  );
}
