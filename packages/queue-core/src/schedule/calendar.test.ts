import { describe, expect, it } from 'vitest';
import { dayKindOf, daysFrom } from './calendar.ts';

const holidays = { closed: ['2026-10-01', '2026-10-02'], workdays: ['2026-10-10'] };

describe('hall calendar', () => {
  it('works Monday to Friday and rests at the weekend', () => {
    expect(dayKindOf('2026-11-25', holidays)).toBe('working'); // Wednesday
    expect(dayKindOf('2026-11-28', holidays)).toBe('rest'); // Saturday
    expect(dayKindOf('2026-11-29', holidays)).toBe('rest'); // Sunday
  });

  it('closes on public holidays, also on a weekday', () => {
    expect(dayKindOf('2026-10-01', holidays)).toBe('closed'); // Thursday
  });

  it('works on a swapped Saturday (调休)', () => {
    expect(dayKindOf('2026-10-10', holidays)).toBe('working');
  });

  it('lists consecutive days with their kinds', () => {
    expect(daysFrom('2026-09-30', 3, holidays)).toEqual([
      { day: '2026-09-30', dayKind: 'working' },
      { day: '2026-10-01', dayKind: 'closed' },
      { day: '2026-10-02', dayKind: 'closed' },
    ]);
  });
});
