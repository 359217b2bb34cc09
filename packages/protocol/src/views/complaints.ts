import { z } from 'zod';
import { COMPLAINT_STATES } from '../complaints.ts';
import { FOLLOW_UP_STATES, RATING_LEVELS } from '../rating.ts';

/** A could-not-get-it-done matter (`/api/v1/complaints`); contact data masked. */
export const complaintSchema = z.object({
  id: z.string(),
  window: z.number().int(),
  ticketId: z.string().nullable(),
  clerkId: z.string(),
  matter: z.string(),
  departments: z.array(z.string()),
  contactName: z.string().nullable(),
  contactPhone: z.string().nullable(),
  state: z.enum(COMPLAINT_STATES),
  createdAt: z.number().int(),
  updatedAt: z.number().int(),
  notes: z.array(z.object({ at: z.number().int(), by: z.string(), state: z.enum(COMPLAINT_STATES), text: z.string() })),
});
export type Complaint = z.infer<typeof complaintSchema>;

/** An unsatisfied rating, for a supervisor to call the citizen back or look into (`/api/v1/follow-ups`). */
export const followUpSchema = z.object({
  id: z.string(),
  ticketId: z.string(),
  ticketNumber: z.string(),
  window: z.number().int(),
  clerkId: z.string().nullable(),
  level: z.enum(RATING_LEVELS),
  state: z.enum(FOLLOW_UP_STATES),
  createdAt: z.number().int(),
  notes: z.array(z.object({ at: z.number().int(), by: z.string(), text: z.string() })),
});
export type FollowUp = z.infer<typeof followUpSchema>;
