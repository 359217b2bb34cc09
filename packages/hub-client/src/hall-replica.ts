import {
  FINAL_STATES,
  type HallEventMessage,
  type HallSnapshot,
  type PublicTicket,
  type QueueStats,
  type SyncReply,
  type Ticket,
  type WindowCommandResult,
  type WindowState,
} from '@hall/protocol';
import { clockOffsetFrom } from './hub-clock.ts';

/** What a screen holds of the hall at an event id: every window, the tickets it keeps, the figures. */
export interface HallReplica<T extends PublicTicket> {
  lastEventId: number;
  businessDay: string;
  /** Hub clock minus local clock at the last snapshot: screens show hub time. */
  clockOffset: number;
  windows: Record<number, WindowState>;
  tickets: Record<string, T>;
  stats: QueueStats | null;
}

/** Which tickets a screen keeps. */
export interface ReplicaKind<T extends PublicTicket> {
  /** The tickets of this kind: whole ones for staff (a public one is skipped), any for a display. */
  accepts(t: Ticket | PublicTicket): t is T;
  /** Staff keep today's finished tickets (lists, history); a display drops them at once (bounded memory). */
  keepFinal: boolean;
}

const isWholeTicket = (t: Ticket | PublicTicket): t is Ticket => 'history' in t;

/** A clerk's or admin's screen: whole tickets, finished ones kept for the day. */
export const STAFF_TICKETS: ReplicaKind<Ticket> = { accepts: isWholeTicket, keepFinal: true };
/** A wall display: public tickets, only those still live (waiting, transferred, called, serving). */
export const LIVE_PUBLIC_TICKETS: ReplicaKind<PublicTicket> = {
  accepts: (t): t is PublicTicket => typeof t.id === 'string',
  keepFinal: false,
};

export function emptyReplica<T extends PublicTicket>(): HallReplica<T> {
  return { lastEventId: 0, businessDay: '', clockOffset: 0, windows: {}, tickets: {}, stats: null };
}

/** `2026-11-25/A001` → `2026-11-25`. */
export const dayOfTicketId = (id: string): string => id.slice(0, id.indexOf('/'));

const isFinal = (t: PublicTicket): boolean => FINAL_STATES.includes(t.state);

const versionOf = (t: object): number | undefined =>
  'version' in t && typeof t.version === 'number' ? t.version : undefined;

/** The newer of two copies: a replayed command result shows the state of its first run. */
function newer<T extends object>(held: T | undefined, incoming: T): boolean {
  const h = held && versionOf(held);
  const i = versionOf(incoming);
  return h === undefined || i === undefined || i >= h;
}

function withTicket<T extends PublicTicket>(kind: ReplicaKind<T>, tickets: Record<string, T>, t: T) {
  if (!kind.keepFinal && isFinal(t)) {
    if (!(t.id in tickets)) return tickets;
    const { [t.id]: _gone, ...rest } = tickets;
    return rest;
  }
  return newer(tickets[t.id], t) ? { ...tickets, [t.id]: t } : tickets;
}

function withWindow(windows: Record<number, WindowState>, w: WindowState): Record<number, WindowState> {
  return newer(windows[w.number], w) ? { ...windows, [w.number]: w } : windows;
}

/** The reducer of one kind of screen. Pure: time comes in as `localNow`. */
export function hallReplica<T extends PublicTicket>(kind: ReplicaKind<T>) {
  /** A snapshot is the whole truth at its event id: windows and tickets are replaced. */
  function applySnapshot(prev: HallReplica<T>, snapshot: HallSnapshot, localNow: number): HallReplica<T> {
    const windows: Record<number, WindowState> = {};
    for (const w of snapshot.windows) windows[w.number] = w;
    let tickets: Record<string, T> = {};
    for (const t of snapshot.tickets) if (kind.accepts(t)) tickets = withTicket(kind, tickets, t);
    return {
      ...prev,
      lastEventId: snapshot.lastEventId,
      businessDay: snapshot.businessDay,
      clockOffset: clockOffsetFrom(snapshot.serverTime, localNow),
      windows,
      tickets,
      stats: snapshot.stats,
    };
  }

  /** One pushed or replayed event; one at or below `lastEventId` was seen already and changes nothing. */
  function applyEvent(state: HallReplica<T>, event: HallEventMessage): HallReplica<T> {
    if (event.id <= state.lastEventId) return state;
    let { tickets, windows, businessDay } = state;
    if (event.ticket && kind.accepts(event.ticket)) tickets = withTicket(kind, tickets, event.ticket);
    if (event.window) windows = withWindow(windows, event.window);
    if (event.type === 'day.closed') {
      businessDay = event.businessDay;
      // Finished tickets of earlier days leave, as they leave the hub's memory; a held one stays.
      tickets = Object.fromEntries(
        Object.entries(tickets).filter(([id, t]) => dayOfTicketId(id) === businessDay || !isFinal(t)),
      );
    } else if (businessDay === '') {
      businessDay = event.businessDay;
    }
    return { ...state, tickets, windows, businessDay, lastEventId: event.id };
  }

  function applySyncReply(state: HallReplica<T>, reply: SyncReply, localNow: number): HallReplica<T> {
    if (reply.kind === 'snapshot') return applySnapshot(state, reply.snapshot, localNow);
    return reply.events.reduce(applyEvent, state);
  }

  /** A command's own result, applied at once (its events follow and change nothing, by version). */
  function applyCommandResult(state: HallReplica<T>, result: Pick<WindowCommandResult, 'window' | 'ticket'>) {
    const tickets =
      result.ticket && kind.accepts(result.ticket) ? withTicket(kind, state.tickets, result.ticket) : state.tickets;
    return { ...state, windows: withWindow(state.windows, result.window), tickets };
  }

  /** Figures follow every change; older ones than those held are ignored. */
  function applyStats(state: HallReplica<T>, stats: QueueStats): HallReplica<T> {
    if (state.stats && state.stats.eventId > stats.eventId) return state;
    return { ...state, stats };
  }

  return { empty: emptyReplica<T>, applySnapshot, applyEvent, applySyncReply, applyCommandResult, applyStats };
}

export type HallReplicaReducer<T extends PublicTicket> = ReturnType<typeof hallReplica<T>>;
