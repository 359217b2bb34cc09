import type { HallConfig, Lane, ServiceQueueStats } from '@hall/protocol';
import type { StatsByService } from './zone-wait.ts';

/**
 * Whether a number may be taken for a service now, as the hub's figures say. The hub decides in the
 * end (it refuses with SERVICE_CLOSED); the kiosk only avoids offering what would be refused. Without
 * figures yet (just connected) a service counts as open, so a slow push never blocks the hall.
 */
export type OpeningGate = { open: true } | { open: false; opensAt: number | null };

export function serviceGate(stats: ServiceQueueStats | undefined): OpeningGate {
  if (stats === undefined || stats.open) return { open: true };
  return { open: false, opensAt: stats.opensAt };
}

/** A zone is closed when every one of its services is; it opens with the first of them. */
export function zoneGate(hall: Pick<HallConfig, 'services'>, stats: StatsByService, zoneId: string): OpeningGate {
  const gates = hall.services.filter((s) => s.zoneId === zoneId).map((s) => serviceGate(stats[s.id]));
  if (gates.length === 0 || gates.some((g) => g.open)) return { open: true };
  const times = gates.flatMap((g) => (!g.open && g.opensAt !== null ? [g.opensAt] : []));
  return { open: false, opensAt: times.length === 0 ? null : Math.min(...times) };
}

/**
 * The kiosk's own gate before it asks the hub for a number: not for a closed service. A booking
 * check-in is left to the hub, which knows the booking's check-in window.
 */
export function closedForIssue(lane: Lane, stats: ServiceQueueStats | undefined): boolean {
  return lane !== 'booking' && !serviceGate(stats).open;
}
