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
