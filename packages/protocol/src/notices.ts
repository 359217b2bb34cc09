import { z } from 'zod';
import { localizedTextSchema } from './localized.ts';
import { maskPersonalNumbers } from './masking.ts';

/**
 * Hall notices the admin sets for the wall displays ("今日下午医保系统维护…"), each shown from `from` until
 * `until` by the hub's clock. The hub sends those not yet ended, so a display starts showing one on time.
 */
export const noticeSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9-]{1,40}$/),
    /** Shown on the public wall: whole phone and ID numbers in it are masked. */
    text: localizedTextSchema.transform((text) => ({
      'zh-Hans': maskPersonalNumbers(text['zh-Hans']),
      'zh-Hant': maskPersonalNumbers(text['zh-Hant']),
      en: maskPersonalNumbers(text.en),
    })),
    /** Shown from this instant (ms, the hub's clock); null for at once. */
    from: z.number().int().nullable().default(null),
    /** Shown until this instant (ms); null for until removed. */
    until: z.number().int().nullable().default(null),
  })
  .strict()
  .refine((n) => n.from === null || n.until === null || n.from < n.until, {
    message: 'a notice must start before it ends (from < until)',
    path: ['from'],
  });
export type Notice = z.infer<typeof noticeSchema>;

/** `PUT /api/v1/notices` replaces the whole list; `GET` and the socket push `hall:notices` carry it. */
export const noticesBodySchema = z.object({ notices: z.array(noticeSchema).max(10) }).strict();
export type NoticesBody = z.infer<typeof noticesBodySchema>;
