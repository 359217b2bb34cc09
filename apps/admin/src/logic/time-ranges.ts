import { timeRangeSchema, type TimeRange } from '@hall/protocol';

/** Opening hours as one line a person types: `08:30-12:00, 13:30-17:00`. */
export function formatRanges(ranges: readonly TimeRange[] | undefined): string {
  return (ranges ?? []).map((r) => `${r.from}-${r.to}`).join(', ');
}

export type RangesParse = { ok: true; ranges: TimeRange[] } | { ok: false; bad: string };

/**
 * The line back into ranges, each checked by the protocol's `timeRangeSchema` (HH:MM, ends after it starts);
 * the first piece that fails is returned so the form can say which. An empty line is no hours.
 */
export function parseRanges(text: string): RangesParse {
  const pieces = text
    .split(/[,，;；\n]+/)
    .map((p) => p.trim())
    .filter((p) => p !== '');
  const ranges: TimeRange[] = [];
  for (const piece of pieces) {
    const [from = '', to = '', ...extra] = piece.split(/\s*[-–~～至]\s*/);
    const parsed = timeRangeSchema.safeParse({ from: padHour(from), to: padHour(to) });
    if (extra.length > 0 || !parsed.success) return { ok: false, bad: piece };
    ranges.push(parsed.data);
  }
  return { ok: true, ranges };
}

/** `8:30` → `08:30`, as people write it. */
const padHour = (t: string): string => (/^\d:\d\d$/.test(t) ? `0${t}` : t);
