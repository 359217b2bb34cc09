import type { ReportBreakdown, ReportSummary } from '@hall/protocol';
import { dayLabel } from '@hall/web-ui';
import { texts } from '../../i18n/texts.ts';
import { useConfig } from '../../state/config-store.ts';
import { useSession } from '../../state/session-store.ts';
import { BreakdownTable } from './BreakdownTable.tsx';
import { SummaryFigures } from './SummaryFigures.tsx';

/** The columns of the printed tables: what a director signs for, narrow enough for one A4 page. */
const PRINTED_COLUMNS = [
  'issued',
  'served',
  'noShow',
  'meanWait',
  'p90Wait',
  'meanService',
  'withinTarget',
  'satisfaction',
  'openHours',
  'idleHours',
];

/**
 * The daily report as printed (打印日报): only shown by the print stylesheet, on one A4 page — the day's
 * summary, its zones and window kinds, and a line for the director to sign and date.
 */
export function DailyReport({
  day,
  summary,
  zones,
  kinds,
}: {
  day: string;
  summary: ReportSummary;
  zones: ReportBreakdown | null;
  kinds: ReportBreakdown | null;
}) {
  const locale = useSession((s) => s.locale);
  const hallName = useConfig((s) => s.current?.config.hallName[locale]) ?? '';
  return (
    <article className="daily-report" data-testid="daily-report">
      <header>
        <h2>{texts(locale, 'print.title', { name: hallName })}</h2>
        <p>{texts(locale, 'print.day', { when: dayLabel(day, locale, { year: true }) ?? day })}</p>
      </header>
      <SummaryFigures summary={summary} idPrefix="print" />
      {zones && <BreakdownTable breakdown={zones} caption={texts(locale, 'by.zone')} only={PRINTED_COLUMNS} />}
      {kinds && <BreakdownTable breakdown={kinds} caption={texts(locale, 'by.kind')} only={PRINTED_COLUMNS} />}
      <footer className="signature">
        <p>
          {texts(locale, 'print.signature')}
          <span className="signature__line" />
        </p>
        <p>
          {texts(locale, 'print.signDate')}
          <span className="signature__line signature__line--short" />
        </p>
      </footer>
    </article>
  );
}
