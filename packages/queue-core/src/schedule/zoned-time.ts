/**
 * Hall-local wall-clock time ↔ instants, for any IANA time zone, daylight-saving changes included.
 * Pure: the answers depend only on the arguments (and the tz database Intl carries).
 */
const MINUTE = 60_000;
const DAY_MS = 24 * 60 * MINUTE;

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** A hall-local date (`YYYY-MM-DD`) and the minute of that day (0–1439). */
export interface LocalMoment {
  date: string;
  minute: number;
}

export function localMomentOf(instant: number, timeZone: string): LocalMoment {
  const parts = formatterFor(timeZone).formatToParts(new Date(instant));
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '00';
  return {
    date: `${get('year')}-${get('month')}-${get('day')}`,
    minute: Number(get('hour')) * 60 + Number(get('minute')),
  };
}

function utcMidnightOf(date: string): number {
  const [y, m, d] = date.split('-').map(Number);
  return Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1);
}

/** `date` moved by whole days, on the calendar (not by 24 hours of some time zone). */
export function addDays(date: string, days: number): string {
  return new Date(utcMidnightOf(date) + days * DAY_MS).toISOString().slice(0, 10);
}

/** 0 = Sunday … 6 = Saturday, of the calendar date itself. */
export function weekdayOf(date: string): number {
  return new Date(utcMidnightOf(date)).getUTCDay();
}

/** Minutes the zone is ahead of UTC at an instant (Asia/Shanghai: 480). */
function offsetMinutesAt(instant: number, timeZone: string): number {
  const { date, minute } = localMomentOf(instant, timeZone);
  const local = utcMidnightOf(date) + minute * MINUTE;
  return Math.round((local - (instant - (instant % MINUTE))) / MINUTE);
}

/**
 * The instant a hall-local wall-clock time happens. `minute` may be 1440 (midnight ending the day).
 * When the clocks skip the time (spring forward) it answers as if the clocks had not changed yet,
 * which lands after the gap (02:30 in a 02:00→03:00 skip is 03:30); when the time happens twice (fall
 * back) it answers the first.
 */
export function instantOf(date: string, minute: number, timeZone: string): number {
  const naive = utcMidnightOf(date) + minute * MINUTE;
  const before = naive - offsetMinutesAt(naive - DAY_MS, timeZone) * MINUTE;
  const after = naive - offsetMinutesAt(naive + DAY_MS, timeZone) * MINUTE;
  const target = minute === 1440 ? { date: addDays(date, 1), minute: 0 } : { date, minute };
  const valid = [before, after].filter((c) => {
    const m = localMomentOf(c, timeZone);
    return m.date === target.date && m.minute === target.minute;
  });
  if (valid.length > 0) return Math.min(...valid);
  return before;
}

/** `HH:MM` → minutes of the day. */
export function minutesOf(clockTime: string): number {
  const [h, m] = clockTime.split(':').map(Number);
  return (h ?? 0) * 60 + (m ?? 0);
}

/** `2026-11-25 17:30 (Asia/Shanghai)`: an instant as people in the hall read it, for messages and logs. */
export function describeLocalTime(instant: number, timeZone: string): string {
  const { date, minute } = localMomentOf(instant, timeZone);
  const hh = String(Math.floor(minute / 60)).padStart(2, '0');
  const mm = String(minute % 60).padStart(2, '0');
  return `${date} ${hh}:${mm} (${timeZone})`;
}
