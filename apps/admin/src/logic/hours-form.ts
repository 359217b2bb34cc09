import type { HallConfig } from '@hall/protocol';
import { parseHolidayPaste } from './holiday-paste.ts';
import { parseRanges } from './time-ranges.ts';

export const HOUR_KINDS = ['regular', 'delay', 'weekend'] as const;

/** The hours page: the hall's three kinds of hours as typed lines, the holiday list as its text. */
export interface HoursFormValues {
  regular: string;
  delay: string;
  weekend: string;
  holidays: string;
}

export interface HoursProblem {
  field: keyof HoursFormValues;
  /** The piece of hours not understood, or the holiday list's line numbers. */
  detail: string;
}

/** The document with the hall's hours and holidays from the form, or what in the form is not understood. */
export function hoursDocument(
  c: HallConfig,
  v: HoursFormValues,
): { ok: true; document: HallConfig } | { ok: false; problems: HoursProblem[] } {
  const problems: HoursProblem[] = [];
  const schedule = { regular: [], delay: [], weekend: [] } as NonNullable<HallConfig['schedule']>;
  for (const kind of HOUR_KINDS) {
    const parsed = parseRanges(v[kind]);
    if (parsed.ok) schedule[kind] = parsed.ranges;
    else problems.push({ field: kind, detail: parsed.bad });
  }
  const holidays = parseHolidayPaste(v.holidays);
  if (holidays.problems.length > 0) {
    problems.push({ field: 'holidays', detail: holidays.problems.map((p) => p.line).join('、') });
  }
  if (problems.length > 0) return { ok: false, problems };
  return {
    ok: true,
    document: { ...c, schedule, holidays: { closed: holidays.closed, workdays: holidays.workdays } },
  };
}
