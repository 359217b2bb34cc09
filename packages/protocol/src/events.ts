import { z } from 'zod';
import { ticketSchema } from './ticket.ts';
import { windowStateSchema } from './window.ts';

export const HALL_EVENT_TYPES = [
  'ticket.issued',
  'ticket.called',
  'ticket.recalled',
  'ticket.started',
  'ticket.finished',
  'ticket.rated',
  'ticket.no-show',
  'ticket.transferred',
  'ticket.cancelled',
  /** A waiting ticket moved to another service at the guidance desk (queue position kept). */
  'ticket.moved',
  'window.opened',
  'window.paused',
  'window.resumed',
  'window.closed',
  /** A window changed for a reason of its own (a pending rating cleared). */
  'window.updated',
  'day.closed',
] as const;
export type HallEventType = (typeof HALL_EVENT_TYPES)[number];

/**
 * A stored event: the entity as it is after the change, so a client only has to upsert it.
 * `id` is the row id in the hub's append-only event table; clients remember the last one they saw.
 */
export const storedEventSchema = z.object({
  id: z.number().int(),
  type: z.enum(HALL_EVENT_TYPES),
  at: z.number().int(),
  businessDay: z.string(),
  actor: z.string(),
  ticket: ticketSchema.optional(),
  window: windowStateSchema.optional(),
});
export type StoredEvent = z.infer<typeof storedEventSchema>;

/** The same event as pushed to a role (a display gets public tickets only): views/hall.ts. */
export type { HallEventMessage } from './views/hall.ts';
