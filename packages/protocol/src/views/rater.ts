import { z } from 'zod';
import { localizedTextSchema } from '../localized.ts';
import { ticketRatingSchema } from '../rating.ts';

/** `GET /api/v1/rater/status`: the rating tablet's window and the ticket waiting for a rating, if any. */
export const raterStatusSchema = z.object({
  window: z.number().int(),
  names: localizedTextSchema.nullable(),
  clerkName: z.string().nullable(),
  pending: z.object({ ticketNumber: z.string(), deadline: z.number().int(), serverTime: z.number().int() }).nullable(),
});
export type RaterStatus = z.infer<typeof raterStatusSchema>;

/** `POST /api/v1/windows/{n}/rate` from a rating tablet: the rating back, not the ticket's history or holder. */
export const raterRateReplySchema = z.object({
  ticket: z.object({ id: z.string(), number: z.string(), rating: ticketRatingSchema.nullable() }).nullable(),
});
export type RaterRateReply = z.infer<typeof raterRateReplySchema>;
