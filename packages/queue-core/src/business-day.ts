import { localMomentOf } from './schedule/zoned-time.ts';

/** The hall-local calendar date of an instant, as `YYYY-MM-DD`. */
export function localDateOf(instant: number, timeZone: string): string {
  return localMomentOf(instant, timeZone).date;
}

/**
 * The business day to issue numbers in. It only moves forward: when the wall clock steps back
 * (an NTP correction across midnight) the hall stays on the day it already opened, so a closed
 * day is never reopened and its numbers are never issued again.
 */
export function resolveBusinessDay(instant: number, timeZone: string, currentDay: string | null): string {
  const local = localDateOf(instant, timeZone);
  return currentDay !== null && currentDay > local ? currentDay : local;
}
