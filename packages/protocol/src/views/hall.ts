import { z } from 'zod';
import { HALL_EVENT_TYPES } from '../events.ts';
import { queueStatsSchema } from '../stats.ts';
import { ticketSchema } from '../ticket.ts';
import { windowStateSchema } from '../window.ts';

/** What a wall display may see of a ticket: no personal data, no notes. */
export const publicTicketSchema = ticketSchema.pick({
  id: true,
  number: true,
  serviceId: true,
  lane: true,
  priorityGroup: true,
  state: true,
  queueSeq: true,
  targetWindow: true,
  window: true,
  calledAt: true,
  recalls: true,
});

/** A ticket as a role receives it: whole for staff, public fields only for displays. Whole first: it is the wider. */
export const hallTicketSchema = z.union([ticketSchema, publicTicketSchema]);

/** The same event as pushed to a role: a display gets public tickets only. */
export const hallEventMessageSchema = z.object({
  id: z.number().int(),
  type: z.enum(HALL_EVENT_TYPES),
  at: z.number().int(),
  businessDay: z.string(),
  ticket: hallTicketSchema.optional(),
  window: windowStateSchema.optional(),
});
export type HallEventMessage = z.infer<typeof hallEventMessageSchema>;

/**
 * Everything a client may see, at one event id. Sent on connect and whenever the events a
 * reconnecting client missed are no longer all available.
 */
export const hallSnapshotSchema = z.object({
  protocolVersion: z.number().int(),
  lastEventId: z.number().int(),
  businessDay: z.string(),
  serverTime: z.number().int(),
  /** The configuration version the hub runs: a client holding an older one reads `GET /api/v1/hall` again. */
  configVersion: z.number().int().min(1),
  windows: z.array(windowStateSchema),
  /** Today's tickets (plus any still held from an earlier day); public fields only for displays; none for kiosks. */
  tickets: z.array(hallTicketSchema),
  stats: queueStatsSchema,
});
export type HallSnapshot = z.infer<typeof hallSnapshotSchema>;

/** Answer to a sync request (socket `sync:request`, `GET /api/v1/events`): the missed events, or a snapshot. */
export const syncReplySchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('events'), events: z.array(hallEventMessageSchema) }),
  z.object({ kind: z.literal('snapshot'), snapshot: hallSnapshotSchema }),
]);
export type SyncReply = z.infer<typeof syncReplySchema>;

/** The result of a window command: the window and the ticket it touched, as stored. */
export const windowCommandResultSchema = z.object({
  window: windowStateSchema,
  ticket: ticketSchema.nullable(),
  eventIds: z.array(z.number().int()),
});
export type WindowCommandResult = z.infer<typeof windowCommandResultSchema>;

/** `GET /api/v1/windows`. */
export const windowListSchema = z.array(windowStateSchema);

/** `GET /api/v1/tickets?day=` (admin). */
export const dayTicketsSchema = z.object({ businessDay: z.string(), tickets: z.array(ticketSchema) });
export type DayTickets = z.infer<typeof dayTicketsSchema>;

/** `GET /healthz`. */
export const healthReplySchema = z.object({
  status: z.literal('ok'),
  businessDay: z.string(),
  lastEventId: z.number().int(),
  pid: z.number().int(),
});
export type HealthReply = z.infer<typeof healthReplySchema>;
