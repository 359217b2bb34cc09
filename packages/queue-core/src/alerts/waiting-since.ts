import { CALLABLE_STATES, type QueuePolicy, type Ticket } from '@hall/protocol';

const MINUTE = 60_000;

/** Whether a ticket stands in a queue now (waiting, or waiting again after a transfer). */
export function isQueued(ticket: Ticket): boolean {
  return CALLABLE_STATES.includes(ticket.state);
}

/**
 * Since when the hall owes a queued ticket a call: when it entered its present queue (`queuedAt`: at issue, or
 * at its transfer), and for a booking checked in early, not before its slot falls due. A citizen who came
 * early for a booking is not kept waiting by the hall.
 */
export function waitingSince(ticket: Ticket, policy: QueuePolicy): number {
  if (ticket.booking === null) return ticket.queuedAt;
  return Math.max(ticket.queuedAt, ticket.booking.slotStart - policy.bookingEarlyMinutes * MINUTE);
}

/** Whole minutes a queued ticket has waited at `now` (0 while its booking is not yet due). */
export function minutesWaited(ticket: Ticket, policy: QueuePolicy, now: number): number {
  return Math.max(0, Math.floor((now - waitingSince(ticket, policy)) / MINUTE));
}
