import { describe, expect, test } from 'vitest';
import { hallClockSeconds } from './hall-clock-seconds.ts';

describe('hall clock with seconds', () => {
  test('the hall zone, not the device zone, sets the hour; seconds are kept', () => {
    const at = Date.UTC(2026, 10, 25, 12, 3, 7, 900);
    expect(hallClockSeconds(at, 'Asia/Shanghai')).toBe('20:03:07');
    expect(hallClockSeconds(at, 'America/New_York')).toBe('07:03:07');
    expect(hallClockSeconds(Date.UTC(2026, 10, 25, 15, 59, 59), 'Asia/Shanghai')).toBe('23:59:59');
    expect(hallClockSeconds(Date.UTC(2026, 10, 25, 16, 0, 0), 'Asia/Shanghai')).toBe('00:00:00');
  });
});
