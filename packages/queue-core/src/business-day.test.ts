import { describe, expect, it } from 'vitest';
import { localDateOf, resolveBusinessDay } from './business-day.ts';

const SHANGHAI = 'Asia/Shanghai';

describe('localDateOf', () => {
  it('is still the same hall day one second before local midnight (UTC 15:59:59)', () => {
    expect(localDateOf(Date.UTC(2025, 2, 3, 15, 59, 59), SHANGHAI)).toBe('2025-03-03');
  });

  it('is the next hall day at local midnight (UTC 16:00:00)', () => {
    expect(localDateOf(Date.UTC(2025, 2, 3, 16, 0, 0), SHANGHAI)).toBe('2025-03-04');
  });

  it('keeps the last millisecond of the day on that day', () => {
    expect(localDateOf(Date.UTC(2025, 2, 3, 16, 0, 0) - 1, SHANGHAI)).toBe('2025-03-03');
  });

  it('is the hall date, not the UTC date, in the early morning', () => {
    // 07:30 in Shanghai on 1 January is still 31 December in UTC.
    expect(localDateOf(Date.UTC(2024, 11, 31, 23, 30, 0), SHANGHAI)).toBe('2025-01-01');
  });

  it('crosses month and year ends and leap days', () => {
    expect(localDateOf(Date.UTC(2024, 1, 28, 16, 0, 0), SHANGHAI)).toBe('2024-02-29');
    expect(localDateOf(Date.UTC(2024, 1, 29, 16, 0, 0), SHANGHAI)).toBe('2024-03-01');
    expect(localDateOf(Date.UTC(2025, 11, 31, 16, 0, 0), SHANGHAI)).toBe('2026-01-01');
  });

  it('formats as zero-padded YYYY-MM-DD', () => {
    expect(localDateOf(Date.UTC(2025, 0, 4, 2, 0, 0), SHANGHAI)).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(localDateOf(Date.UTC(2025, 0, 4, 2, 0, 0), SHANGHAI)).toBe('2025-01-04');
  });

  it('depends on the time zone it is given', () => {
    const instant = Date.UTC(2025, 2, 3, 16, 30, 0);
    expect(localDateOf(instant, SHANGHAI)).toBe('2025-03-04');
    expect(localDateOf(instant, 'UTC')).toBe('2025-03-03');
    expect(localDateOf(instant, 'America/New_York')).toBe('2025-03-03');
  });
});

describe('resolveBusinessDay', () => {
  const beforeMidnight = Date.UTC(2025, 2, 3, 15, 59, 59);
  const atMidnight = Date.UTC(2025, 2, 3, 16, 0, 0);

  it('opens the local day when no day is open yet', () => {
    expect(resolveBusinessDay(beforeMidnight, SHANGHAI, null)).toBe('2025-03-03');
    expect(resolveBusinessDay(atMidnight, SHANGHAI, null)).toBe('2025-03-04');
  });

  it('stays on the current day during it', () => {
    expect(resolveBusinessDay(beforeMidnight, SHANGHAI, '2025-03-03')).toBe('2025-03-03');
  });

  it('moves forward at local midnight', () => {
    expect(resolveBusinessDay(atMidnight, SHANGHAI, '2025-03-03')).toBe('2025-03-04');
    expect(resolveBusinessDay(atMidnight + 3 * 86_400_000, SHANGHAI, '2025-03-03')).toBe('2025-03-07');
  });

  it('never goes back when the clock steps backwards across midnight', () => {
    // The hall opened 4 March at 00:00:00; an NTP correction puts the clock back two seconds.
    const day = resolveBusinessDay(atMidnight, SHANGHAI, '2025-03-03');
    expect(day).toBe('2025-03-04');
    expect(resolveBusinessDay(atMidnight - 2000, SHANGHAI, day)).toBe('2025-03-04');
    // Even a step back of several days keeps the day already opened.
    expect(resolveBusinessDay(atMidnight - 5 * 86_400_000, SHANGHAI, day)).toBe('2025-03-04');
  });

  it('follows a jittery clock without ever going back', () => {
    const readings = [0, 1500, -800, 2500, -3000, 4000, 86_403_000, -1000].map((d) => atMidnight - 2000 + d);
    let day: string | null = null;
    const seen: string[] = [];
    for (const r of readings) {
      day = resolveBusinessDay(r, SHANGHAI, day);
      seen.push(day);
    }
    for (let i = 1; i < seen.length; i++) expect((seen[i] ?? '') >= (seen[i - 1] ?? '')).toBe(true);
    expect(seen[0]).toBe('2025-03-03');
    expect(seen.at(-1)).toBe('2025-03-05');
  });
});
