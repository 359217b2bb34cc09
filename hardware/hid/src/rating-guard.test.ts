import { describe, expect, it } from 'vitest';
import { createRatingGuard } from './rating-guard.ts';

describe('createRatingGuard', () => {
  it('lets one rating per ticket through, until another ticket is pending', () => {
    const g = createRatingGuard(30_000);
    expect(g.check(1, 0)).toBe('send');
    g.sending(1);
    expect(g.check(1, 10)).toBe('in-flight');
    g.accepted(1, 'T1', 20);
    expect(g.check(1, 1_000)).toBe('already-rated');
    expect(g.check(2, 1_000)).toBe('send'); // windows are apart
    g.ticketPending(1, 'T1'); // the same ticket again re-arms nothing
    expect(g.check(1, 1_000)).toBe('already-rated');
    g.ticketPending(1, 'T2');
    expect(g.check(1, 1_000)).toBe('send');
  });

  it('lets presses through to the hub again after lockMs, and after a failure', () => {
    const g = createRatingGuard(30_000);
    g.sending(1);
    g.failed(1);
    expect(g.check(1, 0)).toBe('send');
    g.sending(1);
    g.accepted(1, 'T1', 0);
    expect(g.check(1, 29_999)).toBe('already-rated');
    expect(g.check(1, 30_000)).toBe('send');
    expect(g.lastRated(1)).toBe('T1');
  });
});
