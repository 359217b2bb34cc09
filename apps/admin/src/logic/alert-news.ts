import type { HallAlert } from '@hall/protocol';

/**
 * Which alerts to announce: those not on the board before this update that are still going on. The alerts
 * already on the board when the page opens (`before` null) are read on the page, not announced one by one;
 * an alert still on the board after a refresh is not announced twice. An alert leaves the board for good
 * (acknowledged and cleared), so remembering the board's own ids is enough.
 */
export function alertsToAnnounce(before: ReadonlySet<string> | null, alerts: readonly HallAlert[]): HallAlert[] {
  if (before === null) return [];
  return alerts.filter((a) => !before.has(a.id) && a.clearedAt === null);
}

export function alertIds(alerts: readonly HallAlert[]): Set<string> {
  return new Set(alerts.map((a) => a.id));
}
