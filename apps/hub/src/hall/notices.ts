import { noticeSchema, type Notice, type NoticesBody } from '@hall/protocol';
import type { HallStore } from '@hall/store';

const KEY = 'notices';

/** The hall notices still in force at `now` (expired ones are simply not shown). */
export function currentNotices(store: HallStore, now: number): NoticesBody {
  const raw = store.meta.json(KEY);
  const all: Notice[] = Array.isArray(raw)
    ? raw.flatMap((n: unknown) => {
        const parsed = noticeSchema.safeParse(n);
        return parsed.success ? [parsed.data] : [];
      })
    : [];
  return { notices: all.filter((n) => n.until === null || n.until > now) };
}

export function saveNotices(store: HallStore, body: NoticesBody): void {
  store.meta.setJson(KEY, body.notices);
}
