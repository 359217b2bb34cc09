import type { Actor } from './actor.ts';
import { outcomeOf, windowWith } from './changes.ts';
import type { HallIndex } from './hall-index.ts';
import { fail, ok, type Result } from './result.ts';
import type { HallState, Outcome } from './state.ts';
import { findWindow, windowHeldBy } from './window-guards.ts';

/** Opens a window for the acting clerk. Opening a window one already holds changes nothing. */
export function openWindow(
  hall: HallIndex,
  state: HallState,
  number: number,
  actor: Actor,
  now: number,
): Result<Outcome> {
  const found = findWindow(hall, state, number);
  if (!found.ok) return found;
  const w = found.value.state;
  if (w.state !== 'closed') {
    if (w.clerkId === actor.id) return ok(outcomeOf(state, []));
    return fail('WINDOW_HELD_BY_OTHER_CLERK', `window ${number} is already open for ${w.clerkName ?? 'another clerk'}`);
  }
  const window = windowWith(
    w,
    { state: 'open', clerkId: actor.id, clerkName: actor.name, pauseReason: null, normalStreak: 0 },
    now,
  );
  return ok(outcomeOf(state, [{ type: 'window.opened', actor: actor.id, window }]));
}

export function pauseWindow(
  hall: HallIndex,
  state: HallState,
  number: number,
  reason: string,
  actor: Actor,
  now: number,
): Result<Outcome> {
  const held = windowHeldBy(hall, state, number, actor);
  if (!held.ok) return held;
  const w = held.value.state;
  // The reason travels with the window state and into every WINDOW_PAUSED refusal: a pause always says why.
  const why = reason.trim();
  if (why === '') return fail('VALIDATION_FAILED', `pausing window ${number} needs a reason`);
  if (w.currentTicketId !== null) {
    return fail(
      'WINDOW_BUSY',
      `window ${number} still holds a ticket: finish, transfer or mark it no-show before a break`,
    );
  }
  const window = windowWith(w, { state: 'paused', pauseReason: why }, now);
  return ok(outcomeOf(state, [{ type: 'window.paused', actor: actor.id, window }]));
}

export function resumeWindow(
  hall: HallIndex,
  state: HallState,
  number: number,
  actor: Actor,
  now: number,
): Result<Outcome> {
  const held = windowHeldBy(hall, state, number, actor, { allowPaused: true });
  if (!held.ok) return held;
  const w = held.value.state;
  if (w.state !== 'paused') return fail('INVALID_TRANSITION', `window ${number} is not paused`);
  const window = windowWith(w, { state: 'open', pauseReason: null }, now);
  return ok(outcomeOf(state, [{ type: 'window.resumed', actor: actor.id, window }]));
}

export function closeWindow(
  hall: HallIndex,
  state: HallState,
  number: number,
  actor: Actor,
  now: number,
): Result<Outcome> {
  const held = windowHeldBy(hall, state, number, actor, { allowPaused: true });
  if (!held.ok) return held;
  const w = held.value.state;
  if (w.currentTicketId !== null) {
    return fail('WINDOW_BUSY', `window ${number} still holds a ticket: finish, transfer or mark it no-show first`);
  }
  const window = windowWith(w, { state: 'closed', clerkId: null, clerkName: null, pauseReason: null }, now);
  return ok(outcomeOf(state, [{ type: 'window.closed', actor: actor.id, window }]));
}
