import { addDays } from '@hall/queue-core';

/** The first and last day of a month (YYYY-MM). */
export function daysOfMonth(month: string): { first: string; last: string } {
  const first = `${month}-01`;
  return { first, last: addDays(`${addDays(first, 31).slice(0, 7)}-01`, -1) };
}

/** Days from `from` to `to`, both included. */
export function daysIn(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000) + 1;
}

/** The whole months (YYYY-MM) from `from` to `to`, both days included; null when there is none. */
export function wholeMonthsIn(from: string, to: string): { first: string; last: string } | null {
  const first = from.endsWith('-01') ? from.slice(0, 7) : addDays(`${from.slice(0, 7)}-01`, 31).slice(0, 7);
  const last =
    daysOfMonth(to.slice(0, 7)).last === to ? to.slice(0, 7) : addDays(`${to.slice(0, 7)}-01`, -1).slice(0, 7);
  return first <= last ? { first, last } : null;
}

/** A real calendar date (the query schema only checks its shape). */
export const isCalendarDate = (day: string): boolean => addDays(day, 0) === day;
