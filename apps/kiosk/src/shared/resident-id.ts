/**
 * Mainland China resident ID numbers (GB 11643-1999): 17 digits and a check character. Used by the kiosk
 * only to decide the elderly lane; the number itself is never stored, sent or printed.
 */

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
const CHECK_CHARS = '10X98765432';

export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

export type ResidentIdCheck =
  { ok: true; birthDate: CalendarDate } | { ok: false; reason: 'format' | 'check-digit' | 'birth-date' };

/** Removes spaces and dashes a scanner or a person may add, and upper-cases a trailing x. */
export function normalizeResidentId(input: string): string {
  return input.replace(/[\s-]/g, '').toUpperCase();
}

/** The check character for the first 17 digits. */
export function checkCharOf(first17: string): string {
  if (!/^\d{17}$/.test(first17)) throw new Error('the check character needs exactly 17 digits');
  let sum = 0;
  for (let i = 0; i < 17; i += 1) sum += Number(first17[i]) * (WEIGHTS[i] ?? 0);
  return CHECK_CHARS[sum % 11] ?? '';
}

/** A hall-local date "2026-11-25" (as `hallDate` gives it) as a calendar date. */
export function calendarDateOf(isoDate: string): CalendarDate {
  const [year = Number.NaN, month = Number.NaN, day = Number.NaN] = isoDate.split('-').map(Number);
  return { year, month, day };
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function compareDates(a: CalendarDate, b: CalendarDate): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}

function toCalendarDate(date: Date | CalendarDate): CalendarDate {
  return date instanceof Date ? { year: date.getFullYear(), month: date.getMonth() + 1, day: date.getDate() } : date;
}

/**
 * Checks the format, the check character and the birth date (a real date, from 1900, not after `today`).
 * Old 15-digit numbers are no longer valid documents and are refused as a format error. `today` is the hall's
 * date by the hub's clock (the kiosk passes it); there is no default, since the device's own clock may be off.
 */
export function checkResidentId(input: string, today: Date | CalendarDate): ResidentIdCheck {
  const id = normalizeResidentId(input);
  if (!/^\d{17}[\dX]$/.test(id)) return { ok: false, reason: 'format' };
  if (checkCharOf(id.slice(0, 17)) !== id[17]) return { ok: false, reason: 'check-digit' };
  const birthDate = { year: Number(id.slice(6, 10)), month: Number(id.slice(10, 12)), day: Number(id.slice(12, 14)) };
  const realDate =
    birthDate.year >= 1900 &&
    birthDate.month >= 1 &&
    birthDate.month <= 12 &&
    birthDate.day >= 1 &&
    birthDate.day <= daysInMonth(birthDate.year, birthDate.month);
  if (!realDate || compareDates(birthDate, toCalendarDate(today)) > 0) return { ok: false, reason: 'birth-date' };
  return { ok: true, birthDate };
}

/** Whole years of age on `date`; throws for a number that does not pass `checkResidentId`. */
export function ageOn(input: string, date: Date | CalendarDate): number {
  const on = toCalendarDate(date);
  const check = checkResidentId(input, on);
  if (!check.ok) throw new Error(`not a valid resident ID number (${check.reason})`);
  const born = check.birthDate;
  const hadBirthday = on.month > born.month || (on.month === born.month && on.day >= born.day);
  return on.year - born.year - (hadBirthday ? 0 : 1);
}

/** The age from which the elderly lane applies. */
export const ELDERLY_AGE = 60;
