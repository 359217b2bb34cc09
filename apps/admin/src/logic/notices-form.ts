import { noticesBodySchema, type LocalizedText, type Notice, type NoticesBody } from '@hall/protocol';
import { instantOf, localMomentOf } from '@hall/queue-core';
import type { FieldIssue } from '@hall/hub-client';

/**
 * A notice in the form: its start and end as `datetime-local` texts of the hall's clock (its configured time
 * zone, as every time in the console), empty for none.
 */
export interface NoticeFormRow {
  id: string;
  text: LocalizedText;
  from: string;
  until: string;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** `datetime-local` text of an instant as the hall's clock shows it. */
export function localInputOf(ms: number, timeZone: string): string {
  const { date, minute } = localMomentOf(ms, timeZone);
  return `${date}T${pad(Math.floor(minute / 60))}:${pad(minute % 60)}`;
}

/** The instant a `datetime-local` text names on the hall's clock; NaN when it is no such text. */
export function instantOfInput(text: string, timeZone: string): number {
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?$/.exec(text);
  if (!m) return Number.NaN;
  const [, date = '', hours = '', minutes = ''] = m;
  return instantOf(date, Number(hours) * 60 + Number(minutes), timeZone);
}

export const noticeRowOf = (n: Notice, timeZone: string): NoticeFormRow => ({
  id: n.id,
  text: n.text,
  from: n.from === null ? '' : localInputOf(n.from, timeZone),
  until: n.until === null ? '' : localInputOf(n.until, timeZone),
});

/** The body of `PUT /api/v1/notices`, checked by the protocol's `noticesBodySchema` (start before end too). */
export function noticesBodyOf(
  rows: readonly NoticeFormRow[],
  timeZone: string,
): { ok: true; body: NoticesBody } | { ok: false; issues: FieldIssue[] } {
  const instant = (text: string) => (text === '' ? null : instantOfInput(text, timeZone));
  const raw = {
    notices: rows.map((r) => ({ id: r.id.trim(), text: r.text, from: instant(r.from), until: instant(r.until) })),
  };
  const parsed = noticesBodySchema.safeParse(raw);
  return parsed.success
    ? { ok: true, body: parsed.data }
    : { ok: false, issues: parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })) };
}

/** An id for a new notice that no other has. */
export function newNoticeId(rows: readonly { id: string }[], now: number): string {
  const base = `notice-${now.toString(36)}`;
  let id = base;
  for (let i = 2; rows.some((r) => r.id === id); i++) id = `${base}-${i}`;
  return id;
}
