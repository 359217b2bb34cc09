import { z } from 'zod';
import { localizedTextSchema } from '../localized.ts';
import { LANES, TICKET_STATES, waitForecastSchema } from '../ticket.ts';

/**
 * What the phone status page (`/t/<code>`, no login) shows of a ticket: nothing personal, and
 * nothing about other tickets beyond how many wait ahead.
 */
export const publicTicketStatusSchema = z.object({
  number: z.string(),
  state: z.enum(TICKET_STATES),
  lane: z.enum(LANES),
  /** The priority lane's group, named in every language; null in other lanes. */
  priorityGroupNames: localizedTextSchema.nullable().default(null),
  hallName: localizedTextSchema,
  serviceNames: localizedTextSchema,
  zoneNames: localizedTextSchema,
  /** While waiting: people likely called first, and the estimate in minutes; otherwise null. */
  peopleAhead: z.number().int().nullable(),
  /** The forecast's likeliest figure (`wait.minutes`), for clients that show one number. */
  estimatedWaitMinutes: z.number().int().nullable(),
  /** While waiting: the forecast wait from `serverTime`, with its range; otherwise null. */
  wait: waitForecastSchema.nullable(),
  /** When called or being served: the window to go to. */
  window: z.number().int().nullable(),
  windowNames: localizedTextSchema.nullable(),
  /**
   * While waiting: every window that may call the ticket, in number order (queue-core's `windowsCalling`, the
   * same the kiosk shows and prints); otherwise null.
   */
  waitWindows: z.array(z.number().int()).nullable(),
  /**
   * What to bring (一次性告知) when the service's configuration says `printMaterials`, one item each, in three
   * languages; otherwise empty. Optional: a hub of an earlier release sends none.
   */
  materials: z.array(localizedTextSchema).optional(),
  /** A transfer to a named window: the window that will call the ticket. */
  targetWindow: z.number().int().nullable(),
  calledAt: z.number().int().nullable(),
  businessDay: z.string(),
  /** The hub's clock when it answered, and the hall's IANA time zone: the page shows hall time, not the phone's. */
  serverTime: z.number().int(),
  timeZone: z.string(),
});
export type PublicTicketStatus = z.infer<typeof publicTicketStatusSchema>;
