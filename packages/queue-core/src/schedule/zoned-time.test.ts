import { describe, expect, it } from 'vitest';
import { addDays, describeLocalTime, instantOf, localMomentOf, minutesOf, weekdayOf } from './zoned-time.ts';

const NY = 'America/New_York';
const SH = 'Asia/Shanghai';

describe('hall-local time', () => {
  it('reads an instant as a local date and minute', () => {
    expect(localMomentOf(Date.parse('2026-11-24T01:00:00Z'), SH)).toEqual({ date: '2026-11-24', minute: 9 * 60 });
    expect(localMomentOf(Date.parse('2026-11-24T16:30:00Z'), SH)).toEqual({ date: '2026-11-25', minute: 30 });
  });

  it('turns a local time into its instant, and midnight 24:00 into the next day', () => {
    expect(instantOf('2026-11-24', 9 * 60, SH)).toBe(Date.parse('2026-11-24T01:00:00Z'));
    expect(instantOf('2026-11-24', 1440, SH)).toBe(Date.parse('2026-11-24T16:00:00Z'));
  });

  it('follows the daylight-saving offset of the day', () => {
    expect(instantOf('2026-01-15', 9 * 60, NY)).toBe(Date.parse('2026-01-15T14:00:00Z'));
    expect(instantOf('2026-07-15', 9 * 60, NY)).toBe(Date.parse('2026-07-15T13:00:00Z'));
  });

  it('puts a time the clocks skip after the gap (spring forward, 02:00 → 03:00)', () => {
    // 2026-03-08 in New York: 02:30 does not exist; it answers 03:30 EDT, as if the clocks had not changed yet.
    expect(instantOf('2026-03-08', 150, NY)).toBe(Date.parse('2026-03-08T07:30:00Z'));
    expect(localMomentOf(instantOf('2026-03-08', 150, NY), NY)).toEqual({ date: '2026-03-08', minute: 210 });
    // Either side of the gap is exact.
    expect(instantOf('2026-03-08', 60, NY)).toBe(Date.parse('2026-03-08T06:00:00Z'));
    expect(instantOf('2026-03-08', 180, NY)).toBe(Date.parse('2026-03-08T07:00:00Z'));
  });

  it('takes the first of a time that happens twice (fall back, 02:00 → 01:00)', () => {
    // 2026-11-01 in New York: 01:30 happens at 05:30Z (EDT) and again at 06:30Z (EST).
    expect(instantOf('2026-11-01', 90, NY)).toBe(Date.parse('2026-11-01T05:30:00Z'));
    // That day has 25 hours.
    expect(instantOf('2026-11-01', 1440, NY) - instantOf('2026-11-01', 0, NY)).toBe(25 * 3600_000);
  });

  it('counts calendar days and weekdays without any time zone', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(weekdayOf('2026-11-25')).toBe(3); // a Wednesday
    expect(weekdayOf('2026-11-29')).toBe(0); // a Sunday
    expect(minutesOf('17:30')).toBe(1050);
    expect(minutesOf('24:00')).toBe(1440);
  });

  it('describes an instant as the hall reads it', () => {
    expect(describeLocalTime(Date.parse('2026-11-25T09:00:00Z'), SH)).toBe('2026-11-25 17:00 (Asia/Shanghai)');
  });
});
