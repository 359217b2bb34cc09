import type { HallConfig } from '@hall/protocol';
import { buildDayRollup, type RollupRow } from '@hall/queue-core';
import type { HallStore } from '@hall/store';

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
 * Writes (or rewrites) a past business day's report rollup from the tickets and events tables. The caller
 * holds the transaction: the day's close, an on-demand rollup, or the history generator.
 */
export function rollUpStoredDay(store: HallStore, config: HallConfig, businessDay: string): void {
  store.rollups.replaceDay(businessDay, storedDayRollup(store, config, businessDay));
}
