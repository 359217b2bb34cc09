import { z } from 'zod';

/**
 * Path parameters and query strings of the hub's HTTP API. Path parameters that do not match are not a
 * route at all (404), so the same patterns also appear in the hub's route paths.
 */
export const DAY_PATTERN = /^\d{4}-\d{2}-\d{2}$/;
const daySchema = z.string().regex(DAY_PATTERN, 'day must be YYYY-MM-DD');

/** `?day=YYYY-MM-DD`; the current business day when left out. */
export const dayQuerySchema = z.object({ day: daySchema.optional() });
export const bookingSlotsQuerySchema = z.object({ serviceId: z.string().default(''), day: daySchema });
/** `?after=<event id>`: the events after it (all of today's when left out). */
export const eventsQuerySchema = z.object({
  after: z.coerce
    .number()
    .int('after must be a whole number of 0 or more')
    .min(0, 'after must be a whole number of 0 or more')
    .default(0),
});
/** `?window=<number>`: a clerk names their could-not-get-it-done desk; supervisors may leave it out. */
export const complaintsQuerySchema = z.object({ window: z.string().optional() });

/** Ids of staff, devices, follow-ups and matters. */
export const ENTITY_ID_PATTERN = /^[A-Za-z0-9-]{1,60}$/;
export const entityIdParamsSchema = z.object({ id: z.string().regex(ENTITY_ID_PATTERN) });
/** A booking's code as people type it (the hub upper-cases it). */
export const BOOKING_CODE_PATTERN = /^[A-Za-z0-9]{4,20}$/;
export const bookingCodeParamsSchema = z.object({ code: z.string().regex(BOOKING_CODE_PATTERN) });
/** The code on a ticket slip's QR code (the phone status page). */
export const STATUS_CODE_PATTERN = /^[A-Za-z0-9]{6,20}$/;
export const statusCodeParamsSchema = z.object({ code: z.string().regex(STATUS_CODE_PATTERN) });
