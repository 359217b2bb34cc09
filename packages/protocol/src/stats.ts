import { z } from 'zod';
import { waitForecastSchema } from './ticket.ts';

/** Queue figures per service, for the kiosk (waits) and the wall display (people waiting). */
export const serviceQueueStatsSchema = z.object({
  serviceId: z.string(),
  waiting: z.number().int(),
  waitingElderly: z.number().int(),
  openWindows: z.number().int(),
  /** Minutes until a ticket taken now is likely called, by the simple figure (people × service time ÷ windows). */
  estimatedWaitMinutes: z.number().int(),
  /**
   * The forecast for a normal ticket taken now, with its range: the one the kiosk prints on that ticket (queue-core's
   * roll-forward), so that a tile and the ticket agree. Optional: a hub of an earlier release sends none.
   */
  wait: waitForecastSchema.optional(),
  /** Whether a ticket for this service may be taken now (its opening hours). */
  open: z.boolean(),
  /** When closed: the next time it opens (within a month), else null. */
  opensAt: z.number().int().nullable(),
  /** When open: when ticketing stops, else null (null too for a hall open around the clock). */
  closesAt: z.number().int().nullable(),
  /**
   * Whether windows call its tickets now: while open, and for the closing grace after (the people who
   * took a number just before closing). False: its waiting tickets wait for the next opening.
   */
  callable: z.boolean(),
});
export type ServiceQueueStats = z.infer<typeof serviceQueueStatsSchema>;

export const queueStatsSchema = z.object({
  eventId: z.number().int(),
  businessDay: z.string(),
  services: z.array(serviceQueueStatsSchema),
});
export type QueueStats = z.infer<typeof queueStatsSchema>;
