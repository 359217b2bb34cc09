import {
  alertsPushSchema,
  commandAckSchemas,
  PROTOCOL_VERSION,
  serverPushSchemas,
  syncAckSchema,
  type AlertsPush,
  type CommandName,
  type IssuedTicket,
  type ServerPush,
  type ServerPushName,
  type SyncReply,
  type WindowCommandResult,
} from '@hall/protocol';
import { io, type ManagerOptions, type Socket, type SocketOptions } from 'socket.io-client';
import type { z } from 'zod';
import { backoffDelay, DEFAULT_BACKOFF, type BackoffPolicy } from './backoff.ts';
import { HubRequestError, refusalOf } from './hub-request-error.ts';
import { globalTimers, type Timers } from './timers.ts';

export interface HallConnectionHandlers {
  /** Connected or not (a screen shows "reconnecting…"; the last known state stays on screen). */
  onStatus?(connected: boolean): void;
  onSnapshot?(snapshot: ServerPush<'hall:snapshot'>): void;
  /** `live` is false for events replayed at a reconnect (a display does not announce those). */
  onEvent?(event: ServerPush<'hall:event'>, o: { live: boolean }): void;
  onStats?(stats: ServerPush<'hall:stats'>): void;
  onNotices?(body: ServerPush<'hall:notices'>): void;
  onBookings?(body: ServerPush<'hall:bookings'>): void;
  /** An admin stored a new hall configuration (or this client connected holding an older one): show it now. */
  onConfig?(body: ServerPush<'hall:config'>): void;
  /** Supervisors only (`hall:alerts`, protocol live-board.ts): the live board's alerts whenever they change. */
  onAlerts?(body: AlertsPush): void;
  /**
   * The hub refused this connection for good (UNAUTHENTICATED: a new token is needed;
   * PROTOCOL_VERSION_MISMATCH: a new build is needed). The connection has stopped; nothing retries.
   */
  onRefused?(error: HubRequestError): void;
  /** A push that does not match the protocol was dropped (an event or snapshot: a fresh snapshot follows). */
  onInvalidPush?(name: ServerPushName | 'hall:alerts', error: z.ZodError): void;
}

export interface HallConnectionOptions {
  /** The hub's origin; `''` (or the page's origin) for the hub that served the page. */
  url: string;
  token: string;
  /** The last event id this screen applied (0 or undefined: none yet, so the hub sends a snapshot). */
  lastEventId: () => number | undefined;
  /**
   * The configuration version this screen shows (a snapshot's `configVersion`, or the last `hall:config`):
   * a (re)connect holding another gets `hall:config` at once. Undefined: the screen gets only later changes.
   */
  configVersion?: () => number | undefined;
  handlers: HallConnectionHandlers;
  timers?: Timers;
  /** A number in [0, 1) per retry (Math.random in an app). */
  jitter?: () => number;
  backoff?: BackoffPolicy;
  /** Tests only: speak another protocol version (the hub refuses it). */
  protocolVersion?: number;
  /** Tests: `['websocket']`. */
  transports?: ('websocket' | 'polling')[];
}

/** What a command answers when it worked. */
export type CommandValue<N extends CommandName> = N extends 'ticket:issue' ? IssuedTicket : WindowCommandResult;

export type CommandReply<N extends CommandName> =
  | { kind: 'ok'; value: { ok: true } & CommandValue<N> }
  /** The hub refused it (`error.code`), or answered something unreadable (`BAD_REPLY`). */
  | { kind: 'refused'; error: HubRequestError }
  /** No answer in time, or not connected: the hub may or may not have applied it. */
  | { kind: 'no-answer' };

export interface HallConnection {
  connected(): boolean;
  /** One attempt of a command; never rejects. Retrying (same request id) is the caller's, see command-retry. */
  command<N extends CommandName>(
    name: N,
    payload: Record<string, unknown>,
    timeoutMs: number,
  ): Promise<CommandReply<N>>;
  /** Asks for what came after `lastEventId` (events, or a snapshot). Rejects with a HubRequestError. */
  sync(lastEventId: number, timeoutMs: number): Promise<SyncReply>;
  /** Reconnects asking for a snapshot instead of the missed events. */
  resync(): void;
  close(): void;
}

/** Refusals no reconnect can mend. */
const FINAL_CONNECT_REFUSALS = new Set(['UNAUTHENTICATED', 'PROTOCOL_VERSION_MISMATCH', 'FORBIDDEN']);

/**
 * The one socket to the hub: websocket first (polling as a fallback), reconnecting by itself. Each
 * (re)connect sends the last event id applied, so the hub replays what was missed or sends a snapshot.
 * Every push is checked against the protocol before a handler sees it.
 */
export function connectHall(o: HallConnectionOptions): HallConnection {
  const timers = o.timers ?? globalTimers;
  const jitter = o.jitter ?? Math.random;
  const policy = o.backoff ?? DEFAULT_BACKOFF;
  const h = o.handlers;
  let retryHandle: unknown;
  let retries = 0;
  let closed = false;
  let wantSnapshot = false;
  /** From a connect that asked for a replay until the stats (or snapshot) that close it. */
  let replaying = false;

  const options: Partial<ManagerOptions & SocketOptions> = {
    path: '/socket.io/',
    auth: (cb) => {
      const last = o.lastEventId();
      const configVersion = o.configVersion?.();
      replaying = !wantSnapshot && last !== undefined && last > 0;
      cb({
        token: o.token,
        protocolVersion: o.protocolVersion ?? PROTOCOL_VERSION,
        ...(replaying ? { lastEventId: last } : {}),
        ...(configVersion === undefined ? {} : { configVersion }),
      });
    },
    transports: o.transports ?? ['websocket', 'polling'],
    reconnection: true,
    reconnectionDelay: policy.initialMs,
    reconnectionDelayMax: policy.maxMs,
    randomizationFactor: policy.jitterRatio,
    timeout: 10_000,
  };
  // `''`: the hub that served the page (socket.io reads the page's location when given no URL).
  const socket: Socket = o.url ? io(o.url, options) : io(options);

  /** Connects again after the back-off (socket.io does not, after a cut by the hub or a refusal). */
  const reconnectLater = () => {
    if (closed) return;
    timers.clearTimeout(retryHandle);
    retries += 1;
    retryHandle = timers.setTimeout(
      () => {
        if (!closed && !socket.connected) socket.connect();
      },
      backoffDelay(retries, jitter(), policy),
    );
  };

  const stop = () => {
    closed = true;
    timers.clearTimeout(retryHandle);
    socket.removeAllListeners();
    socket.disconnect();
  };

  socket.on('connect', () => h.onStatus?.(true));
  socket.on('disconnect', (reason) => {
    h.onStatus?.(false);
    if (reason === 'io server disconnect') reconnectLater();
  });
  socket.on('connect_error', (err: Error & { data?: unknown }) => {
    h.onStatus?.(false);
    const refusal = err.data === undefined ? undefined : refusalOf(undefined, err.data);
    if (refusal && FINAL_CONNECT_REFUSALS.has(refusal.code)) {
      stop();
      h.onRefused?.(refusal);
      return;
    }
    if (!socket.active) reconnectLater();
  });

  function on<N extends ServerPushName>(name: N, apply: (body: ServerPush<N>) => void): void {
    socket.on(name as string, (body: unknown) => {
      const parsed = serverPushSchemas[name].safeParse(body);
      if (parsed.success) {
        apply(parsed.data as ServerPush<N>);
        return;
      }
      h.onInvalidPush?.(name, parsed.error);
      if (name === 'hall:event' || name === 'hall:snapshot') resync();
    });
  }

  on('hall:snapshot', (snapshot) => {
    replaying = false;
    wantSnapshot = false;
    retries = 0;
    h.onSnapshot?.(snapshot);
  });
  on('hall:event', (event) => h.onEvent?.(event, { live: !replaying }));
  on('hall:stats', (stats) => {
    replaying = false;
    retries = 0;
    h.onStats?.(stats);
  });
  on('hall:notices', (body) => h.onNotices?.(body));
  on('hall:bookings', (body) => h.onBookings?.(body));
  on('hall:config', (body) => h.onConfig?.(body));
  // Sent to supervisors' sockets only, so it is not one of every screen's pushes.
  socket.on('hall:alerts', (body: unknown) => {
    const parsed = alertsPushSchema.safeParse(body);
    if (parsed.success) h.onAlerts?.(parsed.data);
    else h.onInvalidPush?.('hall:alerts', parsed.error);
  });

  function resync(): void {
    if (closed) return;
    wantSnapshot = true;
    socket.disconnect();
    reconnectLater();
  }

  return {
    connected: () => socket.connected,
    async command(name, payload, timeoutMs) {
      // socket.io would buffer it until a reconnect; the caller's retry resends it (same id) instead.
      if (!socket.connected) return { kind: 'no-answer' };
      let reply: unknown;
      try {
        reply = await socket.timeout(timeoutMs).emitWithAck(name, payload);
      } catch {
        return { kind: 'no-answer' };
      }
      const parsed = commandAckSchemas[name].safeParse(reply);
      if (!parsed.success) {
        return {
          kind: 'refused',
          error: new HubRequestError({ kind: 'bad-reply', status: 0, code: 'BAD_REPLY', cause: parsed.error }),
        };
      }
      if (parsed.data.ok) return { kind: 'ok', value: parsed.data as { ok: true } & CommandValue<typeof name> };
      return { kind: 'refused', error: refusalOf(undefined, parsed.data) };
    },
    async sync(lastEventId, timeoutMs) {
      if (!socket.connected) throw new HubRequestError({ kind: 'network', status: 0, code: 'NO_ANSWER' });
      let reply: unknown;
      try {
        reply = await socket.timeout(timeoutMs).emitWithAck('sync:request', { lastEventId });
      } catch (err) {
        throw new HubRequestError({ kind: 'timeout', status: 0, code: 'NO_ANSWER', cause: err });
      }
      const parsed = syncAckSchema.safeParse(reply);
      if (!parsed.success)
        throw new HubRequestError({ kind: 'bad-reply', status: 0, code: 'BAD_REPLY', cause: parsed.error });
      const { ok: _ok, ...rest } = parsed.data;
      if (!parsed.data.ok) throw refusalOf(undefined, rest);
      return rest as SyncReply;
    },
    resync,
    close: stop,
  };
}
