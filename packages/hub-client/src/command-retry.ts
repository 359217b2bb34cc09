import type { ErrorCode } from '@hall/protocol';
import type { HubFailureCode } from './hub-request-error.ts';

/**
 * What to do after one attempt of a command (issue a ticket, a window command). A command keeps the
 * request id it was first sent with until the hub answers: a lost answer is resent with the SAME id, so
 * the hub answers it from its request log instead of applying it twice.
 */

export type AttemptOutcome =
  | { kind: 'answered' }
  /** The hub refused it; `BAD_REPLY`: it answered something unreadable (final: a retry reads the same). */
  | { kind: 'refused'; code: ErrorCode | 'BAD_REPLY' }
  /** A timeout or a lost connection: the hub may or may not have applied it. */
  | { kind: 'no-answer' };

export type RetryDecision =
  | { action: 'done' }
  /** Send again, with the same request id, after `afterMs`. */
  | { action: 'retry'; afterMs: number }
  /** Stop and report `code`; `byHand`: a "try again" (same id) may still help. */
  | { action: 'give-up'; code: HubFailureCode; byHand: boolean };

/**
 * Refusals that may pass on another try with the same id, and the wait before it. Every other code is
 * final — PROTOCOL_VERSION_MISMATCH, UNAUTHENTICATED, a refused transition… — and is reported at once.
 */
export const RETRYABLE_REFUSALS: Readonly<Partial<Record<ErrorCode, number>>> = {
  CONFLICT: 300,
  RATE_LIMITED: 1_200,
  INTERNAL: 1_000,
  STORAGE_UNAVAILABLE: 1_000,
};

export interface RetryPolicy {
  /** Attempts (the last included) after which a retryable refusal is given up. */
  maxRefusedAttempts: number;
  /** Attempts after which a lost answer is given up; `Infinity`: until answered. */
  maxNoAnswerAttempts: number;
  /** The wait before resending a command whose answer was lost, after `attempts` attempts. */
  noAnswerDelayMs: (attempts: number) => number;
}

/** A kiosk: a citizen waits at the screen, so it asks them after a few seconds (the same id is kept). */
export const KIOSK_ISSUE_RETRY: RetryPolicy = {
  maxRefusedAttempts: 4,
  maxNoAnswerAttempts: 4,
  noAnswerDelayMs: (attempts) => 1_000 * attempts,
};

/** A clerk's window command: resent until answered (it must never run twice, nor be lost). */
export const COUNTER_COMMAND_RETRY: RetryPolicy = {
  maxRefusedAttempts: 6,
  maxNoAnswerAttempts: Infinity,
  noAnswerDelayMs: () => 1_200,
};

/** `attempts` counts the attempts made so far, this one included. */
export function decideAfterAttempt(outcome: AttemptOutcome, attempts: number, policy: RetryPolicy): RetryDecision {
  if (outcome.kind === 'answered') return { action: 'done' };
  if (outcome.kind === 'no-answer') {
    if (attempts >= policy.maxNoAnswerAttempts) return { action: 'give-up', code: 'NO_ANSWER', byHand: true };
    return { action: 'retry', afterMs: policy.noAnswerDelayMs(attempts) };
  }
  const wait = outcome.code === 'BAD_REPLY' ? undefined : RETRYABLE_REFUSALS[outcome.code];
  if (wait === undefined) return { action: 'give-up', code: outcome.code, byHand: false };
  if (attempts >= policy.maxRefusedAttempts) return { action: 'give-up', code: outcome.code, byHand: true };
  return { action: 'retry', afterMs: wait };
}

/**
 * Whether "try again" (same request id) can help after giving up: yes when the hub was away or busy; no
 * when it refused the request itself, where only changing the request can.
 */
export function canRetryByHand(code: HubFailureCode): boolean {
  return code === 'NO_ANSWER' || (code !== 'BAD_REPLY' && RETRYABLE_REFUSALS[code] !== undefined);
}
