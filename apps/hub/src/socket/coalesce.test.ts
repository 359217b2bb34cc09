import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { coalesced } from './coalesce.ts';

describe('coalesced', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('runs the first call at once and folds a burst into one run at the end of the interval', () => {
    const fn = vi.fn();
    const push = coalesced(fn, 200);
    push();
    expect(fn).toHaveBeenCalledTimes(1);
    for (let i = 0; i < 50; i++) push();
    expect(fn).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(200);
    expect(fn).toHaveBeenCalledTimes(2);
    // Nothing more asked: nothing more run, and the next call runs at once again.
    vi.advanceTimersByTime(1000);
    expect(fn).toHaveBeenCalledTimes(2);
    push();
    expect(fn).toHaveBeenCalledTimes(3);
  });

  it('never lets the last call go unrun, and runs at most once per interval under steady calls', () => {
    const fn = vi.fn();
    const push = coalesced(fn, 100);
    for (let t = 0; t < 1000; t += 10) {
      push();
      vi.advanceTimersByTime(10);
    }
    expect(fn.mock.calls.length).toBeLessThanOrEqual(11);
    expect(fn.mock.calls.length).toBeGreaterThanOrEqual(9);
    push();
    vi.advanceTimersByTime(100);
    const after = fn.mock.calls.length;
    vi.advanceTimersByTime(500);
    expect(fn.mock.calls.length).toBe(after);
  });
});
