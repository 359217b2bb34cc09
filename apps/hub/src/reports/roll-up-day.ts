import type { HallConfig } from '@hall/protocol';
import { addDays, buildDayRollup, emptyFigures, mergeByKey, type RollupDimension } from '@hall/queue-core';
import type { HallStore, MonthRollupRow } from '@hall/store';
import { daysOfMonth } from './report-range.ts';

/** Dimensions kept merged by month: all but those whose keys name a day (their month rows would be the days'). */
export const MONTHLY_DIMENSIONS: readonly RollupDimension[] = [
  'all',
  'hour',
  'zone',
  'service',
  'window',
  'clerk',
  'lane',
  'kind',
];

/**
 * Writes (or rewrites) a past business day's report rollup from the tickets and events tables; on the last day
 * of a month, the month's merged rows too. The caller holds the transaction: the day's close, an on-demand
 * rollup, or the history generator.
 */
export function rollUpStoredDay(store: HallStore, config: HallConfig, businessDay: string): void {
  const rows = buildDayRollup({
    config,
    businessDay,
    tickets: store.tickets.forDay(businessDay),
    windowEvents: store.events.windowEventsOf(businessDay),
  });
  store.rollups.replaceDay(businessDay, rows);
  const month = businessDay.slice(0, 7);
  if (daysOfMonth(month).last === businessDay) rollUpStoredMonth(store, month);
}

/**
 * Merges a past month's day rows into its month rows, if every day of it that issued tickets has its rollup
 * (a day without tickets needs none); otherwise leaves it, and answers false. The caller holds the transaction.
 */
export function rollUpStoredMonth(store: HallStore, month: string): boolean {
  const { first, last } = daysOfMonth(month);
  const have = store.rollups.daysWithin(first, last);
  for (let day = first; day <= last; day = addDays(day, 1)) {
    if (!have.has(day) && store.reportCounts.ticketsOn(day) > 0) return false;
  }
  const rows: MonthRollupRow[] = MONTHLY_DIMENSIONS.flatMap((dimension) =>
    [...mergeByKey(store.rollups.rows(dimension, first, last))].map(([key, sum]) => ({
      month,
      dimension,
      key,
      figures: sum.rollup(),
    })),
  );
  // The `all` row marks the month as merged, even a month without tickets.
  if (!rows.some((r) => r.dimension === 'all'))
    rows.push({ month, dimension: 'all', key: '', figures: emptyFigures() });
  store.rollups.replaceMonth(month, rows);
  return true;
}
