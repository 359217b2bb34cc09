import { CALLABLE_STATES, type Ticket } from '@hall/protocol';
import type { Actor } from './actor.ts';
import { outcomeOf, ticketWithStep, windowWith } from './changes.ts';
import { windowMayCall, type HallIndex } from './hall-index.ts';
import { fail, ok, type Result } from './result.ts';
import { selectNextTicket, streakAfterCall } from './routing.ts';
import { callableServicesAt } from './schedule/opening-hours.ts';
import type { HallState, Outcome } from './state.ts';
import { ticketHeldAt, windowHeldBy, type HeldWindow } from './window-guards.ts';

function call(
  state: HallState,
  held: HeldWindow,
  ticket: Ticket,
  actor: Actor,
  now: number,
  outOfOrder: boolean,
): Outcome {
  const called = ticketWithStep(
    ticket,
    {
      at: now,
      action: 'called',
      window: held.config.number,
      serviceId: ticket.serviceId,
      by: actor.id,
      ...(outOfOrder ? { outOfOrder: true } : {}),
    },
    { state: 'called', window: held.config.number, targetWindow: null, calledAt: now, recalls: 0 },
  );
  const window = windowWith(
    held.state,
    { currentTicketId: ticket.id, normalStreak: streakAfterCall(held.state, ticket) },
    now,
  );
  return outcomeOf(state, [
    {
      type: 'ticket.called',
      actor: actor.id,
      ticket: called,
      window,
      ...(outOfOrder ? { audit: `called ${ticket.number} out of queue order at window ${held.config.number}` } : {}),
    },
  ]);
}

function requireFreeWindow(held: HeldWindow): Result<HeldWindow> {
  if (held.state.currentTicketId !== null) {
    return fail(
      'WINDOW_BUSY',
      `window ${held.config.number} still holds a ticket: finish, transfer or mark it no-show first`,
    );
  }
  return ok(held);
}

export function callNext(
  hall: HallIndex,
  state: HallState,
  number: number,
  actor: Actor,
  now: number,
): Result<Outcome> {
  const held = windowHeldBy(hall, state, number, actor);
  if (!held.ok) return held;
  const free = requireFreeWindow(held.value);
  if (!free.ok) return free;
  const next = selectNextTicket(
    held.value.config,
    held.value.state,
    state.tickets.values(),
    hall.config.policy,
    now,
    callableServicesAt(hall.config, now),
  );
  if (!next) return fail('NO_TICKET_WAITING', `nobody is waiting for window ${number}`);
  return ok(call(state, held.value, next, actor, now, false));
}

/** Calls a chosen ticket regardless of queue order: a right of its own, and audited. */
export function callTicket(
  hall: HallIndex,
  state: HallState,
  number: number,
  ticketId: string,
  actor: Actor,
  now: number,
): Result<Outcome> {
  if (!actor.canCallOutOfOrder && !actor.isAdmin) {
    return fail('FORBIDDEN', 'calling a ticket out of queue order needs the call-out-of-order permission');
  }
  const held = windowHeldBy(hall, state, number, actor);
  if (!held.ok) return held;
  const free = requireFreeWindow(held.value);
  if (!free.ok) return free;
  const ticket = state.tickets.get(ticketId);
  if (!ticket) return fail('UNKNOWN_TICKET', `no ticket ${ticketId} today`);
  if (!CALLABLE_STATES.includes(ticket.state))
    return fail('TICKET_NOT_CALLABLE', `ticket ${ticket.number} is ${ticket.state}`);
  if (!windowMayCall(held.value.config, ticket)) {
    return fail('SERVICE_NOT_SERVED_HERE', `window ${number} does not serve ticket ${ticket.number}`);
  }
  return ok(call(state, held.value, ticket, actor, now, true));
}

/** Announces the current ticket again; capped, with a cooldown so a double press is not a second recall. */
export function recall(hall: HallIndex, state: HallState, number: number, actor: Actor, now: number): Result<Outcome> {
  const found = ticketHeldAt(hall, state, number, actor, ['called'], 'recalled');
  if (!found.ok) return found;
  const { ticket: t } = found.value;
  const { max, cooldownSeconds } = hall.config.policy.recall;
  if (t.recalls >= max)
    return fail('RECALL_LIMIT_REACHED', `ticket ${t.number} was recalled ${t.recalls} times already (limit ${max})`);
  const lastAnnounced = t.history.findLast((s) => s.action === 'called' || s.action === 'recalled')?.at ?? 0;
  const waitMs = lastAnnounced + cooldownSeconds * 1000 - now;
  if (waitMs > 0)
    return fail('RECALL_COOLDOWN', `wait ${Math.ceil(waitMs / 1000)} s before recalling ${t.number} again`);
  const ticket = ticketWithStep(
    t,
    { at: now, action: 'recalled', window: number, serviceId: t.serviceId, by: actor.id },
    { recalls: t.recalls + 1 },
  );
  return ok(outcomeOf(state, [{ type: 'ticket.recalled', actor: actor.id, ticket }]));
}
