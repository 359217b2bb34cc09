import { describe, expect, it } from 'vitest';
import { formatHallTime, hallDate } from './hall-time.ts';

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
});
