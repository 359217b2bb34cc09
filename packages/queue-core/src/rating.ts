import type { RatingLevel, RatingSource, Ticket, WindowState } from '@hall/protocol';
import type { Actor } from './actor.ts';
import { outcomeOf, ticketWithStep, windowWith } from './changes.ts';
import type { HallIndex } from './hall-index.ts';
import { fail, ok, type Result } from './result.ts';
import type { DomainEvent, HallState, Outcome } from './state.ts';
import { findWindow } from './window-guards.ts';

/** The clerk whose service is rated: whoever finished the ticket. */
function servedBy(ticket: Ticket): string | null {
  return ticket.history.findLast((s) => s.action === 'finished')?.by ?? null;
}

function rated(
  ticket: Ticket,
  window: number,
  level: RatingLevel | 'not-rated',
  source: RatingSource,
  by: string,
  now: number,
): Ticket {
  return ticketWithStep(
    ticket,
    { at: now, action: 'rated', window, serviceId: ticket.serviceId, by, note: level },
    { rating: { level, source, at: now, clerkId: servedBy(ticket), window } },
  );
}

/**
 * The citizen's rating of the service just finished at a window (好差评), accepted once per ticket and
 * only until the window's rating deadline. Who may send it for which window (the window's clerk, a
 * rating tablet bound to it) is the hub's to check.
 */
export function rateTicket(
  hall: HallIndex,
  state: HallState,
  number: number,
  level: RatingLevel,
  source: RatingSource,
  actor: Actor,
  now: number,
): Result<Outcome> {
  const found = findWindow(hall, state, number);
  if (!found.ok) return found;
  const w = found.value.state;
  const ticket = w.ratingTicketId === null ? undefined : state.tickets.get(w.ratingTicketId);
  if (!ticket || w.ratingDeadline === null || now > w.ratingDeadline) {
    return fail('NO_RATING_PENDING', `nothing waits for a rating at window ${number}`);
  }
  if (ticket.rating !== null) return fail('ALREADY_RATED', `ticket ${ticket.number} is rated already`);
  const window = windowWith(w, { ratingTicketId: null, ratingDeadline: null }, now);
  return ok(
    outcomeOf(state, [
      { type: 'ticket.rated', actor: actor.id, ticket: rated(ticket, number, level, source, actor.id, now), window },
    ]),
  );
}

/** A window's pending rating, stored as not rated (its time ran out, or the next citizen finished). */
export function notRated(state: HallState, w: WindowState, actor: Actor, now: number): DomainEvent[] {
  const ticket = w.ratingTicketId === null ? undefined : state.tickets.get(w.ratingTicketId);
  if (!ticket || ticket.rating !== null) return [];
  return [
    { type: 'ticket.rated', actor: actor.id, ticket: rated(ticket, w.number, 'not-rated', 'timeout', actor.id, now) },
  ];
}

/** Gives up a window's pending rating: its ticket is stored as not rated and the window freed, in one event. */
export function givePendingRatingUp(
  state: HallState,
  w: WindowState,
  actor: Actor,
  now: number,
): { event: DomainEvent; window: WindowState } {
  const window = windowWith(w, { ratingTicketId: null, ratingDeadline: null }, now);
  const [rated] = notRated(state, w, actor, now);
  return { window, event: rated ? { ...rated, window } : { type: 'window.updated', actor: actor.id, window } };
}

/** Pending ratings whose deadline has passed: stored as not rated, and the windows freed. */
export function expireRatings(state: HallState, actor: Actor, now: number): Outcome | null {
  const events: DomainEvent[] = [];
  for (const w of state.windows.values()) {
    if (w.ratingDeadline === null || now <= w.ratingDeadline) continue;
    events.push(givePendingRatingUp(state, w, actor, now).event);
  }
  return events.length === 0 ? null : outcomeOf(state, events);
}
