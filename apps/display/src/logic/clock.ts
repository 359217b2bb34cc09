/** Dates and times as the hall reads them: in the hall's time zone, whatever the device's own zone is. */

const WEEKDAYS_ZH = ['星期日', '星期一', '星期二', '星期三', '星期四', '星期五', '星期六'];

interface Parts {
  year: string;
  month: string;
  day: string;
  hour: string;
  minute: string;
  weekday: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function partsOf(at: number, timeZone: string): Parts {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      weekday: 'short',
      hourCycle: 'h23',
    });
    formatters.set(timeZone, f);
  }
  const p: Record<string, string> = {};
  for (const part of f.formatToParts(at)) p[part.type] = part.value;
  const weekday = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'].indexOf(p.weekday ?? '');
  return {
    year: p.year ?? '',
    month: p.month ?? '',
    day: p.day ?? '',
    hour: p.hour ?? '',
    minute: p.minute ?? '',
    weekday,
  };
}

/** `2026-11-25`: the hall-local date (the business day of that instant). */
export function hallDate(at: number, timeZone: string): string {
  const p = partsOf(at, timeZone);
  return `${p.year}-${p.month}-${p.day}`;
}

/** `14:05`, 24-hour, in the hall's zone. */
export function hallTime(at: number, timeZone: string): string {
  const p = partsOf(at, timeZone);
  return `${p.hour}:${p.minute}`;
}

/** `2026年11月25日 星期三`. */
export function hallDateZh(at: number, timeZone: string): string {
  const p = partsOf(at, timeZone);
  return `${p.year}年${Number(p.month)}月${Number(p.day)}日 ${WEEKDAYS_ZH[p.weekday] ?? ''}`;
}

/** `Wed, 25 Nov 2026`, for the second-language line. */
export function hallDateEn(at: number, timeZone: string): string {
  return new Intl.DateTimeFormat('en-GB', {
    timeZone,
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
  }).format(at);
}

/** `09:00–09:30`: a booking slot in the hall's zone. */
export function slotRange(start: number, end: number, timeZone: string): string {
  return `${hallTime(start, timeZone)}–${hallTime(end, timeZone)}`;
}
