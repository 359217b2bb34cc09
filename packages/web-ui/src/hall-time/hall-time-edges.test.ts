import { describe, expect, test } from 'vitest';
import { dayLabel, hallClock, hallDate, slotRange } from './hall-time.ts';

// Cases that came with the booking page's own copy of these helpers (apps/book/src/logic/hall-time.ts):
// the second around the hall-local midnight, a zone with daylight saving, and dates with a one-digit day.
const SH = 'Asia/Shanghai';

describe('the hall-local midnight, to the second', () => {
  test('midnight belongs to the new day; 23:59:59 to the old one', () => {
    expect(hallDate(Date.parse('2026-11-25T16:00:00Z'), SH)).toBe('2026-11-26');
    expect(hallDate(Date.parse('2026-11-25T15:59:59Z'), SH)).toBe('2026-11-25');
    expect(hallClock(Date.parse('2026-11-25T16:00:00Z'), SH)).toBe('00:00');
  });
});

describe('a hall in a zone with daylight saving', () => {
  test('the same UTC hour reads one hour apart across the change', () => {
    const ny = 'America/New_York';
    // 2026-11-01 02:00 EDT → 01:00 EST. 14:00 UTC is 10:00 EDT before, 09:00 EST after.
    expect(hallClock(Date.parse('2026-10-31T14:00:00Z'), ny)).toBe('10:00');
    expect(hallClock(Date.parse('2026-11-02T14:00:00Z'), ny)).toBe('09:00');
    // A 30-minute slot straddling the fall-back hour: 01:30 EDT + 30 min is 01:00 EST.
    const start = Date.parse('2026-11-01T05:30:00Z');
    expect(slotRange(start, start + 30 * 60_000, ny)).toBe('01:30–01:00');
    expect(hallDate(Date.parse('2026-11-01T04:30:00Z'), ny)).toBe('2026-11-01');
  });
});

describe('day labels of other dates', () => {
  test('a Sunday, a Saturday with the year, a one-digit day in a new year', () => {
    expect(dayLabel('2026-11-29', 'zh-Hans')).toBe('11月29日 周日');
    expect(dayLabel('2026-11-28', 'zh-Hans', { year: true })).toBe('2026年11月28日 周六');
    expect(dayLabel('2026-11-28', 'en', { year: true })).toBe('Sat 28 Nov 2026');
    expect(dayLabel('2027-01-01', 'en')).toBe('Fri 1 Jan');
  });

  test('an empty string is not a date', () => {
    expect(dayLabel('', 'en', { year: true })).toBeNull();
  });
});
