import type { Ticket, TicketState } from '@hall/protocol';
import type { Actor } from './actor.ts';
import { outcomeOf, ticketWithStep } from './changes.ts';
import type { HallIndex } from './hall-index.ts';
import { ticketingOpen } from './issuing.ts';
import { fail, ok, type Result } from './result.ts';
import type { HallState, Outcome } from './state.ts';

/*
 * What the guidance desk (咨询引导台) does to a ticket that no window holds: move it to the right service,
 * cancel it when the citizen gives up, and send the citizen to the could-not-get-it-done window. A ticket
 * a window holds (called, serving) is the clerk's there: the desk leaves it alone.
 */

function ticketIn(state: HallState, ticketId: string, states: readonly TicketState[], doing: string): Result<Ticket> {
  const t = state.tickets.get(ticketId);
  if (!t || t.businessDay !== state.businessDay) return fail('UNKNOWN_TICKET', `no ticket ${ticketId} today`);
  if (!states.includes(t.state)) {
    return fail(
      'INVALID_TRANSITION',
      `ticket ${t.number} is ${t.state}: only a ticket ${states.join(' or ')} can be ${doing}`,
    );
  }
  return ok(t);
}

/**
 * A citizen who took a number for the wrong service: the ticket waits for the right one with its number, its
 * queue position (`queueSeq`) and its time in the queue (`queuedAt`) unchanged, so the walk back to the desk
 * costs no place. The target must take tickets now in the ticket's lane.
 */
export function moveTicket(
  hall: HallIndex,
  state: HallState,
  ticketId: string,
  toServiceId: string,
  actor: Actor,
  now: number,
): Result<Outcome> {
  const found = ticketIn(state, ticketId, ['waiting'], 'moved');
  if (!found.ok) return found;
  const t = found.value;
  if (!hall.services.has(toServiceId)) return fail('UNKNOWN_SERVICE', `no service ${toServiceId} in this hall`);
  if (toServiceId === t.serviceId)
    return fail('INVALID_TRANSITION', `ticket ${t.number} already waits for ${toServiceId}`);
  // A booking was made for one service at one time: another service is a new booking, not a move.
  if (t.lane === 'booking')
    return fail('INVALID_TRANSITION', `ticket ${t.number} is a booking's: it stays with its service`);
  const open = ticketingOpen(hall, toServiceId, t.lane, now);
  if (!open.ok) return open;
  const ticket = ticketWithStep(
    t,
    { at: now, action: 'moved', window: null, serviceId: toServiceId, by: actor.id, note: `from ${t.serviceId}` },
    { serviceId: toServiceId },
  );
  return ok(outcomeOf(state, [{ type: 'ticket.moved', actor: actor.id, ticket }]));
}

/** A citizen gives their number up (they leave, or will come back another day); the reason stays in its history. */
export function cancelTicket(
  state: HallState,
  ticketId: string,
  reason: string,
  actor: Actor,
  now: number,
): Result<Outcome> {
  const found = ticketIn(state, ticketId, ['waiting', 'transferred'], 'cancelled at the desk');
  if (!found.ok) return found;
  const t = found.value;
  const ticket = ticketWithStep(
    t,
    { at: now, action: 'cancelled', window: null, serviceId: t.serviceId, by: actor.id, note: reason },
    { state: 'cancelled', finishedAt: now, targetWindow: null },
  );
  return ok(outcomeOf(state, [{ type: 'ticket.cancelled', actor: actor.id, ticket }]));
}

/** The could-not-get-it-done window a citizen is sent to: an open one first, then the lowest number. */
export function complaintsWindowOf(hall: HallIndex, state: HallState): number | null {
  const desks = hall.config.windows.filter((w) => w.kind === 'complaints').map((w) => w.number);
  desks.sort((a, b) => a - b);
  return desks.find((n) => state.windows.get(n)?.state === 'open') ?? desks[0] ?? null;
}

/**
 * Sends a citizen to the could-not-get-it-done window (办不成事反映) as a transfer bound to that window: the
 * ticket keeps its number, queue position and whole history, so the clerk there sees where the citizen has been
 * before opening a matter. A ticket still waiting, or one finished or missed today, may be sent.
 */
export function referToComplaints(
  hall: HallIndex,
  state: HallState,
  ticketId: string,
  note: string,
  actor: Actor,
  now: number,
): Result<Outcome> {
  const found = ticketIn(
    state,
    ticketId,
    ['waiting', 'transferred', 'done', 'no-show'],
    'sent to the complaints window',
  );
  if (!found.ok) return found;
  const t = found.value;
  const window = complaintsWindowOf(hall, state);
  const desk = window === null ? undefined : hall.windows.get(window);
  if (window === null || !desk) return fail('NO_COMPLAINTS_WINDOW', 'this hall has no could-not-get-it-done window');
  // The window's own service, when it lists its services: its clerk's queue and the figures then count the visit.
  const serviceId =
    desk.services === 'all' || desk.services.includes(t.serviceId) ? t.serviceId : (desk.services[0] ?? t.serviceId);
  const ticket = ticketWithStep(
    t,
    { at: now, action: 'transferred', window: null, serviceId, by: actor.id, note },
    {
      state: 'transferred',
      serviceId,
      targetWindow: window,
      window: null,
      queuedAt: now,
      calledAt: null,
      startedAt: null,
      finishedAt: null,
      recalls: 0,
    },
  );
  return ok(outcomeOf(state, [{ type: 'ticket.transferred', actor: actor.id, ticket }]));
}
