import { z } from 'zod';
import type { AckCallback } from './ack.ts';
import type { BookingsPush, DisplayBookingsPush } from './bookings.ts';
import type { HallEventMessage } from './events.ts';
import type { AlertsPush } from './live-board.ts';
import type { NoticesBody } from './notices.ts';
import type { HallSnapshot } from './snapshot.ts';
import type { ConfigPush } from './views/config.ts';
import type { QueueStats } from './stats.ts';
import type { IssuedTicket } from './ticket.ts';
import type { SyncReply, WindowCommandResult } from './views/hall.ts';

/** Sent in socket.io's `auth` at connect. */
export const socketAuthSchema = z.object({
  token: z.string().min(1).max(200),
  protocolVersion: z.number().int(),
  /** The last event id this client applied; omitted on a first connect. */
  lastEventId: z.number().int().min(0).optional(),
  /** The hall configuration version this client shows; the hub sends `hall:config` at connect if it runs another. */
  configVersion: z.number().int().min(1).optional(),
});
export type SocketAuth = z.infer<typeof socketAuthSchema>;

export const syncRequestSchema = z.object({ lastEventId: z.number().int().min(0) }).strict();

export type { SyncReply, WindowCommandResult } from './views/hall.ts';

/**
 * Client → hub. Payloads arrive as `unknown` on purpose: the hub validates each one with the
 * schemas in commands.ts before anything else happens.
 */
export interface ClientToServerEvents {
  'ticket:issue': (payload: unknown, ack: AckCallback<IssuedTicket>) => void;
  'window:open': (payload: unknown, ack: AckCallback<WindowCommandResult>) => void;
  'window:call-next': (payload: unknown, ack: AckCallback<WindowCommandResult>) => void;
  'window:call-ticket': (payload: unknown, ack: AckCallback<WindowCommandResult>) => void;
  'window:recall': (payload: unknown, ack: AckCallback<WindowCommandResult>) => void;
  'window:start': (payload: unknown, ack: AckCallback<WindowCommandResult>) => void;
  'window:finish': (payload: unknown, ack: AckCallback<WindowCommandResult>) => void;
  'window:no-show': (payload: unknown, ack: AckCallback<WindowCommandResult>) => void;
  'window:transfer': (payload: unknown, ack: AckCallback<WindowCommandResult>) => void;
  'window:pause': (payload: unknown, ack: AckCallback<WindowCommandResult>) => void;
  'window:resume': (payload: unknown, ack: AckCallback<WindowCommandResult>) => void;
  'window:close': (payload: unknown, ack: AckCallback<WindowCommandResult>) => void;
  'window:rate': (payload: unknown, ack: AckCallback<WindowCommandResult>) => void;
  'sync:request': (payload: unknown, ack: AckCallback<SyncReply>) => void;
}

/** Hub → client. */
export interface ServerToClientEvents {
  'hall:snapshot': (snapshot: HallSnapshot) => void;
  'hall:event': (event: HallEventMessage) => void;
  'hall:stats': (stats: QueueStats) => void;
  /** The hall notices, at connect (displays and staff) and whenever an admin changes them. */
  'hall:notices': (body: NoticesBody) => void;
  /** Today's bookings, at connect and after every booking change: with codes to staff, without to displays. */
  'hall:bookings': (body: BookingsPush | DisplayBookingsPush) => void;
  /** The hall configuration, to every client, whenever an admin stores a new version (or rolls back). */
  'hall:config': (body: ConfigPush) => void;
  /** The live board's alerts, to supervisors only: at connect and whenever one is raised, cleared or acknowledged. */
  'hall:alerts': (body: AlertsPush) => void;
}
