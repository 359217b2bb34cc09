import { describe, expect, it } from 'vitest';
import { canRetryByHand, decideAfterIssue, MAX_AUTO_ATTEMPTS } from './issue-retry.ts';

describe('issue retries', () => {
  it('stops at once on success and on final refusals', () => {
    expect(decideAfterIssue({ kind: 'issued' }, 1)).toEqual({ action: 'done' });
    for (const code of ['BOOKING_ALREADY_USED', 'UNKNOWN_BOOKING', 'NUMBERS_EXHAUSTED', 'VALIDATION_FAILED'] as const)
      expect(decideAfterIssue({ kind: 'refused', code }, 1)).toEqual({ action: 'give-up', code });
  });

  it('retries a lost answer, a conflict and a rate limit, then gives up', () => {
    expect(decideAfterIssue({ kind: 'no-answer' }, 1)).toEqual({ action: 'retry', afterMs: 1_000 });
    expect(decideAfterIssue({ kind: 'no-answer' }, 2)).toEqual({ action: 'retry', afterMs: 2_000 });
    expect(decideAfterIssue({ kind: 'refused', code: 'RATE_LIMITED' }, 1)).toEqual({ action: 'retry', afterMs: 1_200 });
    expect(decideAfterIssue({ kind: 'refused', code: 'CONFLICT' }, 1).action).toBe('retry');
    expect(decideAfterIssue({ kind: 'no-answer' }, MAX_AUTO_ATTEMPTS)).toEqual({
      action: 'give-up',
      code: 'NO_ANSWER',
    });
    expect(decideAfterIssue({ kind: 'refused', code: 'CONFLICT' }, MAX_AUTO_ATTEMPTS).action).toBe('give-up');
  });
});

describe("the citizen's own retry", () => {
  it('is offered when the hub was away or busy, not when it refused the request', () => {
    expect(canRetryByHand('NO_ANSWER')).toBe(true);
    expect(canRetryByHand('RATE_LIMITED')).toBe(true);
    expect(canRetryByHand('BOOKING_ALREADY_USED')).toBe(false);
    expect(canRetryByHand('UNKNOWN_BOOKING')).toBe(false);
  });
});
