import { z } from 'zod';

export const WINDOW_STATES = ['closed', 'open', 'paused'] as const;
export type WindowStateName = (typeof WINDOW_STATES)[number];

export const windowStateSchema = z.object({
  number: z.number().int(),
  state: z.enum(WINDOW_STATES),
  clerkId: z.string().nullable(),
  clerkName: z.string().nullable(),
  pauseReason: z.string().nullable(),
  /** The ticket this window has called or is serving. */
  currentTicketId: z.string().nullable(),
  /** Normal-lane calls since the last elderly call, for the k-normal-per-1-elderly rule. */
  normalStreak: z.number().int(),
  /** The ticket just finished here, waiting for the citizen's rating until `ratingDeadline`. */
  ratingTicketId: z.string().nullable().default(null),
  ratingDeadline: z.number().int().nullable().default(null),
  changedAt: z.number().int(),
  version: z.number().int(),
});
export type WindowState = z.infer<typeof windowStateSchema>;
