import { describe, expect, it } from 'vitest';
import { formatHallClock, formatHallTime, hallDate, hallMoment, hallToday } from './hall-time.ts';

describe('hall time', () => {
  it('formats in the hall time zone, 24-hour', () => {
    const at = Date.UTC(2026, 10, 24, 1, 31, 59);
    expect(formatHallTime(at, 'Asia/Shanghai')).toBe('2026-11-24 09:31');
    expect(formatHallTime(Date.UTC(2026, 10, 24, 16, 5), 'Asia/Shanghai')).toBe('2026-11-25 00:05');
    expect(formatHallTime(at, 'UTC')).toBe('2026-11-24 01:31');
  });

  it('gives the hall-local date', () => {
    expect(hallDate(Date.UTC(2026, 10, 24, 17, 0), 'Asia/Shanghai')).toEqual({ year: 2026, month: 11, day: 25 });
  });

  it('gives the clock time alone', () => {
    expect(formatHallClock(Date.UTC(2026, 10, 24, 10, 30), 'Asia/Shanghai')).toBe('18:30');
  });

  it('counts hall-local calendar days from today, across midnight', () => {
    const today = hallDate(Date.UTC(2026, 10, 25, 15, 30), 'Asia/Shanghai'); // Wed 23:30 in Shanghai
    expect(hallMoment(Date.UTC(2026, 10, 25, 16, 30), today, 'Asia/Shanghai')).toEqual({
      dayOffset: 1,
      weekday: 4,
      month: 11,
      day: 26,
      clock: '00:30',
    });
    // Across a month end.
    expect(hallMoment(Date.UTC(2026, 11, 1, 1, 0), today, 'Asia/Shanghai')).toMatchObject({ dayOffset: 6, weekday: 2 });
  });

  it("takes the hub's business day as today, the kiosk's clock only without one", () => {
    expect(hallToday('2026-11-25', Date.UTC(2030, 0, 1), 'Asia/Shanghai')).toEqual({ year: 2026, month: 11, day: 25 });
    expect(hallToday(null, Date.UTC(2026, 10, 24, 17, 0), 'Asia/Shanghai')).toEqual({ year: 2026, month: 11, day: 25 });
  });
});
