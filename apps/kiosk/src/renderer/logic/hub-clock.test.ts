import { describe, expect, it } from 'vitest';
import { hallDate } from './hall-time.ts';
import { clockOffsetFrom, hubTime } from './hub-clock.ts';

const DAY = 86_400_000;
/** Wednesday 2026-11-25 10:00 in Shanghai. */
const HUB = Date.UTC(2026, 10, 25, 2, 0);

describe('the hub clock offset', () => {
  it('is the hub time minus the kiosk clock when the snapshot arrived', () => {
    expect(clockOffsetFrom(5_000, 4_000)).toBe(1_000);
    expect(clockOffsetFrom(4_000, 5_000)).toBe(-1_000);
  });

  it('gives the hub time later on, whatever the kiosk clock says', () => {
    for (const off of [DAY, -DAY, 7 * DAY, 0]) {
      const offset = clockOffsetFrom(HUB, HUB + off);
      // Five minutes later on the kiosk's clock is five minutes later on the hub's.
      expect(hubTime(HUB + off + 300_000, offset)).toBe(HUB + 300_000);
      expect(hallDate(hubTime(HUB + off, offset), 'Asia/Shanghai')).toEqual({ year: 2026, month: 11, day: 25 });
    }
  });

  it('is 0 (the kiosk clock) for a snapshot without a usable time', () => {
    expect(clockOffsetFrom(Number.NaN, 4_000)).toBe(0);
    expect(hubTime(4_000, 0)).toBe(4_000);
  });
});
