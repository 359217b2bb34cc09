const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    formatters.set(timeZone, f);
  }
  return f;
}

/** The hall-local calendar date of an instant, as `YYYY-MM-DD`. */
export function localDateOf(instant: number, timeZone: string): string {
  const parts = formatterFor(timeZone).formatToParts(new Date(instant));
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')}`;
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
