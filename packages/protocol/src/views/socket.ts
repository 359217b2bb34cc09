import { z } from 'zod';
import { errorBodySchema } from '../errors.ts';
import { noticesBodySchema } from '../notices.ts';
import { queueStatsSchema } from '../stats.ts';
import { issuedTicketSchema } from '../ticket.ts';
import { ackSchema } from './ack.ts';
import { bookingsPushSchema } from './bookings.ts';
import { configPushSchema } from './config.ts';
import { hallEventMessageSchema, hallSnapshotSchema, syncReplySchema, windowCommandResultSchema } from './hall.ts';

/** Hub → client pushes, one schema per event name (`ServerToClientEvents`): a client validates each before use. */
export const serverPushSchemas = {
  'hall:snapshot': hallSnapshotSchema,
  'hall:event': hallEventMessageSchema,
  'hall:stats': queueStatsSchema,
  'hall:notices': noticesBodySchema,
  'hall:bookings': bookingsPushSchema,
  'hall:config': configPushSchema,
} as const;
export type ServerPushName = keyof typeof serverPushSchemas;
export type ServerPush<N extends ServerPushName> = z.infer<(typeof serverPushSchemas)[N]>;

const windowAck = ackSchema(windowCommandResultSchema);

/** The acknowledgement of each client → hub command (`ClientToServerEvents`). */
export const commandAckSchemas = {
  'ticket:issue': ackSchema(issuedTicketSchema),
  'window:open': windowAck,
  'window:call-next': windowAck,
  'window:call-ticket': windowAck,
  'window:recall': windowAck,
  'window:start': windowAck,
  'window:finish': windowAck,
  'window:no-show': windowAck,
  'window:transfer': windowAck,
  'window:pause': windowAck,
  'window:resume': windowAck,
  'window:close': windowAck,
  'window:rate': windowAck,
} as const;
export type CommandName = keyof typeof commandAckSchemas;

/** `sync:request`'s acknowledgement: `{ ok: true, kind: 'events' | 'snapshot', … }` or an error. */
export const syncAckSchema = z.union([
  ...syncReplySchema.options.map((o) => o.extend({ ok: z.literal(true) })),
  errorBodySchema.extend({ ok: z.literal(false) }),
]);
