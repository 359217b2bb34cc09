import type { ErrorCode } from '@hall/protocol';

/** What came back from one `ticket:issue` attempt. */
export type IssueOutcome =
  | { kind: 'issued' }
  | { kind: 'refused'; code: ErrorCode }
  /** A timeout or a lost connection: the hub may or may not have issued, so retry with the SAME id. */
  | { kind: 'no-answer' };

export type IssueDecision =
  { action: 'done' } | { action: 'retry'; afterMs: number } | { action: 'give-up'; code: ErrorCode | 'NO_ANSWER' };

/** Automatic attempts before the citizen is asked (the "try again" button keeps the same id). */
export const MAX_AUTO_ATTEMPTS = 4;

/** Refusals that may pass on a second try with the same request id; every other code is final. */
const RETRY_DELAY_MS: Partial<Record<ErrorCode, number>> = {
  CONFLICT: 300,
  RATE_LIMITED: 1_200,
  INTERNAL: 1_000,
};

/** `attempts` counts the attempts made so far, this one included. */
export function decideAfterIssue(outcome: IssueOutcome, attempts: number): IssueDecision {
  if (outcome.kind === 'issued') return { action: 'done' };
  const code = outcome.kind === 'refused' ? outcome.code : 'NO_ANSWER';
  const delay =
    outcome.kind === 'no-answer'
      ? 1_000 * attempts
      : RETRY_DELAY_MS[outcome.kind === 'refused' ? outcome.code : 'INTERNAL'];
  if (delay === undefined || attempts >= MAX_AUTO_ATTEMPTS) return { action: 'give-up', code };
  return { action: 'retry', afterMs: delay };
}

/**
 * Whether "try again" (same request id) can help after the kiosk gave up: yes when the hub was away or
 * busy; no when it refused the request itself (a used booking, an unknown code), where only going back
 * and changing the choice can.
 */
export function canRetryByHand(code: ErrorCode | 'NO_ANSWER'): boolean {
  return code === 'NO_ANSWER' || RETRY_DELAY_MS[code] !== undefined;
}
