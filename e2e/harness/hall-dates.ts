/**
 * The one place the end-to-end tests take hall dates from. The e2e hubs run on a demo clock set to this day,
 * whatever day, hour or time zone the machine and its browsers are at, so no test depends on when it runs.
 *
 * `E2E_HALL_DAY` moves every test to another day (it must be a Wednesday that is a working day in the demo
 * hall's calendar), which is how the suite is checked for dates written into it by hand.
 */

/** The demo hall's time zone (apps/hub/config/demo-hall.json). */
export const HALL_TIME_ZONE = 'Asia/Shanghai';
const HALL_UTC_OFFSET = '+08:00';

/** The hall day the e2e hubs run on: a Wednesday, every regular and delay service open. */
export const HALL_DAY: string = process.env.E2E_HALL_DAY ?? '2026-11-25';

const DAY_MS = 86_400_000;

function utcMidnight(day: string): number {
  const at = Date.parse(`${day}T00:00:00Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day) || Number.isNaN(at)) throw new Error(`not a date: ${day}`);
  return at;
}

if (new Date(utcMidnight(HALL_DAY)).getUTCDay() !== 3) {
  throw new Error(`E2E_HALL_DAY must be a Wednesday (the tests use its evening and its Saturday), got ${HALL_DAY}`);
}

/** `day` plus `n` calendar days. */
export function addDays(day: string, n: number): string {
  return new Date(utcMidnight(day) + n * DAY_MS).toISOString().slice(0, 10);
}

/** The Saturday of the hall week (weekend service only). */
export const HALL_SATURDAY = addDays(HALL_DAY, 3);

/** The instant of a hall-local time (`"17:40"`) on the hall day, or on another day. */
export function hallAt(hhmm: string, day: string = HALL_DAY): number {
  const at = Date.parse(`${day}T${hhmm}:00${HALL_UTC_OFFSET}`);
  if (Number.isNaN(at)) throw new Error(`not a hall time: ${day} ${hhmm}`);
  return at;
}

/** `HALL_DEMO_START` for a hub that starts at a hall-local time. */
export function hallIso(hhmm: string, day: string = HALL_DAY): string {
  return new Date(hallAt(hhmm, day)).toISOString();
}

/** `Wed 25 Nov`: the day as the English UIs write it in a list of days. */
export function dayEn(day: string = HALL_DAY): string {
  return new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', weekday: 'short', day: 'numeric', month: 'short' })
    .format(utcMidnight(day))
    .replace(',', '');
}

/** `2026年11月25日`: the day as the Chinese UIs write it. */
export function dayZh(day: string = HALL_DAY): string {
  const [y] = day.split('-').map(Number);
  return `${y}年${monthDayZh(day)}`;
}

/** `11月25日`: the day in a list of days. */
export function monthDayZh(day: string = HALL_DAY): string {
  const [, m, d] = day.split('-').map(Number);
  return `${m}月${d}日`;
}
