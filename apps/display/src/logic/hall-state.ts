import { dayOfTicketId, hallReplica, LIVE_PUBLIC_TICKETS, type HallReplica } from '@hall/hub-client';
import {
  HELD_STATES,
  type HallEventMessage,
  type HallSnapshot,
  type Lane,
  type PublicTicket,
  type QueueStats,
} from '@hall/protocol';

/** How many calls the display remembers (it shows 8; the rest cover a zone screen's filter). */
export const MAX_CALLS = 40;

/** One call or recall of a number to a window, as shown in the list of recent calls. */
export interface CallEntry {
  /** The event that made it; null when it was read from a snapshot's ticket (no event seen). */
  eventId: number | null;
  ticketId: string;
  number: string;
  window: number;
  serviceId: string;
  lane: Lane;
  /** Hub time of the call. */
  at: number;
  recall: boolean;
}

/**
 * What the display holds: the hall replica of a wall (every window, the tickets still live — finished ones
 * are dropped at once, so memory stays bounded however long it runs — and the hub's figures, at an event
 * id), plus its own memory of the last calls.
 */
export interface DisplayData extends HallReplica<PublicTicket> {
  /** Newest first, at most MAX_CALLS. */
  calls: CallEntry[];
}

const replica = hallReplica(LIVE_PUBLIC_TICKETS);

export const EMPTY_DISPLAY: DisplayData = { ...replica.empty(), calls: [] };

const isHeld = (t: PublicTicket): boolean => HELD_STATES.includes(t.state);

function sortAndCap(calls: CallEntry[]): CallEntry[] {
  return [...calls].sort((a, b) => b.at - a.at || (b.eventId ?? 0) - (a.eventId ?? 0)).slice(0, MAX_CALLS);
}

/** Calls of an earlier day leave with the day, except for a ticket still held at its window. */
function keepDay(calls: CallEntry[], day: string, tickets: Record<string, PublicTicket>): CallEntry[] {
  return calls.filter((c) => dayOfTicketId(c.ticketId) === day || tickets[c.ticketId] !== undefined);
}

/**
 * A snapshot is the whole truth at its event id: tickets and windows are replaced. The list of calls is
 * the display's own memory, so it is kept (for the same day) and completed with the tickets the snapshot
 * shows held at a window that the list does not know yet.
 */
export function applySnapshot(prev: DisplayData, snapshot: HallSnapshot, localNow: number): DisplayData {
  const next = replica.applySnapshot(prev, snapshot, localNow);
  const calls = keepDay(prev.calls, next.businessDay, next.tickets);
  for (const t of Object.values(next.tickets)) {
    if (!isHeld(t) || t.window === null || t.calledAt === null) continue;
    const known = calls.some((c) => c.ticketId === t.id && c.at >= (t.calledAt ?? 0));
    if (!known) calls.push(callOf(t, null, t.calledAt, t.window, t.recalls > 0));
  }
  return { ...next, calls: sortAndCap(calls) };
}

function callOf(t: PublicTicket, eventId: number | null, at: number, window: number, recall: boolean): CallEntry {
  return { eventId, ticketId: t.id, number: t.number, window, serviceId: t.serviceId, lane: t.lane, at, recall };
}

/** The call an event announces, if it is a call or a recall of a ticket to a window. */
export function callOfEvent(event: HallEventMessage): CallEntry | null {
  if (event.type !== 'ticket.called' && event.type !== 'ticket.recalled') return null;
  const t = event.ticket;
  const window = t?.window ?? event.window?.number ?? null;
  if (!t || window === null) return null;
  return callOf(t, event.id, event.at, window, event.type === 'ticket.recalled');
}

/**
 * Applies one pushed (or replayed) event through the replica (events at or below lastEventId change
 * nothing), then notes a call in the list of calls.
 */
export function applyEvent(state: DisplayData, event: HallEventMessage): DisplayData {
  const next = replica.applyEvent(state, event);
  if (next === state) return state;
  let { tickets } = next;
  let calls = state.calls;
  const call = callOfEvent(event);
  if (call && !calls.some((c) => c.eventId === call.eventId)) calls = sortAndCap([call, ...calls]);
  if (event.type === 'day.closed') {
    // Yesterday leaves the wall: its waiting tickets were cancelled, its calls are history; a held one stays.
    tickets = Object.fromEntries(
      Object.entries(tickets).filter(([id, t]) => dayOfTicketId(id) === next.businessDay || isHeld(t)),
    );
    calls = keepDay(calls, next.businessDay, tickets);
  }
  return { ...next, tickets, calls };
}

/** Stats follow every change; an older figure than what we hold is ignored. */
export function applyStats(state: DisplayData, stats: QueueStats): DisplayData {
  const next = replica.applyStats(state, stats);
  return next === state ? state : { ...state, stats: next.stats };
}
