import type { Actor } from './actor.ts';
import { outcomeOf, ticketWithStep, windowWith } from './changes.ts';
import { windowServes, type HallIndex } from './hall-index.ts';
import { notRated } from './rating.ts';
import { fail, ok, type Result } from './result.ts';
import type { HallState, Outcome } from './state.ts';
import { findWindow, ticketHeldAt } from './window-guards.ts';

export function startService(
  hall: HallIndex,
  state: HallState,
  number: number,
  actor: Actor,
  now: number,
): Result<Outcome> {
  const found = ticketHeldAt(hall, state, number, actor, ['called'], 'started');
  if (!found.ok) return found;
  const { ticket: t } = found.value;
  const ticket = ticketWithStep(
    t,
    { at: now, action: 'started', window: number, serviceId: t.serviceId, by: actor.id },
    { state: 'serving', startedAt: now },
  );
  return ok(outcomeOf(state, [{ type: 'ticket.started', actor: actor.id, ticket }]));
}

export function finishService(
  hall: HallIndex,
  state: HallState,
  number: number,
  actor: Actor,
  now: number,
): Result<Outcome> {
  const found = ticketHeldAt(hall, state, number, actor, ['serving'], 'finished (start the service first)', {
    allowPaused: true,
  });
  if (!found.ok) return found;
  const { held, ticket: t } = found.value;
  const ticket = ticketWithStep(
    t,
    { at: now, action: 'finished', window: number, serviceId: t.serviceId, by: actor.id },
    { state: 'done', finishedAt: now, window: null },
  );
  // The citizen may now rate the service; a rating still pending from the citizen before is given up.
  const deadline = now + hall.config.policy.ratingTimeoutSeconds * 1000;
  const window = windowWith(
    held.state,
    { currentTicketId: null, ratingTicketId: ticket.id, ratingDeadline: deadline },
    now,
  );
  return ok(
    outcomeOf(state, [
      ...notRated(state, held.state, actor, now),
      { type: 'ticket.finished', actor: actor.id, ticket, window },
    ]),
  );
}

export function markNoShow(
  hall: HallIndex,
  state: HallState,
  number: number,
  actor: Actor,
  now: number,
): Result<Outcome> {
  const found = ticketHeldAt(hall, state, number, actor, ['called'], 'marked no-show', { allowPaused: true });
  if (!found.ok) return found;
  const { held, ticket: t } = found.value;
  const needed = hall.config.policy.noShowMinRecalls;
  if (t.recalls < needed) {
    return fail('NO_SHOW_TOO_EARLY', `recall ${t.number} ${needed - t.recalls} more time(s) before marking a no-show`);
  }
  const ticket = ticketWithStep(
    t,
    { at: now, action: 'no-show', window: number, serviceId: t.serviceId, by: actor.id },
    { state: 'no-show', finishedAt: now, window: null },
  );
  const window = windowWith(held.state, { currentTicketId: null }, now);
  return ok(outcomeOf(state, [{ type: 'ticket.no-show', actor: actor.id, ticket, window }]));
}

export interface TransferTarget {
  toServiceId?: string | undefined;
  toWindow?: number | undefined;
  note: string;
}

/**
 * Sends the citizen on to another service or a named window without a new number (one-thing-one-go):
 * the ticket waits again, keeps its queue position and its whole history.
 */
export function transferTicket(
  hall: HallIndex,
  state: HallState,
  number: number,
  target: TransferTarget,
  actor: Actor,
  now: number,
): Result<Outcome> {
  const found = ticketHeldAt(hall, state, number, actor, ['called', 'serving'], 'transferred', { allowPaused: true });
  if (!found.ok) return found;
  const { held, ticket: t } = found.value;
  const serviceId = target.toServiceId ?? t.serviceId;
  if (!hall.services.has(serviceId)) return fail('UNKNOWN_SERVICE', `no service ${serviceId} in this hall`);
  if (target.toWindow !== undefined) {
    const to = findWindow(hall, state, target.toWindow);
    if (!to.ok) return to;
    if (target.toWindow === number)
      return fail('INVALID_TRANSITION', 'a ticket cannot be transferred to the window that holds it');
    if (!windowServes(to.value.config, serviceId, t.lane)) {
      return fail(
        'SERVICE_NOT_SERVED_HERE',
        `window ${target.toWindow} does not serve ${serviceId} in the ${t.lane} lane`,
      );
    }
  } else if (serviceId === t.serviceId) {
    return fail('INVALID_TRANSITION', 'a transfer names another service or a window');
  }
  const ticket = ticketWithStep(
    t,
    { at: now, action: 'transferred', window: number, serviceId, by: actor.id, note: target.note },
    {
      state: 'transferred',
      serviceId,
      targetWindow: target.toWindow ?? null,
      window: null,
      queuedAt: now,
      calledAt: null,
      startedAt: null,
      recalls: 0,
    },
  );
  const window = windowWith(held.state, { currentTicketId: null }, now);
  return ok(outcomeOf(state, [{ type: 'ticket.transferred', actor: actor.id, ticket, window }]));
}
