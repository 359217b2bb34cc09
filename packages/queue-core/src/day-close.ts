import { CALLABLE_STATES } from '@hall/protocol';
import type { Actor } from './actor.ts';
import { ticketWithStep, windowWith } from './changes.ts';
import { givePendingRatingUp } from './rating.ts';
import type { DomainEvent, HallState, Outcome } from './state.ts';

/**
 * Moves the hall to a later business day. Tickets of earlier days still waiting are cancelled (the
 * citizens have gone home; their numbers will not be called tomorrow). A ticket held at a window stays
 * with it until the clerk releases it, so an evening service running past midnight is not cut off;
 * idle windows are closed.
 * Returns null when `newDay` is not later than the current day: a day never reopens.
 */
export function closeDay(state: HallState, newDay: string, actor: Actor, now: number): Outcome | null {
  if (newDay <= state.businessDay) return null;
  const events: DomainEvent[] = [];
  for (const t of state.tickets.values()) {
    if (t.businessDay >= newDay || !CALLABLE_STATES.includes(t.state)) continue;
    const ticket = ticketWithStep(
      t,
      { at: now, action: 'cancelled', window: null, serviceId: t.serviceId, by: actor.id, note: 'day closed' },
      { state: 'cancelled', finishedAt: now },
    );
    events.push({ type: 'ticket.cancelled', actor: actor.id, ticket });
  }
  // Idle windows close with the day: tomorrow's clerk opens their own window instead of finding it
  // still held by yesterday's. A window still serving someone stays open until its clerk finishes.
  for (const open of state.windows.values()) {
    let w = open;
    // A rating still pending is given up now: its finished ticket leaves memory with the old day.
    if (w.ratingTicketId !== null) {
      const given = givePendingRatingUp(state, w, actor, now);
      events.push(given.event);
      w = given.window;
    }
    if (w.state === 'closed' || w.currentTicketId !== null) continue;
    const window = windowWith(w, { state: 'closed', clerkId: null, clerkName: null, pauseReason: null }, now);
    events.push({ type: 'window.closed', actor: actor.id, window });
  }
  events.push({ type: 'day.closed', actor: actor.id });
  return { events, businessDay: newDay, lastQueueSeq: state.lastQueueSeq };
}
