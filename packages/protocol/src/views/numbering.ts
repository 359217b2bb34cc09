import { z } from 'zod';
import { NUMBER_DIGITS, NUMBERING_LEVELS } from '../ticket-number.ts';

/** One prefix's numbering today: how close it is to the last number of its width. */
export const prefixNumberingSchema = z.object({
  prefix: z.string(),
  numberDigits: z.literal(NUMBER_DIGITS),
  /** The services sharing the prefix, and so its daily sequence. */
  serviceIds: z.array(z.string()),
  /** The last sequence number issued today (0: none yet). */
  lastSeq: z.number().int().min(0),
  /** 999 or 9999: past it the numbers get one more digit. */
  lastOfWidth: z.number().int(),
  /** From this sequence number on the prefix is `low`. */
  warnAt: z.number().int(),
  level: z.enum(NUMBERING_LEVELS),
});

/** `GET /api/v1/numbering` (admin): every prefix of the hall, in config order. */
export const numberingReplySchema = z.object({
  businessDay: z.string(),
  prefixes: z.array(prefixNumberingSchema),
});
export type NumberingReply = z.infer<typeof numberingReplySchema>;
