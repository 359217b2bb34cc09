import {
  PROTOCOL_VERSION,
  type Ack,
  type ClientToServerEvents,
  type IssuedTicket,
  type IssueTicketBody,
  type QueueStats,
  type ServerToClientEvents,
} from '@hall/protocol';
import { io, type Socket } from 'socket.io-client';
import { toHubError, type HubError } from '@hall/protocol';

/** The issued ticket with the phone status page's path (`/t/<code>`). */
export type IssuedTicketReply = IssuedTicket;

export interface HubSocketHandlers {
  onConnected(connected: boolean): void;
  onStats(stats: QueueStats): void;
  /** The hub's clock (`serverTime` of the snapshot it sends on every connect), read on arrival. */
  onServerTime(serverTime: number): void;
  /** The hub refused this device (bad token, old protocol): an attendant must act. */
  onRefused(error: HubError): void;
}

export interface HubSocket {
  connected(): boolean;
  /** One attempt; resolves with the ack, or rejects on timeout or a lost connection. */
  issue(body: IssueTicketBody, timeoutMs: number): Promise<Ack<IssuedTicketReply>>;
  close(): void;
}

type KioskSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

/**
 * socket.io to the hub: websocket first (polling as a fallback), reconnecting by itself. A kiosk gets a
 * snapshot on every connect, so it keeps no event id.
 */
export function connectHub(hubBase: string, token: string, h: HubSocketHandlers): HubSocket {
  const socket: KioskSocket = io(hubBase, {
    auth: { token, protocolVersion: PROTOCOL_VERSION },
    transports: ['websocket', 'polling'],
    reconnection: true,
    reconnectionDelay: 1_000,
    reconnectionDelayMax: 5_000,
  });
  let retry: ReturnType<typeof setTimeout> | undefined;
  const later = (ms: number) => {
    clearTimeout(retry);
    retry = setTimeout(() => socket.connect(), ms);
  };

  socket.on('connect', () => h.onConnected(true));
  socket.on('disconnect', (reason) => {
    h.onConnected(false);
    // The hub cut us (revoked, restarted with another token store…): socket.io does not come back alone.
    if (reason === 'io server disconnect') later(3_000);
  });
  socket.on('connect_error', (err) => {
    h.onConnected(false);
    const data = (err as Error & { data?: unknown }).data;
    const error = toHubError(data);
    if (error.code === 'UNAUTHENTICATED' || error.code === 'PROTOCOL_VERSION_MISMATCH') {
      h.onRefused(error);
      later(60_000);
    } else if (!socket.active) {
      later(error.code === 'RATE_LIMITED' ? 3_000 : 5_000);
    }
  });
  socket.on('hall:snapshot', (snapshot) => {
    h.onServerTime(snapshot.serverTime);
    h.onStats(snapshot.stats);
  });
  socket.on('hall:stats', (stats) => h.onStats(stats));

  return {
    connected: () => socket.connected,
    issue(body, timeoutMs) {
      if (!socket.connected) return Promise.reject(new Error('not connected to the hub'));
      const untyped = socket as unknown as Socket;
      return untyped.timeout(timeoutMs).emitWithAck('ticket:issue', body) as Promise<Ack<IssuedTicketReply>>;
    },
    close() {
      clearTimeout(retry);
      socket.disconnect();
    },
  };
}
