import { z } from 'zod';
import { maskPersonalNumbers } from './masking.ts';

/** The could-not-get-it-done desk (办不成事): a matter followed from open to resolved. */
export const COMPLAINT_STATES = ['open', 'coordinating', 'resolved'] as const;
export type ComplaintState = (typeof COMPLAINT_STATES)[number];

export const createComplaintBodySchema = z
  .object({
    /** The window (of kind `complaints`) where it was taken. */
    window: z.number().int().positive(),
    ticketId: z.string().max(40).optional(),
    /** Free text: whole phone and ID numbers in it are masked before the hub stores it. */
    matter: z.string().trim().min(2).max(1000).transform(maskPersonalNumbers),
    departments: z.array(z.string().trim().min(1).max(60).transform(maskPersonalNumbers)).max(10).default([]),
    /** Sent whole by the clerk's terminal; the hub stores them masked only. */
    contactName: z.string().trim().min(1).max(40).optional(),
    contactPhone: z.string().trim().min(3).max(20).optional(),
  })
  .strict();
export type CreateComplaintBody = z.infer<typeof createComplaintBodySchema>;

export const complaintProgressBodySchema = z
  .object({ state: z.enum(COMPLAINT_STATES), note: z.string().trim().min(1).max(1000).transform(maskPersonalNumbers) })
  .strict();
export type ComplaintProgressBody = z.infer<typeof complaintProgressBodySchema>;

export type { Complaint } from './views/complaints.ts';
