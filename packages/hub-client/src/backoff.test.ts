import { describe, expect, it } from 'vitest';
import { backoffDelay, DEFAULT_BACKOFF } from './backoff.ts';

describe('backoffDelay', () => {
  it('starts at half a second and doubles to a cap of five seconds (plain delay at jitter 0.5)', () => {
    expect([1, 2, 3, 4, 5, 6, 20].map((n) => backoffDelay(n, 0.5))).toEqual([
      500, 1_000, 2_000, 4_000, 5_000, 5_000, 5_000,
    ]);
  });

  it('moves a delay by at most the jitter ratio either way, never above the cap', () => {
    expect(backoffDelay(1, 0)).toBe(400);
    expect(backoffDelay(1, 0.999_999)).toBe(600);
    expect(backoffDelay(10, 0.999_999)).toBe(DEFAULT_BACKOFF.maxMs);
    expect(backoffDelay(10, 0)).toBe(4_000);
  });

  it('never waits 30 s after a hub restart, however many tries failed', () => {
    for (let n = 1; n <= 1_000; n++) expect(backoffDelay(n, 1)).toBeLessThanOrEqual(5_000);
  });
});
