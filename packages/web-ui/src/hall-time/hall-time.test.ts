import { describe, expect, test } from 'vitest';
import {
  dateLine,
  dayLabel,
  daysBetween,
  elapsedOf,
  hallClock,
  hallDate,
  hallDateTime,
  hallMoment,
  slotRange,
} from './hall-time.ts';

const SH = 'Asia/Shanghai';
/** An instant given as Shanghai wall-clock time (UTC+8, no daylight saving). */
const sh = (day: number, hour: number, minute = 0) => Date.UTC(2026, 10, day, hour - 8, minute);

describe('hall-local clock and date, whatever the device zone', () => {
  test('the hall-local midnight (16:00 UTC) moves the date, not UTC midnight', () => {
    expect(hallClock(sh(25, 18, 30), SH)).toBe('18:30');
    expect(hallDate(sh(26, 7), SH)).toBe('2026-11-26'); // still the 25th in UTC
    expect(hallDateTime(sh(24, 9, 31), SH)).toBe('2026-11-24 09:31');
    expect(hallDateTime(Date.UTC(2026, 10, 25, 16, 0), SH)).toBe('2026-11-26 00:00');
    expect(slotRange(sh(25, 18), sh(25, 18, 30), SH)).toBe('18:00–18:30');
  });

  test('another hall zone gives another clock for the same instant', () => {
    const at = Date.UTC(2026, 10, 25, 12, 0);
    expect(hallClock(at, SH)).toBe('20:00');
    expect(hallClock(at, 'Europe/Berlin')).toBe('13:00');
    expect(hallClock(at, 'America/New_York')).toBe('07:00');
  });
});

describe('a calendar date in words', () => {
  test('three languages, short and with the year', () => {
    expect(dayLabel('2026-11-25', 'zh-Hans')).toBe('11月25日 周三');
    expect(dayLabel('2026-11-25', 'zh-Hant')).toBe('11月25日 週三');
    expect(dayLabel('2026-11-25', 'en')).toBe('Wed 25 Nov');
    expect(dayLabel('2026-11-25', 'zh-Hans', { year: true })).toBe('2026年11月25日 周三');
    expect(dayLabel('2026-11-25', 'en', { year: true })).toBe('Wed 25 Nov 2026');
    expect(dayLabel('2026-11-25', 'zh-Hans', { year: true, weekday: 'long' })).toBe('2026年11月25日 星期三');
    expect(dayLabel('2026-11-29', 'en', { weekday: 'long' })).toBe('Sunday 29 Nov');
  });

  test("the display header's date line", () => {
    expect(dateLine('2026-11-25', 'zh-Hans')).toBe('2026年11月25日 星期三');
    expect(dateLine('2026-11-25', 'en')).toBe('Wed, 25 Nov 2026');
    expect(dateLine('2026-13-01', 'en')).toBeNull();
  });

  test('not a date: null', () => {
    expect(dayLabel('2026-02-30', 'en')).toBeNull();
    expect(dayLabel('25.11.2026', 'zh-Hans')).toBeNull();
  });
});

describe('an instant relative to the hall today', () => {
  test('today, tomorrow, across the hall-local midnight', () => {
    expect(hallMoment(sh(25, 17), '2026-11-25', SH)).toEqual({
      date: '2026-11-25',
      dayOffset: 0,
      weekday: 3,
      clock: '17:00',
    });
    // 07:00 Thursday in Shanghai is still Wednesday in UTC: the hall's calendar counts.
    expect(hallMoment(sh(26, 7), '2026-11-25', SH).dayOffset).toBe(1);
  });

  test('calendar days, not 24-hour spans, on the night the clocks go back (Berlin)', () => {
    // Monday 09:00 winter time (UTC+1) is 08:00 UTC: two calendar days after Saturday.
    expect(hallMoment(Date.UTC(2026, 9, 26, 8, 0), '2026-10-24', 'Europe/Berlin')).toMatchObject({
      dayOffset: 2,
      weekday: 1,
      clock: '09:00',
    });
    expect(daysBetween('2026-10-24', '2026-10-26')).toBe(2);
    expect(daysBetween('2026-11-26', '2026-11-25')).toBe(-1);
  });
});

describe('how long ago', () => {
  test('minutes, hours, days', () => {
    const t0 = Date.UTC(2026, 10, 25, 1, 0);
    expect(elapsedOf(t0, t0 + 59 * 60_000)).toEqual({ unit: 'minute', value: 59 });
    expect(elapsedOf(t0, t0 + 60 * 60_000)).toEqual({ unit: 'hour', value: 1 });
    expect(elapsedOf(t0, t0 + 47 * 3_600_000 + 59 * 60_000)).toEqual({ unit: 'hour', value: 47 });
    expect(elapsedOf(t0, t0 + 48 * 3_600_000)).toEqual({ unit: 'day', value: 2 });
    // A device clock behind the start never shows a negative age.
    expect(elapsedOf(t0, t0 - 5_000)).toEqual({ unit: 'minute', value: 0 });
  });
});
