import type { QueueStats, Ticket } from '@hall/protocol';
import type { QueueView } from './callable.ts';

export interface ClosedService {
  /** The next opening, if the hub knows one. */
  opensAt: number | null;
}

/**
 * The services a window may not call now, as the hub says (`callable` false: closed, and past the closing
 * grace). Without stats every service counts as open.
 */
export function closedServices(stats: QueueStats | null): Map<string, ClosedService> {
  const closed = new Map<string, ClosedService>();
  for (const s of stats?.services ?? []) if (!s.callable) closed.set(s.serviceId, { opensAt: s.opensAt });
  return closed;
}

export interface OpenQueueView extends QueueView {
  /** Tickets the window would serve but whose service is closed now: shown, not callable. */
  closed: Ticket[];
}

/**
 * Splits the window's queue: tickets of closed services leave the callable list (and its counts), so
 * "call next" skipping them is no surprise; they are listed apart. A ticket named to this window by a
 * transfer follows the same rule: the hub calls only services open now.
 */
export function splitByOpening(
  queue: QueueView,
  closed: ReadonlyMap<string, ClosedService>,
  window: number,
): OpenQueueView {
  if (closed.size === 0) return { ...queue, closed: [] };
  const callable: Ticket[] = [];
  const shut: Ticket[] = [];
  for (const t of queue.tickets) (closed.has(t.serviceId) ? shut : callable).push(t);
  const counts: QueueView['counts'] = { normal: 0, elderly: 0, booking: 0, priority: 0 };
  let forThisWindow = 0;
  for (const t of callable) {
    counts[t.lane] += 1;
    if (t.targetWindow === window) forThisWindow += 1;
  }
  return { tickets: callable, counts, forThisWindow, closed: shut };
}
