import type { CalendarDate } from '../../shared/resident-id.ts';

function parts(ms: number, timeZone: string): Record<string, string> {
  const fmt = new Intl.DateTimeFormat('en-US', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  });
  return Object.fromEntries(fmt.formatToParts(ms).map((p) => [p.type, p.value]));
}

/** "2026-11-24 09:31" in the hall's time zone, whatever the kiosk's own clock zone. */
export function formatHallTime(ms: number, timeZone: string): string {
  const p = parts(ms, timeZone);
  return `${p.year}-${p.month}-${p.day} ${p.hour}:${p.minute}`;
}

/** The hall-local calendar date, for ages. */
export function hallDate(ms: number, timeZone: string): CalendarDate {
  const p = parts(ms, timeZone);
  return { year: Number(p.year), month: Number(p.month), day: Number(p.day) };
}

/** "17:00" in the hall's time zone. */
export function formatHallClock(ms: number, timeZone: string): string {
  const p = parts(ms, timeZone);
  return `${p.hour}:${p.minute}`;
}

/** A moment as the hall's calendar sees it, relative to now: for "opens tomorrow 09:00". */
export interface HallMoment {
  /** Hall-local days from today: 0 today, 1 tomorrow (calendar days, not 24-hour spans). */
  dayOffset: number;
  /** 0 Sunday … 6 Saturday, of the hall-local date. */
  weekday: number;
  month: number;
  day: number;
  /** "09:00". */
  clock: string;
}

const dayNumber = (d: CalendarDate) => Date.UTC(d.year, d.month - 1, d.day) / 86_400_000;

/**
 * `today` is the hall's current date: the hub's business day where known (its clock is the one that
 * counts, and a demo hub may run on another date), else the kiosk's clock in the hall's time zone.
 */
export function hallMoment(ms: number, today: CalendarDate, timeZone: string): HallMoment {
  const at = hallDate(ms, timeZone);
  return {
    dayOffset: dayNumber(at) - dayNumber(today),
    weekday: new Date(Date.UTC(at.year, at.month - 1, at.day)).getUTCDay(),
    month: at.month,
    day: at.day,
    clock: formatHallClock(ms, timeZone),
  };
}

/** The hub's business day ("2026-11-25") as a date, or the kiosk's own hall-local date without one. */
export function hallToday(businessDay: string | null, now: number, timeZone: string): CalendarDate {
  const m = businessDay === null ? null : /^(\d{4})-(\d{2})-(\d{2})$/.exec(businessDay);
  if (!m) return hallDate(now, timeZone);
  return { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
}
