import { noticesBodySchema, type LocalizedText, type Notice, type NoticesBody } from '@hall/protocol';
import type { FieldIssue } from '@hall/hub-client';

/** A notice in the form: its end as the `datetime-local` text of this browser's clock, empty for none. */
export interface NoticeFormRow {
  id: string;
  text: LocalizedText;
  until: string;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** `datetime-local` text of an instant, in this browser's time zone (the console runs in the hall). */
export function localInputOf(ms: number): string {
  const d = new Date(ms);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

export const noticeRowOf = (n: Notice): NoticeFormRow => ({
  id: n.id,
  text: n.text,
  until: n.until === null ? '' : localInputOf(n.until),
});

/** The body of `PUT /api/v1/notices`, checked by the protocol's `noticesBodySchema`. */
export function noticesBodyOf(
  rows: readonly NoticeFormRow[],
): { ok: true; body: NoticesBody } | { ok: false; issues: FieldIssue[] } {
  const raw = {
    notices: rows.map((r) => ({
      id: r.id.trim(),
      text: r.text,
      until: r.until === '' ? null : new Date(r.until).getTime(),
    })),
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
