import { noticeSchema, type Notice } from '@hall/protocol';
import { z } from 'zod';

export type { Notice };

const noticesBodySchema = z.object({ notices: z.array(z.unknown()) });

/**
 * Reads a notices body (`GET /api/v1/notices`, socket `hall:notices`) leniently: a malformed notice is
 * skipped, not the whole list; a body that is not a list of notices at all gives null.
 */
export function parseNotices(body: unknown): Notice[] | null {
  const parsed = noticesBodySchema.safeParse(body);
  if (!parsed.success) return null;
  const out: Notice[] = [];
  for (const n of parsed.data.notices) {
    const one = noticeSchema.safeParse(n);
    if (one.success) out.push(one.data);
  }
  return out;
}

/** The notices still in force at `hubNow`. */
export function activeNotices(notices: readonly Notice[], hubNow: number): Notice[] {
  return notices.filter((n) => n.until === null || n.until > hubNow);
}
