import type { ReportBreakdown } from '@hall/protocol';
import { texts } from '../../i18n/texts.ts';
import { breakdownColumns } from '../../logic/report-columns.ts';
import { rowLabel } from '../../logic/report-labels.ts';
import { useSession } from '../../state/session-store.ts';

/** A breakdown as a table: a row per group, its figures (and window performance where rows have it). */
export function BreakdownTable({
  breakdown,
  caption,
  testId,
  only,
}: {
  breakdown: ReportBreakdown;
  caption: string;
  testId?: string;
  /** Only these columns (the printed daily report's narrower table); all without. */
  only?: readonly string[];
}) {
  const locale = useSession((s) => s.locale);
  const columns = breakdownColumns(breakdown.by).filter((c) => !only || only.includes(c.id));
  return (
    <div className="table-scroll">
      <table className="list report-table" data-testid={testId} data-by={breakdown.by}>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{texts(locale, `dim.${breakdown.by}`)}</th>
            {columns.map((c) => (
              <th scope="col" key={c.id} className="num">
                {texts(locale, c.heading)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {breakdown.rows.map((r) => (
            <tr key={r.key} data-key={r.key}>
              <th scope="row">{rowLabel(breakdown.by, r, locale)}</th>
              {columns.map((c) => (
                <td key={c.id} className="num" data-col={c.id}>
                  {c.cell(r, locale)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      {breakdown.rows.length === 0 && <p>{texts(locale, 'breakdown.empty')}</p>}
    </div>
  );
}
