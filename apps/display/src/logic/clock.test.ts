import { describe, expect, test } from 'vitest';
import { hallDate, hallDateEn, hallDateZh, hallTime, slotRange } from './clock.ts';

describe('clock in the hall time zone', () => {
  // 2026-11-24T16:30:00Z is already 00:30 on the 25th in Shanghai.
  const at = Date.UTC(2026, 10, 24, 16, 30, 0);

  test('date and time follow the hall, not the device', () => {
    expect(hallDate(at, 'Asia/Shanghai')).toBe('2026-11-25');
    expect(hallDate(at, 'UTC')).toBe('2026-11-24');
    expect(hallTime(at, 'Asia/Shanghai')).toBe('00:30');
    expect(hallTime(at + 13.5 * 3600_000, 'Asia/Shanghai')).toBe('14:00');
  });

  test('Chinese and English dates with the weekday', () => {
    expect(hallDateZh(at, 'Asia/Shanghai')).toBe('2026年11月25日 星期三');
    expect(hallDateEn(at, 'Asia/Shanghai')).toBe('Wed, 25 Nov 2026');
  });

  test('a booking slot', () => {
    expect(slotRange(at + 8.5 * 3600_000, at + 9 * 3600_000, 'Asia/Shanghai')).toBe('09:00–09:30');
  });
});
