import type { Locale } from '@hall/protocol';

const formatters = new Map<string, Intl.DateTimeFormat>();

function parts(ms: number, timeZone: string): Record<string, string> {
  let fmt = formatters.get(timeZone);
  if (!fmt) {
    fmt = new Intl.DateTimeFormat('en-US', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    formatters.set(timeZone, fmt);
  }
  return Object.fromEntries(fmt.formatToParts(ms).map((p) => [p.type, p.value]));
}

/** "18:30" on the hall's clock, whatever the phone's own time zone. */
export function hallClock(ms: number, timeZone: string): string {
  const p = parts(ms, timeZone);
  return `${p.hour}:${p.minute}`;
}

/** "18:00–18:30" on the hall's clock. */
export function slotRange(start: number, end: number, timeZone: string): string {
  return `${hallClock(start, timeZone)}–${hallClock(end, timeZone)}`;
}

/** The hall-local date "2026-11-25" of an instant. */
export function hallDay(ms: number, timeZone: string): string {
  const p = parts(ms, timeZone);
  return `${p.year}-${p.month}-${p.day}`;
}

const WEEKDAYS: Readonly<Record<Locale, readonly string[]>> = {
  'zh-Hans': ['周日', '周一', '周二', '周三', '周四', '周五', '周六'],
  'zh-Hant': ['週日', '週一', '週二', '週三', '週四', '週五', '週六'],
  en: ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'],
};
const MONTHS_EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * A hall-local date as people read it: "11月25日 周三", "11月25日 週三", "Wed 25 Nov". Computed from the date
 * itself (no time zone can shift it). Null for a string that is not a date.
 */
export function dayLabel(day: string, locale: Locale): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return null;
  const weekday = WEEKDAYS[locale][date.getUTCDay()] ?? '';
  if (locale === 'en') return `${weekday} ${d} ${MONTHS_EN[mo - 1] ?? ''}`;
  return `${mo}月${d}日 ${weekday}`;
}

/** The same with the year, for the confirmation and the result: "2026年11月25日 周三", "Wed 25 Nov 2026". */
export function fullDayLabel(day: string, locale: Locale): string | null {
  const short = dayLabel(day, locale);
  if (short === null) return null;
  const year = day.slice(0, 4);
  return locale === 'en' ? `${short} ${year}` : `${year}年${short}`;
}
