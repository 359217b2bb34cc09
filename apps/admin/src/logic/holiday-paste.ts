import type { HolidayCalendar } from '@hall/protocol';

/** One line the paste-in could not read, by its number (1-based) and its text. */
export interface PasteProblem {
  line: number;
  text: string;
}

export interface PastedHolidays {
  closed: string[];
  workdays: string[];
  problems: PasteProblem[];
}

const DATE = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
const CLOSED_MARKS = new Set(['休', '假', 'closed', 'off', 'holiday']);
const WORK_MARKS = new Set(['班', '上班', 'work', 'workday']);

/** `2026-1-5` → `2026-01-05` when it is a real calendar date; null otherwise. */
function calendarDate(text: string): string | null {
  const m = DATE.exec(text);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const at = new Date(Date.UTC(y, mo - 1, d));
  if (at.getUTCFullYear() !== y || at.getUTCMonth() !== mo - 1 || at.getUTCDate() !== d) return null;
  return at.toISOString().slice(0, 10);
}

/**
 * The year's holiday list as published (国务院办公厅通知, copied line by line): a date alone is a closed day,
 * `YYYY-MM-DD 休` closed, `YYYY-MM-DD 班` a swapped working day (调休). Blank lines and `#` comments are
 * skipped; a line it cannot read is reported, never guessed.
 */
export function parseHolidayPaste(text: string): PastedHolidays {
  const closed = new Set<string>();
  const workdays = new Set<string>();
  const problems: PasteProblem[] = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) return;
    const [first = '', mark, ...rest] = line.split(/[\s,，、\t]+/);
    const date = calendarDate(first);
    const kind =
      mark === undefined
        ? 'closed'
        : CLOSED_MARKS.has(mark.toLowerCase())
          ? 'closed'
          : WORK_MARKS.has(mark.toLowerCase())
            ? 'work'
            : null;
    if (date === null || kind === null || rest.length > 0) {
      problems.push({ line: i + 1, text: line });
      return;
    }
    if (kind === 'closed') closed.add(date);
    else workdays.add(date);
  });
  return { closed: [...closed].sort(), workdays: [...workdays].sort(), problems };
}

/** The calendar with the pasted days merged in: a day pasted as one kind leaves the other list. */
export function mergeHolidays(
  current: HolidayCalendar,
  pasted: Pick<PastedHolidays, 'closed' | 'workdays'>,
): HolidayCalendar {
  const closed = new Set(current.closed.filter((d) => !pasted.workdays.includes(d)));
  const workdays = new Set(current.workdays.filter((d) => !pasted.closed.includes(d)));
  pasted.closed.forEach((d) => closed.add(d));
  pasted.workdays.forEach((d) => workdays.add(d));
  return { closed: [...closed].sort(), workdays: [...workdays].sort() };
}

/** The calendar as the list's text, one date a line, the way the paste-in reads it back. */
export function formatHolidays(c: HolidayCalendar): string {
  return [...c.closed.map((d) => `${d} 休`), ...c.workdays.map((d) => `${d} 班`)].sort().join('\n');
}
