import { describe, expect, it } from 'vitest';
import { canRetryByHand, COUNTER_COMMAND_RETRY, decideAfterAttempt, KIOSK_ISSUE_RETRY } from './command-retry.ts';

describe('command retry table', () => {
  it('is done once answered', () => {
    expect(decideAfterAttempt({ kind: 'answered' }, 1, KIOSK_ISSUE_RETRY)).toEqual({ action: 'done' });
  });

  it('resends a counter command whose answer was lost until it is answered', () => {
    for (const attempts of [1, 10, 1_000]) {
      expect(decideAfterAttempt({ kind: 'no-answer' }, attempts, COUNTER_COMMAND_RETRY)).toEqual({
        action: 'retry',
        afterMs: 1_200,
      });
    }
  });

  it('lets a kiosk ask the citizen after four lost answers, waiting longer each time before', () => {
    expect(decideAfterAttempt({ kind: 'no-answer' }, 1, KIOSK_ISSUE_RETRY)).toEqual({
      action: 'retry',
      afterMs: 1_000,
    });
    expect(decideAfterAttempt({ kind: 'no-answer' }, 3, KIOSK_ISSUE_RETRY)).toEqual({
      action: 'retry',
      afterMs: 3_000,
    });
    expect(decideAfterAttempt({ kind: 'no-answer' }, 4, KIOSK_ISSUE_RETRY)).toEqual({
      action: 'give-up',
      code: 'NO_ANSWER',
      byHand: true,
    });
  });

  it('retries a busy hub a few times, each refusal after its own wait', () => {
    const p = COUNTER_COMMAND_RETRY;
    expect(decideAfterAttempt({ kind: 'refused', code: 'CONFLICT' }, 1, p)).toEqual({ action: 'retry', afterMs: 300 });
    expect(decideAfterAttempt({ kind: 'refused', code: 'RATE_LIMITED' }, 5, p)).toEqual({
      action: 'retry',
      afterMs: 1_200,
    });
    expect(decideAfterAttempt({ kind: 'refused', code: 'RATE_LIMITED' }, 6, p)).toEqual({
      action: 'give-up',
      code: 'RATE_LIMITED',
      byHand: true,
    });
  });

  it('stops at once on a final refusal and reports it: another protocol version is never retried', () => {
    for (const code of ['PROTOCOL_VERSION_MISMATCH', 'UNAUTHENTICATED', 'WINDOW_BUSY', 'BAD_REPLY'] as const) {
      for (const policy of [COUNTER_COMMAND_RETRY, KIOSK_ISSUE_RETRY]) {
        expect(decideAfterAttempt({ kind: 'refused', code }, 1, policy)).toEqual({
          action: 'give-up',
          code,
          byHand: false,
        });
      }
    }
  });

  it('offers "try again" only where it can help', () => {
    expect(canRetryByHand('NO_ANSWER')).toBe(true);
    expect(canRetryByHand('RATE_LIMITED')).toBe(true);
    expect(canRetryByHand('BOOKING_ALREADY_USED')).toBe(false);
    expect(canRetryByHand('PROTOCOL_VERSION_MISMATCH')).toBe(false);
    expect(canRetryByHand('BAD_REPLY')).toBe(false);
  });
});
