import { z } from 'zod';
import { ticketRatingSchema } from './rating.ts';

/**
 * `priority` is a configured priority group's lane (veterans, people with disabilities…), with the group named
 * in `priorityGroup` (see priority-groups.ts); `elderly` stays its own lane, decided by the resident ID.
 */
export const LANES = ['normal', 'elderly', 'booking', 'priority'] as const;
export type Lane = (typeof LANES)[number];

/**
 * `transferred` means waiting again, for another service or a named window, with the earlier steps kept
 * in `history` (the one-thing-one-go flow): it is callable just like `waiting`.
 */
export const TICKET_STATES = ['waiting', 'called', 'serving', 'done', 'no-show', 'cancelled', 'transferred'] as const;
export type TicketState = (typeof TICKET_STATES)[number];

export const CALLABLE_STATES: readonly TicketState[] = ['waiting', 'transferred'];
export const HELD_STATES: readonly TicketState[] = ['called', 'serving'];
export const FINAL_STATES: readonly TicketState[] = ['done', 'no-show', 'cancelled'];

export const TICKET_ACTIONS = [
  'issued',
  'called',
  'recalled',
  'started',
  'finished',
  'rated',
  'no-show',
  'transferred',
  'cancelled',
  /** Moved by the guidance desk to another service while waiting: its place in time is kept. */
  'moved',
] as const;
export type TicketAction = (typeof TICKET_ACTIONS)[number];

export const ticketStepSchema = z.object({
  at: z.number().int(),
  action: z.enum(TICKET_ACTIONS),
  window: z.number().int().nullable(),
  serviceId: z.string(),
  /** Staff id or device id of whoever did it. */
  by: z.string(),
  note: z.string().optional(),
  /** Set when a clerk called this ticket out of queue order (audited). */
  outOfOrder: z.boolean().optional(),
});
export type TicketStep = z.infer<typeof ticketStepSchema>;

/** Personal data is only ever held masked (see masking.ts); the whole value never reaches the hub. */
export const maskedHolderSchema = z.object({
  name: z.string().optional(),
  phone: z.string().optional(),
  idNumber: z.string().optional(),
});
export type MaskedHolder = z.infer<typeof maskedHolderSchema>;

export const ticketBookingSchema = z.object({
  code: z.string(),
  /** Start of the booked slot (ms since epoch). */
  slotStart: z.number().int(),
  slotEnd: z.number().int(),
});
export type TicketBooking = z.infer<typeof ticketBookingSchema>;

export const ticketSchema = z.object({
  /** `<business day>/<number>`, unique for ever because a number is never reused within its day. */
  id: z.string(),
  number: z.string(),
  businessDay: z.string(),
  prefix: z.string(),
  seq: z.number().int(),
  serviceId: z.string(),
  lane: z.enum(LANES),
  /** The priority group of a `priority`-lane ticket (a configured group id); null in every other lane. */
  // Tickets stored before priority groups carry none: read them as null.
  priorityGroup: z.string().nullable().default(null),
  state: z.enum(TICKET_STATES),
  /** Queue order: assigned from a hall-wide counter at issue and kept through transfers; never a clock. */
  queueSeq: z.number().int(),
  issuedAt: z.number().int(),
  queuedAt: z.number().int(),
  /** A transfer to a named window: only that window may call the ticket. */
  targetWindow: z.number().int().nullable(),
  /** The window holding the ticket now (called or serving), else null. */
  window: z.number().int().nullable(),
  calledAt: z.number().int().nullable(),
  startedAt: z.number().int().nullable(),
  finishedAt: z.number().int().nullable(),
  recalls: z.number().int(),
  holder: maskedHolderSchema.nullable(),
  booking: ticketBookingSchema.nullable(),
  history: z.array(ticketStepSchema),
  version: z.number().int(),
  /**
   * An unguessable code for the phone status page (`/t/<code>`), printed as a QR code. Not shown to
   * displays: whoever holds the code may follow the ticket.
   */
  // Events stored before migration 002 carry no code (the event log is append-only): read them as ''.
  statusCode: z.string().default(''),
  /** The citizen's rating after the service; null until rated (or until it timed out as not rated). */
  rating: ticketRatingSchema.nullable().default(null),
});
export type Ticket = z.infer<typeof ticketSchema>;

/** The phone status page of a ticket. */
export function statusPathOf(statusCode: string): string {
  return `/t/${statusCode}`;
}

/** What a wall display may see of a ticket: no personal data, no notes. */
export type PublicTicket = Pick<
  Ticket,
  | 'id'
  | 'number'
  | 'serviceId'
  | 'lane'
  | 'priorityGroup'
  | 'state'
  | 'queueSeq'
  | 'targetWindow'
  | 'window'
  | 'calledAt'
  | 'recalls'
>;

export function toPublicTicket(t: Ticket): PublicTicket {
  return {
    id: t.id,
    number: t.number,
    serviceId: t.serviceId,
    lane: t.lane,
    priorityGroup: t.priorityGroup,
    state: t.state,
    queueSeq: t.queueSeq,
    targetWindow: t.targetWindow,
    window: t.window,
    calledAt: t.calledAt,
    recalls: t.recalls,
  };
}

/**
 * A waiting ticket's forecast wait in whole minutes from now: the likeliest figure, and the range shown to the
 * citizen ("约 15–25 分钟"), in steps of 5 minutes.
 */
export const waitForecastSchema = z.object({
  minutes: z.number().int().min(0),
  low: z.number().int().min(0),
  high: z.number().int().min(0),
});
export type WaitForecast = z.infer<typeof waitForecastSchema>;

/** A forecast this short is told as "soon" rather than as a range of minutes. */
export const isWaitSoon = (wait: Pick<WaitForecast, 'high'>): boolean => wait.high <= 5;

/** A freshly issued ticket as the kiosk gets it: the ticket plus what to print on it. */
export const issuedTicketSchema = z.object({
  ticket: ticketSchema,
  peopleAhead: z.number().int(),
  /** The forecast's likeliest figure (`wait.minutes`), for clients that show one number. */
  estimatedWaitMinutes: z.number().int(),
  wait: waitForecastSchema,
  /** The phone status page, relative to the hub (`/t/<code>`): the QR code on the ticket. */
  statusPath: z.string(),
  /**
   * The phone status page under the hall's public address (HALL_PUBLIC_URL): what the QR code links to. Absent
   * when the hub has none; the kiosk then joins `statusPath` to the hub's address.
   */
  statusUrl: z.string().url().optional(),
});
export type IssuedTicket = z.infer<typeof issuedTicketSchema>;
