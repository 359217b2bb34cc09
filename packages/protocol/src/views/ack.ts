import { z } from 'zod';
import { errorBodySchema } from '../errors.ts';

/**
 * A socket acknowledgement: `{ ok: true, ...payload }` or `{ ok: false, code, message }`. The payload
 * schema is an object schema; `ackSchema(z.object({}))` reads a bare `{ ok: true }`.
 */
export function ackSchema<T extends z.ZodObject>(payload: T) {
  return z.union([payload.extend({ ok: z.literal(true) }), errorBodySchema.extend({ ok: z.literal(false) })]);
}

/** `{ ok: true }`: logout, the kiosk's printer report. */
export const okReplySchema = z.object({ ok: z.literal(true) });
export type OkReply = z.infer<typeof okReplySchema>;
