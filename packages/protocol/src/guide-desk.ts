import { z } from 'zod';
import { printerStatusSchema, ticketPrintJobSchema } from './kiosk-print.ts';
import { requestIdSchema } from './request-id.ts';
import { LANES, maskedHolderSchema, TICKET_STATES, ticketBookingSchema, waitForecastSchema } from './ticket.ts';
import { TICKET_NUMBER_PATTERN } from './ticket-number.ts';

/**
 * The guidance desk (咨询引导台, `/guide`): staff at the entrance issue tickets for walk-ins (the same
 * `POST /api/v1/tickets` as a kiosk), find a ticket by its number, reprint a lost slip, move a waiting
 * ticket to another service, cancel one at the citizen's request, and send a citizen to the
 * could-not-get-it-done window. The hub prints on the desk's printer.
 */

/** A ticket's id: `<business day>/<number>`, sent URL-encoded in a path (`2026-11-25%2FA012`). */
export const TICKET_ID_PATTERN = /^\d{4}-\d{2}-\d{2}\/[A-Z][0-9]{3,5}$/;
export const ticketIdParamsSchema = z.object({
  id: z.string().regex(TICKET_ID_PATTERN, 'a ticket id: YYYY-MM-DD/A012'),
});

/** `GET /api/v1/tickets/lookup?number=A012`: today's ticket with that number. */
export const ticketLookupQuerySchema = z
  .object({
    number: z
      .string()
      .trim()
      .transform((n) => n.toUpperCase())
      .pipe(z.string().regex(TICKET_NUMBER_PATTERN, 'a ticket number such as A012')),
  })
  .strict();

/**
 * A ticket as the desk sees it: no history notes, the holder only as masked at issue, the status page's path
 * (printed again as the QR code of a reprint).
 * `reprints` counts the reprints made; `reprintsLeft` how many the policy still allows.
 */
export const deskTicketSchema = z.object({
  id: z.string(),
  number: z.string(),
  serviceId: z.string(),
  lane: z.enum(LANES),
  priorityGroup: z.string().nullable(),
  state: z.enum(TICKET_STATES),
  queueSeq: z.number().int(),
  issuedAt: z.number().int(),
  queuedAt: z.number().int(),
  window: z.number().int().nullable(),
  targetWindow: z.number().int().nullable(),
  holder: maskedHolderSchema.nullable(),
  /** A booking-lane ticket's slot (printed on its slip). */
  booking: ticketBookingSchema.nullable(),
  /** People before it who may be called first at the windows serving it (waiting tickets; else 0). */
  peopleAhead: z.number().int().min(0),
  /** The forecast wait of a waiting ticket, as a kiosk prints it; null for any other. */
  wait: waitForecastSchema.nullable(),
  /** The phone status page (its QR code on a reprint), as on the first slip; `statusUrl` under HALL_PUBLIC_URL. */
  statusPath: z.string(),
  statusUrl: z.string().url().optional(),
  reprints: z.number().int().min(0),
  reprintsLeft: z.number().int().min(0),
});
export type DeskTicket = z.infer<typeof deskTicketSchema>;

/** What a desk print answers: the ticket stays issued whatever the printer did. */
export const deskPrintResultSchema = z.object({
  ok: z.boolean(),
  status: printerStatusSchema,
  /** For the page, in Chinese and English: why nothing came out ("the desk printer is out of paper"). */
  message: z.string().optional(),
  /** Virtual printer only: the PNG preview of what was printed. */
  previewUrl: z.string().optional(),
});
export type DeskPrintResult = z.infer<typeof deskPrintResultSchema>;

/**
 * `POST /api/v1/desk/print`: the ticket just issued at the desk, laid out by the page with the kiosk's print
 * job builder (`@hall/web-ui`'s `buildPrintJob`), so it looks as a kiosk's. The hub checks the job's number.
 */
export const deskPrintBodySchema = z
  .object({ ticketId: z.string().regex(TICKET_ID_PATTERN), job: ticketPrintJobSchema })
  .strict();
export type DeskPrintBody = z.infer<typeof deskPrintBodySchema>;

/** `POST /api/v1/tickets/{id}/reprint`: the hub sets the reprint mark itself. */
export const reprintBodySchema = z.object({ requestId: requestIdSchema, job: ticketPrintJobSchema }).strict();
export type ReprintBody = z.infer<typeof reprintBodySchema>;
export const reprintReplySchema = z.object({
  ticket: deskTicketSchema,
  /** This reprint's place: 1 for the first. */
  reprint: z.number().int().min(1),
  print: deskPrintResultSchema,
});
export type ReprintReply = z.infer<typeof reprintReplySchema>;

/** `POST /api/v1/tickets/{id}/move`: the citizen took a number for the wrong service. */
export const moveTicketBodySchema = z
  .object({ requestId: requestIdSchema, toServiceId: z.string().min(1).max(40) })
  .strict();
export type MoveTicketBody = z.infer<typeof moveTicketBodySchema>;

/** `POST /api/v1/tickets/{id}/cancel`: the citizen gives the number up; the reason is kept in its history. */
export const cancelTicketBodySchema = z
  .object({ requestId: requestIdSchema, reason: z.string().trim().min(1).max(200) })
  .strict();
export type CancelTicketBody = z.infer<typeof cancelTicketBodySchema>;

/** `POST /api/v1/tickets/{id}/refer-complaints`: to the could-not-get-it-done window, with what went wrong. */
export const referComplaintsBodySchema = z
  .object({ requestId: requestIdSchema, note: z.string().trim().min(1).max(200) })
  .strict();
export type ReferComplaintsBody = z.infer<typeof referComplaintsBodySchema>;

/** The answer of move, cancel and refer: the ticket as it is now. */
export const deskCommandReplySchema = z.object({ ticket: deskTicketSchema });
export type DeskCommandReply = z.infer<typeof deskCommandReplySchema>;

/** `GET /api/v1/desk/printer`: the desk printer's state and, for the virtual one, its last ticket's preview. */
export const deskPrinterSchema = z.object({
  kind: z.enum(['virtual', 'tcp']),
  status: printerStatusSchema,
  lastPreviewUrl: z.string().nullable(),
  lastNumber: z.string().nullable(),
});
export type DeskPrinter = z.infer<typeof deskPrinterSchema>;
