import type { Locale, ReportDimension, ReportRow } from '@hall/protocol';
import type { TextKey } from '../i18n/texts.ts';
import { formatCount, formatDecimal, formatShare } from './report-labels.ts';

/** One figure column of the breakdown table: its heading and how a row's cell reads. */
export interface ReportColumn {
  id: string;
  heading: Extract<TextKey, `fig.${string}` | `col.${string}`>;
  cell(row: ReportRow, locale: Locale): string;
}

const hours = (minutes: number | undefined) => (minutes === undefined ? null : Math.round(minutes / 6) / 10);

const TICKET_COLUMNS: readonly ReportColumn[] = [
  { id: 'issued', heading: 'fig.issued', cell: (r, l) => formatCount(r.tickets.issued, l) },
  { id: 'served', heading: 'fig.served', cell: (r, l) => formatCount(r.tickets.served, l) },
  { id: 'noShow', heading: 'fig.noShow', cell: (r, l) => formatCount(r.tickets.noShow, l) },
  { id: 'cancelled', heading: 'fig.cancelled', cell: (r, l) => formatCount(r.tickets.cancelled, l) },
  { id: 'transferred', heading: 'fig.transferred', cell: (r, l) => formatCount(r.tickets.transferred, l) },
  { id: 'meanWait', heading: 'col.meanWait', cell: (r, l) => formatDecimal(r.tickets.wait.meanMinutes, l) },
  { id: 'p90Wait', heading: 'col.p90Wait', cell: (r, l) => formatDecimal(r.tickets.wait.p90Minutes, l) },
  { id: 'meanService', heading: 'col.meanService', cell: (r, l) => formatDecimal(r.tickets.service.meanMinutes, l) },
  { id: 'withinTarget', heading: 'col.withinTarget', cell: (r, l) => formatShare(r.tickets.withinTarget.share, l) },
  { id: 'satisfaction', heading: 'col.satisfaction', cell: (r, l) => formatShare(r.tickets.satisfaction, l) },
];

/** Window performance (窗口绩效): no-shows over those called to the end, and the window's hours. */
const PERFORMANCE_COLUMNS: readonly ReportColumn[] = [
  { id: 'noShowRate', heading: 'col.noShowRate', cell: (r, l) => formatShare(r.performance?.noShowRate ?? null, l) },
  { id: 'openHours', heading: 'col.openHours', cell: (r, l) => formatDecimal(hours(r.performance?.openMinutes), l) },
  {
    id: 'pausedHours',
    heading: 'col.pausedHours',
    cell: (r, l) => formatDecimal(hours(r.performance?.pausedMinutes), l),
  },
  { id: 'idleHours', heading: 'col.idleHours', cell: (r, l) => formatDecimal(hours(r.performance?.idleMinutes), l) },
];

/** The dimensions whose rows carry window performance (the protocol's `performance`, non-null). */
export const PERFORMANCE_DIMENSIONS: readonly ReportDimension[] = ['window', 'clerk', 'zone', 'kind'];

/** The figure columns of a breakdown by `by`: ticket figures, and window performance where rows have it. */
export function breakdownColumns(by: ReportDimension): readonly ReportColumn[] {
  return PERFORMANCE_DIMENSIONS.includes(by) ? [...TICKET_COLUMNS, ...PERFORMANCE_COLUMNS] : TICKET_COLUMNS;
}
