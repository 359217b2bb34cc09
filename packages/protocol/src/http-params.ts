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

/** The most audit entries one page holds. */
export const AUDIT_PAGE_MAX = 200;
const wholeNumber = (name: string, min: number) =>
  z.coerce
    .number()
    .int(`${name} must be a whole number of ${min} or more`)
    .min(min, `${name} must be a whole number of ${min} or more`);
/**
 * `GET /api/v1/audit`: newest first, `before` is the `id` of the last entry of the page seen. `action`
 * ending in a dot (`staff.`) matches every action it starts; `since` is a time in ms.
 */
export const auditQuerySchema = z
  .object({
    action: z
      .string()
      .regex(/^[a-z][a-z0-9.-]{0,59}$/, 'action must be lower-case letters, digits, dots and dashes')
      .optional(),
    actor: z
      .string()
      .regex(/^[A-Za-z0-9-]{1,60}$/, 'actor must be 1–60 letters, digits and dashes')
      .optional(),
    since: wholeNumber('since', 0).optional(),
    before: wholeNumber('before', 1).optional(),
    limit: wholeNumber('limit', 1)
      .max(AUDIT_PAGE_MAX, `limit must be at most ${AUDIT_PAGE_MAX}`)
      .default(AUDIT_PAGE_MAX),
  })
  .strict();
export type AuditQuery = z.infer<typeof auditQuerySchema>;

/** Ids of staff, devices, follow-ups and matters. */
export const ENTITY_ID_PATTERN = /^[A-Za-z0-9-]{1,60}$/;
export const entityIdParamsSchema = z.object({ id: z.string().regex(ENTITY_ID_PATTERN) });
/** A booking's code as people type it (the hub upper-cases it). */
export const BOOKING_CODE_PATTERN = /^[A-Za-z0-9]{4,20}$/;
export const bookingCodeParamsSchema = z.object({ code: z.string().regex(BOOKING_CODE_PATTERN) });
/** The code on a ticket slip's QR code (the phone status page). */
export const STATUS_CODE_PATTERN = /^[A-Za-z0-9]{6,20}$/;
export const statusCodeParamsSchema = z.object({ code: z.string().regex(STATUS_CODE_PATTERN) });
