import { z } from 'zod';
import { requestIdSchema } from './request-id.ts';

/** The five-level satisfaction rating (好差评) at every window, best first. */
export const RATING_LEVELS = [
  'very-satisfied',
  'satisfied',
  'basically-satisfied',
  'unsatisfied',
  'very-unsatisfied',
] as const;
export type RatingLevel = (typeof RATING_LEVELS)[number];

/** How a rating reached the hub. `timeout`: the citizen did not rate in time, stored as not rated. */
export const RATING_SOURCES = ['pad', 'tablet', 'keyboard', 'timeout'] as const;
export type RatingSource = (typeof RATING_SOURCES)[number];

/** The ratings that open a follow-up record for a supervisor. */
export const UNSATISFIED_LEVELS: readonly RatingLevel[] = ['unsatisfied', 'very-unsatisfied'];

export const ticketRatingSchema = z.object({
  level: z.union([z.enum(RATING_LEVELS), z.literal('not-rated')]),
  source: z.enum(RATING_SOURCES),
  at: z.number().int(),
  /** The clerk who served the ticket (the rating is theirs). */
  clerkId: z.string().nullable(),
  window: z.number().int(),
});
export type TicketRating = z.infer<typeof ticketRatingSchema>;

/** `POST /api/v1/windows/{n}/rate`, socket `window:rate` (+ `window`). */
export const rateBodySchema = z
  .object({
    requestId: requestIdSchema,
    level: z.enum(RATING_LEVELS),
    source: z.enum(['pad', 'tablet', 'keyboard']),
  })
  .strict();
export type RateBody = z.infer<typeof rateBodySchema>;

export const FOLLOW_UP_STATES = ['open', 'closed'] as const;

export const closeFollowUpBodySchema = z.object({ note: z.string().trim().min(1).max(500) }).strict();

export type { FollowUp } from './views/complaints.ts';
