import { CALLABLE_STATES, type Lane, type Ticket, type WindowConfig } from '@hall/protocol';
import { windowMayCall, windowServes } from '@hall/queue-core';

/** Whether this window may call the ticket now: callable state, and the hub's routing rule. */
export function mayCall(window: WindowConfig, ticket: Ticket): boolean {
  return CALLABLE_STATES.includes(ticket.state) && windowMayCall(window, ticket);
}

export interface QueueView {
  /** Every ticket this window may call, oldest first by queueSeq. */
  tickets: Ticket[];
  counts: Record<Lane, number>;
  /** Transfers named to this window. */
  forThisWindow: number;
}

/** The waiting queue as this window sees it. */
export function queueFor(window: WindowConfig, tickets: Iterable<Ticket>): QueueView {
  const list = [...tickets].filter((t) => mayCall(window, t)).sort((a, b) => a.queueSeq - b.queueSeq);
  const counts: Record<Lane, number> = { normal: 0, elderly: 0, booking: 0, priority: 0 };
  let forThisWindow = 0;
  for (const t of list) {
    counts[t.lane] += 1;
    if (t.targetWindow === window.number) forThisWindow += 1;
  }
  return { tickets: list, counts, forThisWindow };
}

/** Whole minutes a ticket has waited in its current queue (since issue or its last transfer). */
export function waitedMinutes(ticket: Pick<Ticket, 'queuedAt'>, now: number): number {
  return Math.max(0, Math.floor((now - ticket.queuedAt) / 60_000));
}

/** The windows a transfer may go to: configured, not this one, and serving the service in the ticket's lane. */
export function transferTargets(
  windows: readonly WindowConfig[],
  fromWindow: number,
  serviceId: string,
  lane: Lane,
): WindowConfig[] {
  return windows.filter((w) => w.number !== fromWindow && windowServes(w, serviceId, lane));
}
