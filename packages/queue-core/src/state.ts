import { FINAL_STATES, type HallEventType, type Ticket, type WindowState } from '@hall/protocol';

/** The hall as the hub holds it in memory; rebuilt from the database at start. */
export interface HallState {
  businessDay: string;
  /** Today's tickets, plus unfinished ones from an earlier day (held at a window past midnight). */
  tickets: ReadonlyMap<string, Ticket>;
  windows: ReadonlyMap<number, WindowState>;
  /** The highest queue position handed out; the next ticket to enter a queue gets the one after. */
  lastQueueSeq: number;
}

/** One change, carrying the ticket and/or window as they are after it: only entities that changed. */
export interface DomainEvent {
  type: HallEventType;
  actor: string;
  ticket?: Ticket;
  window?: WindowState;
  /** Set on out-of-order calls so the hub writes them to the audit log. */
  audit?: string;
}

/** What a command decided: the events to store, in order, and the business day after it. */
export interface Outcome {
  events: DomainEvent[];
  businessDay: string;
  lastQueueSeq: number;
}

export function closedWindow(number: number, at: number): WindowState {
  return {
    number,
    state: 'closed',
    clerkId: null,
    clerkName: null,
    pauseReason: null,
    currentTicketId: null,
    normalStreak: 0,
    ratingTicketId: null,
    ratingDeadline: null,
    changedAt: at,
    version: 0,
  };
}

/**
 * Applies the entities an outcome carries to the state, returning a new state. The hub calls this only
 * after the outcome is committed, so memory never runs ahead of the database.
 */
export function applyOutcome(state: HallState, outcome: Outcome): HallState {
  return applyOutcomeInPlace({ ...state, tickets: new Map(state.tickets), windows: new Map(state.windows) }, outcome);
}

/**
 * `applyOutcome` for the one owner of a hall state that never keeps an old one (the hub): the maps are
 * changed in place instead of copied: copying thousands of tickets for every command was a large part of
 * a command's cost on a busy day. Whoever else reads the state must not keep it across commands.
 */
export function applyOutcomeInPlace(state: HallState, outcome: Outcome): HallState {
  // The maps are the owner's own (the store builds them as Map); read-only to everyone else.
  const tickets = state.tickets as Map<string, Ticket>;
  const windows = state.windows as Map<number, WindowState>;
  for (const e of outcome.events) {
    if (e.ticket) tickets.set(e.ticket.id, e.ticket);
    if (e.window) windows.set(e.window.number, e.window);
  }
  if (outcome.businessDay !== state.businessDay) {
    // A new day: finished tickets of earlier days leave memory; unfinished ones (held, carried over) stay.
    for (const [id, t] of tickets) {
      if (t.businessDay < outcome.businessDay && FINAL_STATES.includes(t.state)) tickets.delete(id);
    }
  }
  return { businessDay: outcome.businessDay, tickets, windows, lastQueueSeq: outcome.lastQueueSeq };
}
