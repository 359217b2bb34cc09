import { CALLABLE_STATES, type Lane, type Ticket, type WindowConfig } from '@hall/protocol';

/** Whether a window may serve this service in this lane (its own configuration only), as the hub decides. */
export function windowServes(window: WindowConfig, serviceId: string, lane: Lane): boolean {
  const serviceOk = window.services === 'all' || window.services.includes(serviceId);
  const laneOk = window.lanes === undefined || window.lanes.includes(lane);
  return serviceOk && laneOk;
}

/** Whether this window may call the ticket now: callable state, and a named-window transfer binds it. */
export function mayCall(window: WindowConfig, ticket: Ticket): boolean {
  if (!CALLABLE_STATES.includes(ticket.state)) return false;
  if (ticket.targetWindow !== null) return ticket.targetWindow === window.number;
  return windowServes(window, ticket.serviceId, ticket.lane);
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
  const counts: Record<Lane, number> = { normal: 0, elderly: 0, booking: 0 };
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
