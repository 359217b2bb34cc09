import { describe, expect, test } from 'vitest';
import { dayLabel, fullDayLabel, hallClock, hallDay, slotRange } from './hall-time.ts';

const SH = 'Asia/Shanghai';

describe('slot times on the hall clock', () => {
  test('an evening slot in Shanghai reads in Shanghai time, whatever the runner zone', () => {
    const start = Date.parse('2026-11-25T18:00:00+08:00');
    expect(slotRange(start, start + 30 * 60_000, SH)).toBe('18:00–18:30');
    expect(hallClock(Date.parse('2026-11-25T10:05:00Z'), SH)).toBe('18:05');
  });

  test('midnight belongs to the new day; 23:59 to the old one', () => {
    expect(hallDay(Date.parse('2026-11-25T16:00:00Z'), SH)).toBe('2026-11-26');
    expect(hallDay(Date.parse('2026-11-25T15:59:59Z'), SH)).toBe('2026-11-25');
    expect(hallClock(Date.parse('2026-11-25T16:00:00Z'), SH)).toBe('00:00');
  });

  test('a hall in a zone with daylight saving: the same UTC hour reads one hour apart across the change', () => {
    const ny = 'America/New_York';
    // 2026-11-01 02:00 EDT → 01:00 EST. 14:00 UTC is 10:00 EDT before, 09:00 EST after.
    expect(hallClock(Date.parse('2026-10-31T14:00:00Z'), ny)).toBe('10:00');
    expect(hallClock(Date.parse('2026-11-02T14:00:00Z'), ny)).toBe('09:00');
    // A 30-minute slot straddling the fall-back hour: 01:30 EDT + 60 min is 01:30 EST.
    const start = Date.parse('2026-11-01T05:30:00Z');
    expect(slotRange(start, start + 30 * 60_000, ny)).toBe('01:30–01:00');
    expect(hallDay(Date.parse('2026-11-01T04:30:00Z'), ny)).toBe('2026-11-01');
  });
});

describe('day labels', () => {
  test('in the three languages, with the weekday of the date itself', () => {
    expect(dayLabel('2026-11-25', 'zh-Hans')).toBe('11月25日 周三');
    expect(dayLabel('2026-11-25', 'zh-Hant')).toBe('11月25日 週三');
    expect(dayLabel('2026-11-25', 'en')).toBe('Wed 25 Nov');
    expect(dayLabel('2026-11-29', 'zh-Hans')).toBe('11月29日 周日');
    expect(dayLabel('2027-01-01', 'en')).toBe('Fri 1 Jan');
  });

  test('with the year for the confirmation', () => {
    expect(fullDayLabel('2026-11-28', 'zh-Hans')).toBe('2026年11月28日 周六');
    expect(fullDayLabel('2026-11-28', 'en')).toBe('Sat 28 Nov 2026');
  });

  test('not a date: null rather than a wrong day', () => {
    expect(dayLabel('2026-02-30', 'zh-Hans')).toBeNull();
    expect(dayLabel('25.11.2026', 'en')).toBeNull();
    expect(fullDayLabel('', 'en')).toBeNull();
  });
});
