import type { QueueStats } from './stats.ts';
import type { PublicTicket, Ticket } from './ticket.ts';
import type { WindowState } from './window.ts';

/**
 * Everything a client may see, at one event id. Sent on connect and whenever the events a
 * reconnecting client missed are no longer all available.
 */
export interface HallSnapshot {
  protocolVersion: number;
  lastEventId: number;
  businessDay: string;
  serverTime: number;
  windows: WindowState[];
  /** Today's tickets (plus any still held from an earlier day); public fields only for displays; none for kiosks. */
  tickets: Array<Ticket | PublicTicket>;
  stats: QueueStats;
}
