import { REPORT_MAX_DAYS } from '@hall/protocol';
import { addDays } from '@hall/queue-core';
import { describe, expect, test } from 'vitest';
import { checkRange, daysIn, periodOf, stepPeriod } from './report-range.ts';

// Fixed calendar days: 2026-11-25 is a Wednesday.
const TODAY = '2026-11-25';

describe('periodOf', () => {
  test('a day is itself', () => {
    expect(periodOf('day', '2026-11-20', TODAY)).toEqual({ from: '2026-11-20', to: '2026-11-20' });
  });

  test('a past week runs Monday to Sunday, whatever day of it is picked', () => {
    for (const d of ['2026-11-16', '2026-11-19', '2026-11-22'])
      expect(periodOf('week', d, TODAY)).toEqual({ from: '2026-11-16', to: '2026-11-22' });
  });

  test('the running week and month end today', () => {
    expect(periodOf('week', TODAY, TODAY)).toEqual({ from: '2026-11-23', to: TODAY });
    expect(periodOf('month', TODAY, TODAY)).toEqual({ from: '2026-11-01', to: TODAY });
  });

  test('a past month is the whole month, February of a leap year too', () => {
    expect(periodOf('month', '2026-10-09', TODAY)).toEqual({ from: '2026-10-01', to: '2026-10-31' });
    expect(periodOf('month', '2024-02-10', TODAY)).toEqual({ from: '2024-02-01', to: '2024-02-29' });
    expect(periodOf('month', '2025-12-31', TODAY)).toEqual({ from: '2025-12-01', to: '2025-12-31' });
  });

  test('a day after today is taken as today', () => {
    expect(periodOf('day', '2026-12-01', TODAY)).toEqual({ from: TODAY, to: TODAY });
  });

  test('a week across a new year', () => {
    expect(periodOf('week', '2026-01-01', TODAY)).toEqual({ from: '2025-12-29', to: '2026-01-04' });
  });
});

describe('stepPeriod', () => {
  test('back and forth by a day, a week, a month', () => {
    expect(stepPeriod('day', '2026-11-20', -1, TODAY)).toBe('2026-11-19');
    expect(stepPeriod('week', '2026-11-19', -1, TODAY)).toBe('2026-11-09');
    expect(stepPeriod('week', '2026-11-19', 1, TODAY)).toBe('2026-11-23');
    expect(stepPeriod('month', '2026-11-19', -1, TODAY)).toBe('2026-10-01');
    expect(stepPeriod('month', '2026-01-19', -1, TODAY)).toBe('2025-12-01');
    expect(stepPeriod('month', '2025-12-19', 1, TODAY)).toBe('2026-01-01');
  });

  test('never into a period that starts after today', () => {
    expect(stepPeriod('day', TODAY, 1, TODAY)).toBeNull();
    expect(stepPeriod('week', '2026-11-24', 1, TODAY)).toBeNull();
    expect(stepPeriod('month', '2026-11-02', 1, TODAY)).toBeNull();
  });
});

describe('checkRange', () => {
  test('a sound range passes', () => {
    expect(checkRange({ from: '2026-01-01', to: '2026-11-25' }, TODAY)).toBeNull();
    expect(checkRange({ from: TODAY, to: TODAY }, TODAY)).toBeNull();
  });

  test('each problem is named', () => {
    expect(checkRange({ from: '2026-02-30', to: TODAY }, TODAY)).toBe('not-a-day');
    expect(checkRange({ from: '', to: TODAY }, TODAY)).toBe('not-a-day');
    expect(checkRange({ from: '2026-11-20', to: '2026-11-19' }, TODAY)).toBe('to-before-from');
    expect(checkRange({ from: '2026-11-20', to: '2026-11-26' }, TODAY)).toBe('after-today');
  });

  test('at most REPORT_MAX_DAYS days', () => {
    const from = addDays(TODAY, -(REPORT_MAX_DAYS - 1));
    expect(daysIn({ from, to: TODAY })).toBe(REPORT_MAX_DAYS);
    expect(checkRange({ from, to: TODAY }, TODAY)).toBeNull();
    expect(checkRange({ from: addDays(from, -1), to: TODAY }, TODAY)).toBe('too-long');
  });
});
