import type { DayKind, HallConfig } from '@hall/protocol';
import { addDays, dayKindOf, spansOn, weekdayOf } from '@hall/queue-core';

/** One day of the calendar view: its kind and how many services take tickets in each kind of hours. */
export interface CalendarDay {
  day: string;
  dayKind: DayKind;
  /** The day is a weekend day worked in exchange (调休) or a weekday closed for a holiday. */
  swapped: boolean;
  regularServices: number;
  delayServices: number;
}

export interface CalendarMonth {
  /** `YYYY-MM`. */
  month: string;
  /** Empty slots before the first day, for a grid starting on Monday. */
  leadingBlanks: number;
  days: CalendarDay[];
}

/**
 * The next `count` months from `today`'s month, each day as the queue engine's schedule rules see it
 * (`dayKindOf`, `spansOn`): the calendar shows what the kiosk will do, never a copy of the rules.
 */
export function openingCalendar(
  hall: HallConfig,
  today: string,
  count: number,
  /** Count only these services (one zone's, or one service); all of the hall's without. */
  serviceIds?: readonly string[],
): CalendarMonth[] {
  const services = serviceIds ?? hall.services.map((s) => s.id);
  const months: CalendarMonth[] = [];
  let first = `${today.slice(0, 7)}-01`;
  for (let m = 0; m < count; m++) {
    const month = first.slice(0, 7);
    const days: CalendarDay[] = [];
    for (let d = first; d.startsWith(month); d = addDays(d, 1)) days.push(dayOf(hall, d, services));
    months.push({ month, leadingBlanks: (weekdayOf(first) + 6) % 7, days });
    first = addDays(first, days.length);
  }
  return months;
}

function dayOf(hall: HallConfig, day: string, services: readonly string[]): CalendarDay {
  const dayKind = dayKindOf(day, hall.holidays);
  const weekend = [0, 6].includes(weekdayOf(day));
  let regularServices = 0;
  let delayServices = 0;
  for (const id of services) {
    const spans = spansOn(hall, id, day);
    if (spans.some((x) => x.session === 'regular')) regularServices++;
    if (spans.some((x) => x.session === 'delay')) delayServices++;
  }
  const swapped = (weekend && dayKind === 'working') || (!weekend && dayKind === 'closed');
  return { day, dayKind, swapped, regularServices, delayServices };
}
