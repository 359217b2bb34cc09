import {
  FINAL_STATES,
  type HallEventMessage,
  type HallSnapshot,
  type Lane,
  type PublicTicket,
  type QueueStats,
  type WindowState,
} from '@hall/protocol';

/** How many calls the display remembers (it shows 8; the rest cover a zone screen's filter). */
export const MAX_CALLS = 40;

const FINAL = new Set(FINAL_STATES);

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
 * What the display holds: every window, the tickets that are still live (waiting, transferred, called,
 * serving; finished ones are dropped at once, so memory stays bounded however long it runs), the last
 * calls, and the hub's figures, at an event id.
 */
export interface DisplayData {
  lastEventId: number;
  businessDay: string;
  /** Hub clock minus local clock at the last snapshot. */
  clockOffset: number;
  windows: Record<number, WindowState>;
  tickets: Record<string, PublicTicket>;
  /** Newest first, at most MAX_CALLS. */
  calls: CallEntry[];
  stats: QueueStats | null;
}

export const EMPTY_DISPLAY: DisplayData = {
  lastEventId: 0,
  businessDay: '',
  clockOffset: 0,
  windows: {},
  tickets: {},
  calls: [],
  stats: null,
};

/** `2026-11-25/A001` → `2026-11-25`. */
export const dayOfTicketId = (id: string): string => id.slice(0, id.indexOf('/'));

const isHeld = (t: PublicTicket): boolean => t.state === 'called' || t.state === 'serving';

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
  const windows: Record<number, WindowState> = {};
  for (const w of snapshot.windows) windows[w.number] = w;
  const tickets: Record<string, PublicTicket> = {};
  for (const t of snapshot.tickets) if (!FINAL.has(t.state)) tickets[t.id] = t;
  const calls = keepDay(prev.calls, snapshot.businessDay, tickets);
  for (const t of Object.values(tickets)) {
    if (!isHeld(t) || t.window === null || t.calledAt === null) continue;
    const known = calls.some((c) => c.ticketId === t.id && c.at >= (t.calledAt ?? 0));
    if (!known) calls.push(callOf(t, null, t.calledAt, t.window, t.recalls > 0));
  }
  return {
    lastEventId: snapshot.lastEventId,
    businessDay: snapshot.businessDay,
    clockOffset: snapshot.serverTime - localNow,
    windows,
    tickets,
    calls: sortAndCap(calls),
    stats: snapshot.stats,
  };
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

function upsertWindow(windows: Record<number, WindowState>, w: WindowState): Record<number, WindowState> {
  const held = windows[w.number];
  if (held && held.version > w.version) return windows;
  return { ...windows, [w.number]: w };
}

/**
 * Applies one pushed (or replayed) event. Events at or below lastEventId were seen already and change
 * nothing. Tickets are upserted (events come in id order, so the later one wins) and dropped when final.
 */
export function applyEvent(state: DisplayData, event: HallEventMessage): DisplayData {
  if (event.id <= state.lastEventId) return state;
  let { tickets, windows, calls, businessDay } = state;
  const t = event.ticket;
  if (t) {
    if (!FINAL.has(t.state)) tickets = { ...tickets, [t.id]: t };
    else if (tickets[t.id]) tickets = Object.fromEntries(Object.entries(tickets).filter(([id]) => id !== t.id));
  }
  if (event.window) windows = upsertWindow(windows, event.window);
  const call = callOfEvent(event);
  if (call && !calls.some((c) => c.eventId === call.eventId)) calls = sortAndCap([call, ...calls]);
  if (event.type === 'day.closed') {
    businessDay = event.businessDay;
    // Yesterday leaves the screen: its waiting tickets were cancelled, its calls are history.
    tickets = Object.fromEntries(
      Object.entries(tickets).filter(([id, tk]) => dayOfTicketId(id) === businessDay || isHeld(tk)),
    );
    calls = keepDay(calls, businessDay, tickets);
  } else if (businessDay === '') {
    businessDay = event.businessDay;
  }
  return { ...state, tickets, windows, calls, businessDay, lastEventId: event.id };
}

/** Stats follow every change; an older figure than what we hold is ignored. */
export function applyStats(state: DisplayData, stats: QueueStats): DisplayData {
  if (state.stats && state.stats.eventId > stats.eventId) return state;
  return { ...state, stats };
}
