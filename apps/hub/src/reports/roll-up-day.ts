import type { HallConfig } from '@hall/protocol';
import {
  addDays,
  buildDayRollup,
  emptyFigures,
  mergeByKey,
  type RollupDimension,
  type RollupRow,
} from '@hall/queue-core';
import type { HallStore, MonthRollupRow } from '@hall/store';

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

/** The first and last day of a month (YYYY-MM). */
export function daysOfMonth(month: string): { first: string; last: string } {
  const first = `${month}-01`;
  return { first, last: addDays(`${addDays(first, 31).slice(0, 7)}-01`, -1) };
}

/** A day's rollup rows from the tickets and events tables, without writing them (today's live figures). */
export function storedDayRollup(
  store: HallStore,
  config: HallConfig,
  businessDay: string,
  until?: number,
): RollupRow[] {
  return buildDayRollup({
    config,
    businessDay,
    tickets: store.tickets.forDay(businessDay),
    windowEvents: store.events.windowEventsOf(businessDay),
    ...(until !== undefined ? { until } : {}),
  });
}

/**
 * Writes (or rewrites) a past business day's report rollup from the tickets and events tables; on the last day
 * of a month, the month's merged rows too. The caller holds the transaction: the day's close, an on-demand
 * rollup, or the history generator.
 */
export function rollUpStoredDay(store: HallStore, config: HallConfig, businessDay: string): void {
  store.rollups.replaceDay(businessDay, storedDayRollup(store, config, businessDay));
  const month = businessDay.slice(0, 7);
  if (daysOfMonth(month).last === businessDay) rollUpStoredMonth(store, month);
}

/**
 * Merges a past month's day rows into its month rows, if every day of it that can have a rollup has one (days
 * before the hall's first ticket need none); otherwise leaves it, and answers false. Caller holds the transaction.
 */
export function rollUpStoredMonth(store: HallStore, month: string): boolean {
  const { first, last } = daysOfMonth(month);
  const firstTicketDay = store.reportCounts.firstTicketDay();
  if (firstTicketDay !== null && firstTicketDay <= last) {
    const start = firstTicketDay > first ? firstTicketDay : first;
    const needed = Math.round((Date.parse(last) - Date.parse(start)) / 86_400_000) + 1;
    if (store.rollups.daysWithin(start, last).size < needed) return false;
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
