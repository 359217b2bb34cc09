import type { Ticket, WindowConfig, WindowState } from '@hall/protocol';
import type { Actor } from './actor.ts';
import type { HallIndex } from './hall-index.ts';
import { fail, ok, type Result } from './result.ts';
import { closedWindow, type HallState } from './state.ts';

export interface HeldWindow {
  config: WindowConfig;
  state: WindowState;
}

export function findWindow(hall: HallIndex, state: HallState, number: number): Result<HeldWindow> {
  const config = hall.windows.get(number);
  if (!config) return fail('UNKNOWN_WINDOW', `window ${number} is not in this hall`);
  return ok({ config, state: state.windows.get(number) ?? closedWindow(number, 0) });
}

/** The window, if it is open (or paused, when allowed) and the actor is its clerk or an admin. */
export function windowHeldBy(
  hall: HallIndex,
  state: HallState,
  number: number,
  actor: Actor,
  opts: { allowPaused?: boolean } = {},
): Result<HeldWindow> {
  const found = findWindow(hall, state, number);
  if (!found.ok) return found;
  const w = found.value.state;
  if (w.state === 'closed') return fail('WINDOW_CLOSED', `window ${number} is closed: open it first`);
  if (w.state === 'paused' && !opts.allowPaused) {
    return fail('WINDOW_PAUSED', `window ${number} is paused (${w.pauseReason ?? ''}): resume it first`);
  }
  if (w.clerkId !== actor.id && !actor.isAdmin) {
    return fail('WINDOW_HELD_BY_OTHER_CLERK', `window ${number} is open for ${w.clerkName ?? 'another clerk'}`);
  }
  return found;
}

/** The ticket the window holds, if it is in one of the given states. */
function currentTicket(
  state: HallState,
  window: WindowState,
  allowed: readonly Ticket['state'][],
  what: string,
): Result<Ticket> {
  const id = window.currentTicketId;
  const ticket = id === null ? undefined : state.tickets.get(id);
  if (!ticket) return fail('NO_CURRENT_TICKET', `window ${window.number} has no ticket to ${what}`);
  if (!allowed.includes(ticket.state)) {
    return fail('INVALID_TRANSITION', `ticket ${ticket.number} is ${ticket.state}: it cannot be ${what}`);
  }
  return ok(ticket);
}

/** The window, held by the actor, and the ticket it holds, if that ticket is in one of the given states. */
export function ticketHeldAt(
  hall: HallIndex,
  state: HallState,
  number: number,
  actor: Actor,
  allowed: readonly Ticket['state'][],
  what: string,
  opts: { allowPaused?: boolean } = {},
): Result<{ held: HeldWindow; ticket: Ticket }> {
  const held = windowHeldBy(hall, state, number, actor, opts);
  if (!held.ok) return held;
  const ticket = currentTicket(state, held.value.state, allowed, what);
  if (!ticket.ok) return ticket;
  return ok({ held: held.value, ticket: ticket.value });
}
