import type { Ticket, TicketStep, WindowState } from '@hall/protocol';
import type { DomainEvent, HallState, Outcome } from './state.ts';

/** The ticket after one more step of its history. */
export function ticketWithStep(ticket: Ticket, step: TicketStep, patch: Partial<Ticket>): Ticket {
  return { ...ticket, ...patch, history: [...ticket.history, step], version: ticket.version + 1 };
}

export function windowWith(window: WindowState, patch: Partial<WindowState>, at: number): WindowState {
  return { ...window, ...patch, changedAt: at, version: window.version + 1 };
}

/** An outcome that leaves the day and the queue counter as they are. */
export function outcomeOf(state: HallState, events: DomainEvent[]): Outcome {
  return { events, businessDay: state.businessDay, lastQueueSeq: state.lastQueueSeq };
}
