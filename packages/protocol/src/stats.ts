import { z } from 'zod';

/** Queue figures per service, for the kiosk (waits) and the wall display (people waiting). */
export const serviceQueueStatsSchema = z.object({
  serviceId: z.string(),
  waiting: z.number().int(),
  waitingElderly: z.number().int(),
  openWindows: z.number().int(),
  /** Minutes until a ticket taken now is likely called. */
  estimatedWaitMinutes: z.number().int(),
});
export type ServiceQueueStats = z.infer<typeof serviceQueueStatsSchema>;

export const queueStatsSchema = z.object({
  eventId: z.number().int(),
  businessDay: z.string(),
  services: z.array(serviceQueueStatsSchema),
});
export type QueueStats = z.infer<typeof queueStatsSchema>;
