import { REPORT_MAX_DAYS } from '@hall/protocol';
import { addDays, weekdayOf } from '@hall/queue-core';
import { daysBetween } from '@hall/web-ui';

/**
 * The range of business days a report covers, as picked on the reports page: a day, the week (Monday to
 * Sunday) or the month around a chosen day, or any range typed in. `today` is the hub's business day: a week or
 * month still running ends today, and no period starts after it.
 */
export const RANGE_KINDS = ['day', 'week', 'month', 'custom'] as const;
export type RangeKind = (typeof RANGE_KINDS)[number];

export interface ReportRange {
  from: string;
  to: string;
}

/** The day, week or month holding `anchor`, ending today at the latest. */
export function periodOf(kind: Exclude<RangeKind, 'custom'>, anchor: string, today: string): ReportRange {
  const day = anchor > today ? today : anchor;
  let from = day;
  let to = day;
  if (kind === 'week') {
    from = addDays(day, -((weekdayOf(day) + 6) % 7));
    to = addDays(from, 6);
  } else if (kind === 'month') {
    from = `${day.slice(0, 7)}-01`;
    to = addDays(nextMonthStart(day), -1);
  }
  return { from, to: to > today ? today : to };
}

/** A day in the period before (`-1`) or after (`1`) the one holding `anchor`; null when that is after today. */
export function stepPeriod(
  kind: Exclude<RangeKind, 'custom'>,
  anchor: string,
  direction: -1 | 1,
  today: string,
): string | null {
  const { from } = periodOf(kind, anchor, today);
  let next: string;
  if (kind === 'day') next = addDays(from, direction);
  else if (kind === 'week') next = addDays(from, 7 * direction);
  else next = direction === 1 ? nextMonthStart(from) : `${addDays(from, -1).slice(0, 7)}-01`;
  return next > today ? null : next;
}

export type RangeProblem = 'not-a-day' | 'to-before-from' | 'too-long' | 'after-today';

/** A range typed in: both days real dates, in order, not after today, at most REPORT_MAX_DAYS days. */
export function checkRange(range: ReportRange, today: string): RangeProblem | null {
  const real = (d: string) => /^\d{4}-\d{2}-\d{2}$/.test(d) && addDays(d, 0) === d;
  if (!real(range.from) || !real(range.to)) return 'not-a-day';
  if (range.to < range.from) return 'to-before-from';
  if (range.to > today) return 'after-today';
  if (daysIn(range) > REPORT_MAX_DAYS) return 'too-long';
  return null;
}

/** How many calendar days the range holds, both ends included. */
export function daysIn(range: ReportRange): number {
  return daysBetween(range.from, range.to) + 1;
}

function nextMonthStart(day: string): string {
  const [y, m] = [Number(day.slice(0, 4)), Number(day.slice(5, 7))];
  return m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, '0')}-01`;
}
