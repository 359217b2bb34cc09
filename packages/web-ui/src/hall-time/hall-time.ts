/**
 * Dates and times as the hall reads them: always in the hall's time zone (from the hall config) and for an
 * instant on the hub's clock (hub time), never the device's clock or zone. A phone in another zone and a
 * kiosk PC with a wrong zone still show the hall's own clock. Which date an instant falls on is the domain
 * rule of `@hall/queue-core` (`localMomentOf`, `addDays`, `weekdayOf`); this file only puts it into words.
 */
import type { Locale } from '@hall/protocol';
import { addDays, localMomentOf, weekdayOf } from '@hall/queue-core';

const pad2 = (n: number) => String(n).padStart(2, '0');

/** "18:30", 24-hour, on the hall's clock. */
export function hallClock(instant: number, timeZone: string): string {
  const { minute } = localMomentOf(instant, timeZone);
  return `${pad2(Math.floor(minute / 60))}:${pad2(minute % 60)}`;
}

/** The hall-local date "2026-11-25" of an instant (the business day it falls on). */
export function hallDate(instant: number, timeZone: string): string {
  return localMomentOf(instant, timeZone).date;
}

/** "2026-11-25 09:31": date and clock, for staff screens and device footers. */
export function hallDateTime(instant: number, timeZone: string): string {
  return `${hallDate(instant, timeZone)} ${hallClock(instant, timeZone)}`;
}

/** "18:00–18:30": a booking slot on the hall's clock. */
export function slotRange(start: number, end: number, timeZone: string): string {
  return `${hallClock(start, timeZone)}–${hallClock(end, timeZone)}`;
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Whole calendar days from `from` to `to` (both "YYYY-MM-DD"): 1 for tomorrow, whatever daylight saving does. */
export function daysBetween(from: string, to: string): number {
  const utc = (d: string) => Date.UTC(Number(d.slice(0, 4)), Number(d.slice(5, 7)) - 1, Number(d.slice(8, 10)));
  return Math.round((utc(to) - utc(from)) / 86_400_000);
}

export interface DayLabelOptions {
  /** With the year: "2026年11月25日 周三", "Wed 25 Nov 2026". */
  year?: boolean;
  /** "周三"/"Wed" (default) or "星期三"/"Wednesday". */
  weekday?: 'short' | 'long';
}

const nameFormats = new Map<string, Intl.DateTimeFormat>();

/** Weekday and month names from Intl (CLDR), for a calendar date read in UTC so no zone can shift it. */
function namesOf(date: string, locale: Locale, weekday: 'short' | 'long'): { weekday: string; month: string } {
  const id = `${locale}|${weekday}`;
  let format = nameFormats.get(id);
  if (!format) {
    format = new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : locale, { timeZone: 'UTC', weekday, month: 'short' });
    nameFormats.set(id, format);
  }
  const parts = format.formatToParts(Date.UTC(+date.slice(0, 4), +date.slice(5, 7) - 1, +date.slice(8, 10)));
  return {
    weekday: parts.find((p) => p.type === 'weekday')?.value ?? '',
    month: parts.find((p) => p.type === 'month')?.value ?? '',
  };
}

/**
 * A hall-local calendar date as people read it: "11月25日 周三", "11月25日 週三", "Wed 25 Nov" (names from
 * Intl, the layout fixed so every screen and every ICU version agree). Null for a string that is not a date.
 */
export function dayLabel(date: string, locale: Locale, options: DayLabelOptions = {}): string | null {
  const m = DATE.exec(date);
  if (!m || addDays(date, 0) !== date) return null;
  const [year, month, day] = [m[1] ?? '', Number(m[2]), Number(m[3])];
  const names = namesOf(date, locale, options.weekday ?? 'short');
  if (locale === 'en') return `${names.weekday} ${day} ${names.month}${options.year ? ` ${year}` : ''}`;
  return `${options.year ? `${year}年` : ''}${month}月${day}日 ${names.weekday}`;
}

/**
 * The date line of a wall or header clock: "2026年11月25日 星期三", "Wed, 25 Nov 2026" (the display's header and
 * the e2e tests that read it). Null for a string that is not a date.
 */
export function dateLine(date: string, locale: Locale): string | null {
  if (locale !== 'en') return dayLabel(date, locale, { year: true, weekday: 'long' });
  const label = dayLabel(date, 'en', { year: true });
  return label === null ? null : label.replace(' ', ', ');
}

/** An instant placed on the hall's calendar relative to today: for "opens tomorrow 09:00". */
export interface HallMoment {
  /** The hall-local date "YYYY-MM-DD". */
  date: string;
  /** Hall-local calendar days from today: 0 today, 1 tomorrow (calendar days, not 24-hour spans). */
  dayOffset: number;
  /** 0 Sunday … 6 Saturday. */
  weekday: number;
  /** "09:00". */
  clock: string;
}

/**
 * `today` is the hall's current date: the hub's business day where known (its clock is the one that counts,
 * and a demo hub may run on another date), else `hallDate(hubNow, timeZone)`.
 */
export function hallMoment(instant: number, today: string, timeZone: string): HallMoment {
  const date = hallDate(instant, timeZone);
  return { date, dayOffset: daysBetween(today, date), weekday: weekdayOf(date), clock: hallClock(instant, timeZone) };
}

/** How long ago, compactly: minutes under an hour, hours under two days, then days. Hub times both. */
export interface Elapsed {
  unit: 'minute' | 'hour' | 'day';
  value: number;
}

export function elapsedOf(since: number, now: number): Elapsed {
  const minutes = Math.max(0, Math.floor((now - since) / 60_000));
  if (minutes < 60) return { unit: 'minute', value: minutes };
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return { unit: 'hour', value: hours };
  return { unit: 'day', value: Math.floor(hours / 24) };
}
