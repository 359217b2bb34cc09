import {
  FINAL_STATES,
  type HallEventMessage,
  type HallSnapshot,
  type SyncReply,
  type Ticket,
  type WindowState,
} from '@hall/protocol';

/** What the counter holds of the hall: every window state and every (full) ticket, at an event id. */
export interface HallData {
  lastEventId: number;
  businessDay: string;
  /** Hub clock minus local clock at the last snapshot, to show ages in hub time. */
  clockOffset: number;
  windows: Record<number, WindowState>;
  tickets: Record<string, Ticket>;
}

export const EMPTY_HALL: HallData = { lastEventId: 0, businessDay: '', clockOffset: 0, windows: {}, tickets: {} };

function isFullTicket(t: unknown): t is Ticket {
  return typeof t === 'object' && t !== null && 'history' in t;
}

/** Replaces everything: a snapshot is the whole truth at its event id. */
export function applySnapshot(snapshot: HallSnapshot, localNow: number): HallData {
  const windows: Record<number, WindowState> = {};
  for (const w of snapshot.windows) windows[w.number] = w;
  const tickets: Record<string, Ticket> = {};
  for (const t of snapshot.tickets) if (isFullTicket(t)) tickets[t.id] = t;
  return {
    lastEventId: snapshot.lastEventId,
    businessDay: snapshot.businessDay,
    clockOffset: snapshot.serverTime - localNow,
    windows,
    tickets,
  };
}

/** Upserts unless what we hold is newer (a replayed command result shows the state of its first run). */
function upsertTicket(tickets: Record<string, Ticket>, t: Ticket): Record<string, Ticket> {
  const held = tickets[t.id];
  if (held && held.version > t.version) return tickets;
  return { ...tickets, [t.id]: t };
}

function upsertWindow(windows: Record<number, WindowState>, w: WindowState): Record<number, WindowState> {
  const held = windows[w.number];
  if (held && held.version > w.version) return windows;
  return { ...windows, [w.number]: w };
}

/** Applies one pushed event; events at or below lastEventId were seen already and change nothing. */
export function applyEvent(state: HallData, event: HallEventMessage): HallData {
  if (event.id <= state.lastEventId) return state;
  let { tickets, windows, businessDay } = state;
  if (event.ticket && isFullTicket(event.ticket)) tickets = upsertTicket(tickets, event.ticket);
  if (event.window) windows = upsertWindow(windows, event.window);
  if (event.type === 'day.closed') {
    businessDay = event.businessDay;
    // Finished tickets of earlier days leave the hub's memory too.
    tickets = Object.fromEntries(
      Object.entries(tickets).filter(([, t]) => t.businessDay === businessDay || !FINAL_STATES.includes(t.state)),
    );
  }
  return { ...state, tickets, windows, businessDay, lastEventId: event.id };
}

export function applySyncReply(state: HallData, reply: SyncReply, localNow: number): HallData {
  if (reply.kind === 'snapshot') return applySnapshot(reply.snapshot, localNow);
  return reply.events.reduce(applyEvent, state);
}

/** A command's own result, applied at once (the events follow and are then no-ops by version). */
export function applyCommandResult(state: HallData, result: { window: WindowState; ticket: Ticket | null }): HallData {
  return {
    ...state,
    windows: upsertWindow(state.windows, result.window),
    tickets: result.ticket ? upsertTicket(state.tickets, result.ticket) : state.tickets,
  };
}
