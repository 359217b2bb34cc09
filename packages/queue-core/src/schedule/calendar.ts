import type { DayKind, HolidayCalendar } from '@hall/protocol';
import { addDays, weekdayOf } from './zoned-time.ts';

/**
 * A public holiday is closed; a swapped working day (调休) is a working day even on a weekend;
 * otherwise Monday to Friday work and the weekend rests.
 */
export function dayKindOf(date: string, holidays: HolidayCalendar): DayKind {
  if (holidays.closed.includes(date)) return 'closed';
  if (holidays.workdays.includes(date)) return 'working';
  const weekday = weekdayOf(date);
  return weekday === 0 || weekday === 6 ? 'rest' : 'working';
}

/** `count` consecutive dates from `first`, each with its kind. */
export function daysFrom(first: string, count: number, holidays: HolidayCalendar): { day: string; dayKind: DayKind }[] {
  return Array.from({ length: count }, (_, i) => {
    const day = addDays(first, i);
    return { day, dayKind: dayKindOf(day, holidays) };
  });
}
