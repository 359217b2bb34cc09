import type { HallConfig } from '@hall/protocol';
import type { HallStore } from '@hall/store';

/**
 * HOOK — NOT DONE: issue 15 part A's `rollUpStoredDay(store, config, day)` (apps/hub/src/reports/roll-up-day.ts,
 * branch i15-reports-engine) goes here once that branch is merged. Until then the history has no report_rollups
 * and reports roll each past day up on demand.
 */
export function rollUpDay(store: HallStore, config: HallConfig, day: string): void {
  void store;
  void config;
  void day;
}
