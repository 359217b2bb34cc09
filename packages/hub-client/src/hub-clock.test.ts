import { describe, expect, it } from 'vitest';
import { clockOffsetFrom, hubTime } from './hub-clock.ts';

describe('hub clock', () => {
  it("keeps how far the screen's clock is from the hub's and shows the hub's time", () => {
    // The screen's clock is a day behind.
    const offset = clockOffsetFrom(1_764_000_000_000, 1_764_000_000_000 - 86_400_000);
    expect(offset).toBe(86_400_000);
    expect(hubTime(1_000, offset)).toBe(86_401_000);
  });

  it('reads an unusable serverTime as no offset (the local clock until a snapshot)', () => {
    expect(clockOffsetFrom(Number.NaN, 5)).toBe(0);
    expect(hubTime(5, 0)).toBe(5);
  });
});
