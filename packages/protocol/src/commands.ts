import { z } from 'zod';
import { asciiDigits } from './digits.ts';
import { maskPersonalNumbers } from './masking.ts';
import { rateBodySchema } from './rating.ts';
import { requestIdSchema } from './request-id.ts';
import { PRIORITY_GROUP_ID_PATTERN } from './priority-groups.ts';
import { LANES } from './ticket.ts';

const personalTextSchema = z.string().trim().min(1).max(40);

/** The last four digits of a phone, as typed (digits of any script read as ASCII). */
export const phoneLast4Schema = z
  .string()
  .max(8)
  .transform((raw) => asciiDigits(raw).trim())
  .pipe(z.string().regex(/^\d{4}$/, 'the last four digits of the phone number'));

export const issueTicketBodySchema = z
  .object({
    requestId: requestIdSchema,
    serviceId: z.string().min(1).max(40),
    lane: z.enum(LANES).default('normal'),
    /**
     * Required for the `priority` lane, refused in any other: a configured group's id. A kiosk may issue only
     * groups marked `selfDeclared`; the guidance desk any group.
     */
    priorityGroup: z.string().regex(PRIORITY_GROUP_ID_PATTERN).optional(),
    /** Required for the booking lane: the code the citizen got when booking. */
    bookingCode: z
      .string()
      .trim()
      .min(4)
      .max(20)
      .transform((code) => code.toUpperCase())
      .optional(),
    /**
     * The booking lane: the last four digits of the booking's phone, which the citizen types at the kiosk
     * (a code alone checks in only a booking made without a phone).
     */
    bookingPhoneLast4: phoneLast4Schema.optional(),
    /** Optional, and masked by the kiosk before sending: the hub refuses whole phone or ID numbers. */
    holder: z
      .object({
        name: personalTextSchema.optional(),
        phone: personalTextSchema.optional(),
        idNumber: personalTextSchema.optional(),
      })
      .strict()
      .optional(),
  })
  .strict()
  .refine((b) => b.lane !== 'booking' || b.bookingCode !== undefined, {
    path: ['bookingCode'],
    message: 'the booking lane needs a bookingCode',
  })
  .refine((b) => (b.lane === 'priority') === (b.priorityGroup !== undefined), {
    path: ['priorityGroup'],
    message: 'the priority lane needs a priorityGroup, and only the priority lane takes one',
  });
export type IssueTicketBody = z.infer<typeof issueTicketBodySchema>;

export const WINDOW_ACTIONS = [
  'open',
  'call-next',
  'call-ticket',
  'recall',
  'start',
  'finish',
  'no-show',
  'transfer',
  'pause',
  'resume',
  'close',
  'rate',
] as const;
export type WindowAction = (typeof WINDOW_ACTIONS)[number];

const plain = z.object({ requestId: requestIdSchema }).strict();

/** The body of each window action, the same over HTTP and socket.io (where `window` is added). */
export const windowActionBodySchemas = {
  open: plain,
  'call-next': plain,
  'call-ticket': z.object({ requestId: requestIdSchema, ticketId: z.string().min(1).max(40) }).strict(),
  recall: plain,
  start: plain,
  finish: plain,
  'no-show': plain,
  transfer: z
    .object({
      requestId: requestIdSchema,
      toServiceId: z.string().min(1).max(40).optional(),
      toWindow: z.number().int().positive().optional(),
      /** Whole phone and ID numbers in it are masked before the hub stores it (`maskPersonalNumbers`). */
      note: z
        .string()
        .trim()
        .min(1, 'a transfer needs a note for the next window')
        .max(500)
        .transform(maskPersonalNumbers),
    })
    .strict()
    .refine((b) => b.toServiceId !== undefined || b.toWindow !== undefined, {
      message: 'a transfer names a service (toServiceId), a window (toWindow), or both',
    }),
  /** The reason reaches the public wall display: whole phone and ID numbers in it are masked first. */
  pause: z
    .object({ requestId: requestIdSchema, reason: z.string().trim().min(1).max(200).transform(maskPersonalNumbers) })
    .strict(),
  resume: plain,
  close: plain,
  rate: rateBodySchema,
} as const satisfies Record<WindowAction, z.ZodType>;

export type WindowActionBody<A extends WindowAction> = z.infer<(typeof windowActionBodySchemas)[A]>;

/** A window command as the hub executes it, whichever face it came through. */
export type WindowCommand = {
  [A in WindowAction]: { action: A; window: number } & WindowActionBody<A>;
}[WindowAction];

export const windowNumberSchema = z.coerce.number().int().positive().max(999);

/** `GET /api/v1/kiosk/bookings/{code}?phoneLast4=`: the digits the citizen typed with the code. */
export const kioskBookingQuerySchema = z.object({ phoneLast4: phoneLast4Schema.optional() }).strict();
