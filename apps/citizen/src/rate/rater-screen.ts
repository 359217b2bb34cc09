import type { RaterStatus } from '@hall/protocol';

/**
 * What the rating tablet shows, and how it moves from one screen to the next. Pure: the page feeds in the
 * hub's answers and the time; `RatePage` does the calls and the timers.
 */
export type RaterScreen =
  | { kind: 'starting' }
  | { kind: 'setup'; reason: 'no-token' | 'refused' }
  | { kind: 'idle'; clerkName: string | null }
  | { kind: 'asking'; ticketNumber: string; sending: boolean }
  | { kind: 'result'; result: RateResult };

/** After a press: rated; the hub refused it (the time to rate had passed, or no longer this tablet's); no answer. */
export type RateResult = 'thanks' | 'ended' | 'network';

export const RATER_TIMING = {
  /** The rater status is read this often while the tablet waits for a finished service. */
  pollMs: 1_500,
  /** After a poll without an answer. */
  afterErrorMs: 3_000,
  /** The thank-you (or "ended") stays this long before the tablet polls again. */
  resultMs: 4_000,
  /** While it stays, the tablet checks this often whether the time is up. */
  resultCheckMs: 1_000,
} as const;

/**
 * The screen after a status: a pending rating asks for one (the same ticket keeps its screen, so a press
 * under way is not reset by the next poll); none → the welcome with the clerk's name.
 */
export function afterStatus(prev: RaterScreen, status: RaterStatus): RaterScreen {
  const pending = status.pending;
  if (pending === null) return { kind: 'idle', clerkName: status.clerkName };
  if (prev.kind === 'asking' && prev.ticketNumber === pending.ticketNumber) return prev;
  return { kind: 'asking', ticketNumber: pending.ticketNumber, sending: false };
}

/** A refused or accepted rating holds its screen for `resultMs`; a network problem lets the next poll ask again. */
export function resultUntil(result: RateResult, now: number): number {
  return result === 'network' ? now : now + RATER_TIMING.resultMs;
}

/** The delay before the next status poll: a result on screen waits its time out; otherwise the poll rhythm. */
export function nextPollDelay(outcome: 'answered' | 'failed' | 'showing-result'): number {
  if (outcome === 'showing-result') return RATER_TIMING.resultCheckMs;
  return outcome === 'answered' ? RATER_TIMING.pollMs : RATER_TIMING.afterErrorMs;
}

/** A 401 or 403 means the token is not (or no longer) this window's tablet: forget it and ask staff for one. */
export const refusesToken = (status: number): boolean => status === 401 || status === 403;

/** Where the tablet keeps its token: one key per window, so one browser can be set up for another window. */
export const raterTokenKey = (window: number): string => `hall.rater.${window}`;
