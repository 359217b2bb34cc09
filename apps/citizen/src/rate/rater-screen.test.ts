import type { RaterStatus } from '@hall/protocol';
import { describe, expect, test } from 'vitest';
import {
  afterStatus,
  nextPollDelay,
  RATER_TIMING,
  raterTokenKey,
  refusesToken,
  resultUntil,
  type RaterScreen,
} from './rater-screen.ts';

const status = (pending: string | null, clerkName: string | null = '李四'): RaterStatus => ({
  window: 1,
  names: null,
  clerkName,
  pending: pending === null ? null : { ticketNumber: pending, deadline: 2_000, serverTime: 1_000 },
});

describe('the rating tablet screens', () => {
  test('a pending rating asks; none shows the welcome with the clerk', () => {
    const start: RaterScreen = { kind: 'starting' };
    expect(afterStatus(start, status('A001'))).toEqual({ kind: 'asking', ticketNumber: 'A001', sending: false });
    expect(afterStatus(start, status(null))).toEqual({ kind: 'idle', clerkName: '李四' });
    expect(afterStatus(start, status(null, null))).toEqual({ kind: 'idle', clerkName: null });
  });

  test('a poll while asking for the same ticket keeps the screen (a press under way stays disabled)', () => {
    const sending: RaterScreen = { kind: 'asking', ticketNumber: 'A001', sending: true };
    expect(afterStatus(sending, status('A001'))).toBe(sending);
    expect(afterStatus(sending, status('A002'))).toEqual({ kind: 'asking', ticketNumber: 'A002', sending: false });
  });

  test('after a network problem the next poll asks again', () => {
    const shown: RaterScreen = { kind: 'result', result: 'network' };
    expect(afterStatus(shown, status('A001'))).toEqual({ kind: 'asking', ticketNumber: 'A001', sending: false });
  });
});

describe('the tablet timing', () => {
  test('a thank-you or "ended" stays 4 s; a network problem does not hold the screen', () => {
    expect(resultUntil('thanks', 10_000)).toBe(14_000);
    expect(resultUntil('ended', 10_000)).toBe(14_000);
    expect(resultUntil('network', 10_000)).toBe(10_000);
  });

  test('polls every 1.5 s, 3 s after no answer, and checks every second while a result shows', () => {
    expect(nextPollDelay('answered')).toBe(1_500);
    expect(nextPollDelay('failed')).toBe(3_000);
    expect(nextPollDelay('showing-result')).toBe(RATER_TIMING.resultCheckMs);
    expect(RATER_TIMING.resultCheckMs).toBeLessThan(RATER_TIMING.resultMs);
  });

  test('forgets the token on 401 and 403 only; keeps it per window', () => {
    expect([401, 403, 404, 429, 500].map(refusesToken)).toEqual([true, true, false, false, false]);
    expect(raterTokenKey(7)).toBe('hall.rater.7');
  });
});
