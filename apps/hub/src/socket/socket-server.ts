import type { Server as HttpServer } from 'node:http';
import {
  PROTOCOL_VERSION,
  socketAuthSchema,
  syncRequestSchema,
  WINDOW_ACTIONS,
  type Ack,
  type ClientToServerEvents,
  type ErrorBody,
  type ServerToClientEvents,
  type StoredEvent,
  type SyncReply,
} from '@hall/protocol';
import type { HallStore } from '@hall/store';
import type { Logger } from 'pino';
import { Server, type Socket } from 'socket.io';
import type { Accounts } from '../auth/accounts.ts';
import type { AlertDesk } from '../alerts/alert-desk.ts';
import { can, canSupervise, type Principal } from '../auth/principal.ts';
import type { Clock } from '../clock.ts';
import type { DevicePresence } from '../devices/device-presence.ts';
import type { CommandGateway, GatewayReply } from '../hall/command-gateway.ts';
import type { BookingDesk } from '../hall/booking-desk.ts';
import { BadEventMeter } from './bad-event-meter.ts';
import { coalesced } from './coalesce.ts';
import type { HallService } from '../hall/hall-service.ts';
import { currentNotices } from '../hall/notices.ts';
import { eventFor, snapshotFor, statsOf, syncFor } from '../hall/projection.ts';
import { clientAddress, type TrustProxy } from '../http/client-address.ts';
import type { RateLimiter } from '../rate-limiter.ts';
import { parseInput } from '../validation.ts';

interface SocketData {
  principal: Principal;
  token: string;
}

type HallSocket = Socket<ClientToServerEvents, ServerToClientEvents, Record<string, never>, SocketData>;
export type HallIo = Server<ClientToServerEvents, ServerToClientEvents, Record<string, never>, SocketData>;

export interface SocketDeps {
  hall: HallService;
  bookings: BookingDesk;
  gateway: CommandGateway;
  accounts: Accounts;
  store: HallStore;
  clock: Clock;
  log: Logger;
  rate: RateLimiter;
  /** Per address, for connection attempts: a device stuck in a reconnect loop cannot flood the hub. */
  handshakeRate: RateLimiter;
  /** Which peers may name the client in X-Forwarded-For (HALL_TRUSTED_PROXIES), as for HTTP. */
  trustProxy: TrustProxy;
  /** Devices' sockets coming, talking (any packet, heartbeats too) and going, for the admin's device list. */
  presence: DevicePresence;
  /** The live board's alerts, pushed to supervisors only. */
  alerts: AlertDesk;
}

/** How long an engine.io connection may stay without joining the hall namespace. */
const CONNECT_TIMEOUT_MS = 10_000;

/** How often at most the queue figures are pushed while commands keep coming. */
const STATS_PUSH_MS = 250;

/** Rooms by what their members may see: staff full tickets, displays public ones, kiosks only waits. */
const ROOM = { staff: 'staff', display: 'display', kiosk: 'kiosk' } as const;
/** Admins and staff with `supervise`: the live board's alerts go to this room alone. */
const SUPERVISORS = 'supervisors';

function roomOf(p: Principal): string {
  return p.role === 'admin' || p.role === 'clerk' ? ROOM.staff : p.role === 'display' ? ROOM.display : ROOM.kiosk;
}

/** Every socket opened with one token, so a logout or a revocation can close them all. */
export function sessionRoom(tokenHash: string): string {
  return `session:${tokenHash}`;
}

function connectError(body: ErrorBody): Error {
  // socket.io hands `data` to the client's connect_error handler.
  return Object.assign(new Error(body.message), { data: body });
}

function toAck<T extends object>(reply: GatewayReply<T>): Ack<T> {
  return reply.ok ? ({ ok: true, ...reply.value } as Ack<T>) : ({ ok: false, ...reply.error } as Ack<T>);
}

/** Sends what a (re)connecting client missed: the events in order, or a snapshot. */
function sendSync(socket: HallSocket, reply: SyncReply, deps: SocketDeps): void {
  if (reply.kind === 'snapshot') {
    socket.emit('hall:snapshot', reply.snapshot);
    return;
  }
  for (const e of reply.events) socket.emit('hall:event', e);
  socket.emit('hall:stats', statsOf(deps.hall));
}

export function attachSocketServer(httpServer: HttpServer, deps: SocketDeps): HallIo {
  const io: HallIo = new Server(httpServer, {
    serveClient: false,
    maxHttpBufferSize: 64 * 1024,
    pingInterval: 10_000,
    pingTimeout: 5_000,
    // Token auth, no cookies: any origin (an Electron kiosk on file://) may connect.
    cors: { origin: true },
    // An engine.io session that never joins (no token sent) is closed after this, so idle anonymous
    // connections do not pile up; a real client joins within milliseconds.
    connectTimeout: CONNECT_TIMEOUT_MS,
    // Every new engine.io session costs a token of the client address's connect bucket (through a trusted
    // proxy, the address it names), before anything else runs: the socket.io middleware below is only
    // reached by clients that complete the handshake.
    allowRequest: (req, callback) => {
      const allowed = deps.handshakeRate.take(`engine:${clientAddress(req, deps.trustProxy)}`);
      callback(allowed ? null : 'too many connection attempts: wait a moment', allowed);
    },
  });

  io.use((socket, next) => {
    if (!deps.handshakeRate.take(`ip:${clientAddress(socket.request, deps.trustProxy)}`)) {
      return next(connectError({ code: 'RATE_LIMITED', message: 'too many connection attempts: wait a moment' }));
    }
    const auth = parseInput(socketAuthSchema, socket.handshake.auth);
    if (!auth.ok)
      return next(connectError({ code: 'UNAUTHENTICATED', message: 'connect with auth { token, protocolVersion }' }));
    if (auth.value.protocolVersion !== PROTOCOL_VERSION) {
      return next(
        connectError({
          code: 'PROTOCOL_VERSION_MISMATCH',
          message: `this hub speaks protocol ${PROTOCOL_VERSION}, the client ${auth.value.protocolVersion}: update the client`,
        }),
      );
    }
    const principal = deps.accounts.authenticate(auth.value.token);
    if (!principal)
      return next(connectError({ code: 'UNAUTHENTICATED', message: 'the token is unknown, expired or revoked' }));
    socket.data.principal = principal;
    socket.data.token = auth.value.token;
    next();
  });

  io.on('connection', (socket: HallSocket) => {
    const principal = socket.data.principal;
    void socket.join([roomOf(principal), `principal:${principal.id}`, sessionRoom(principal.tokenHash)]);
    deps.log.info({ principal: principal.id, role: principal.role }, 'socket connected');
    const auth = parseInput(socketAuthSchema, socket.handshake.auth);
    const seen = auth.ok ? auth.value.lastEventId : undefined;
    const shown = auth.ok ? auth.value.configVersion : undefined;
    // A client that shows another configuration (changed while it was away) gets the current one first.
    if (shown !== undefined && shown !== deps.hall.configVersion && can(principal, 'hall:read')) {
      socket.emit('hall:config', { version: deps.hall.configVersion, config: deps.hall.hall.config });
    }
    const now = deps.clock.now();
    sendSync(
      socket,
      seen === undefined
        ? { kind: 'snapshot', snapshot: snapshotFor(principal.role, deps.hall, now) }
        : syncFor(principal.role, seen, deps.hall, deps.store, now),
      deps,
    );
    if (roomOf(principal) !== ROOM.kiosk) {
      socket.emit('hall:notices', currentNotices(deps.store, now));
      // A booking code checks a booking in: displays get rows without codes.
      socket.emit(
        'hall:bookings',
        roomOf(principal) === ROOM.display ? deps.bookings.todayForDisplays() : deps.bookings.today(),
      );
    }
    if (canSupervise(principal)) {
      void socket.join(SUPERVISORS);
      socket.emit('hall:alerts', deps.alerts.push());
    }
    registerCommands(socket, deps);
    if (principal.kind === 'device') {
      deps.presence.connected(principal.id);
      socket.conn.on('packet', () => deps.presence.seen(principal.id));
      socket.on('disconnect', () => deps.presence.disconnected(principal.id));
    }
    socket.on('disconnect', (reason) => deps.log.info({ principal: principal.id, reason }, 'socket disconnected'));
  });

  // Figures after a burst of commands go out once, at most every STATS_PUSH_MS; events are never delayed.
  const pushStats = coalesced(() => io.emit('hall:stats', statsOf(deps.hall)), STATS_PUSH_MS);
  deps.hall.onCommitted((events: StoredEvent[]) => {
    for (const e of events) {
      const full = eventFor('clerk', e);
      const shown = eventFor('display', e);
      if (full) io.to(ROOM.staff).emit('hall:event', full);
      if (shown) io.to(ROOM.display).emit('hall:event', shown);
    }
    pushStats();
  });
  // A busy hour clears an alert with nearly every call: the board goes out at most every STATS_PUSH_MS.
  // With no supervisor connected (and after the hub closed, when the database may be gone) nothing is read.
  deps.alerts.onBoardChanged(
    coalesced(() => {
      if (!io.sockets.adapter.rooms.get(SUPERVISORS)?.size) return;
      try {
        io.to(SUPERVISORS).emit('hall:alerts', deps.alerts.push());
      } catch (err) {
        deps.log.error({ err }, 'alerts push failed');
      }
    }, STATS_PUSH_MS),
  );
  deps.bookings.onChanged(() => {
    io.to(ROOM.staff).emit('hall:bookings', deps.bookings.today());
    io.to(ROOM.display).emit('hall:bookings', deps.bookings.todayForDisplays());
  });
  // A new configuration: every client that may read the hall (not a rating tablet) gets the document, then
  // a snapshot in which new windows stand closed and removed ones are gone (per room, as each may see it).
  deps.hall.onConfigChanged((version) => {
    const push = { version, config: deps.hall.hall.config };
    for (const socket of io.sockets.sockets.values()) {
      if (can(socket.data.principal, 'hall:read')) socket.emit('hall:config', push);
    }
    const now = deps.clock.now();
    io.to(ROOM.staff).emit('hall:snapshot', snapshotFor('clerk', deps.hall, now));
    io.to(ROOM.display).emit('hall:snapshot', snapshotFor('display', deps.hall, now));
    io.to(ROOM.kiosk).emit('hall:snapshot', snapshotFor('kiosk', deps.hall, now));
  });

  return io;
}

/**
 * Disconnects sockets whose token no longer authenticates. A session can end without any request
 * (the 14 h expiry), and its sockets must stop receiving full-ticket pushes too.
 */
export function disconnectEndedSessions(io: HallIo, accounts: Accounts): number {
  let cut = 0;
  for (const socket of io.sockets.sockets.values()) {
    if (!accounts.authenticate(socket.data.token)) {
      socket.disconnect(true);
      cut++;
    }
  }
  return cut;
}

/** Each command: an ack function is required, everything is validated, nothing throws out. */
function registerCommands(socket: HallSocket, deps: SocketDeps): void {
  const principal = socket.data.principal;
  const known = new Set<string>();
  const invalid = invalidEventHandler(socket, deps);
  // Any event the hub does not answer is a client bug or a probe; the name is not logged (it is the sender's text).
  socket.onAny((event: unknown) => {
    if (typeof event !== 'string' || !known.has(event)) invalid('(unknown)', 'unknown event');
  });
  const guard = <T extends object>(event: string, run: (payload: unknown) => Ack<T>) => {
    known.add(event);
    return (payload: unknown, ack: unknown) => {
      if (!socket.connected) return;
      if (typeof ack !== 'function') {
        invalid(event, 'command without acknowledgement callback ignored');
        return;
      }
      // Sessions end (logout, 14 h, a disabled account): check the token on every command, not only at connect.
      if (!deps.accounts.authenticate(socket.data.token)) {
        (ack as (r: Ack<T>) => void)({
          ok: false,
          code: 'UNAUTHENTICATED',
          message: 'the session has ended: log in again',
        } as Ack<T>);
        socket.disconnect(true);
        return;
      }
      let reply: Ack<T>;
      try {
        reply = run(payload);
      } catch (err) {
        deps.log.error({ err, principal: principal.id, event }, 'socket command failed');
        reply = { ok: false, code: 'INTERNAL', message: 'the hub could not apply this command' } as Ack<T>;
      }
      (ack as (r: Ack<T>) => void)(reply);
      if (!reply.ok && (reply as ErrorBody).code === 'VALIDATION_FAILED') invalid(event, 'payload fails the schema');
    };
  };

  socket.on(
    'ticket:issue',
    guard('ticket:issue', (p) => toAck(deps.gateway.issueTicket(principal, p))),
  );

  for (const action of WINDOW_ACTIONS) {
    socket.on(
      `window:${action}`,
      guard(`window:${action}`, (payload) => {
        const { window, ...body } = (typeof payload === 'object' && payload !== null ? payload : {}) as Record<
          string,
          unknown
        >;
        return toAck(deps.gateway.windowAction(principal, action, window, body));
      }),
    );
  }

  socket.on(
    'sync:request',
    guard('sync:request', (payload) => {
      if (!can(principal, 'hall:read'))
        return { ok: false, code: 'FORBIDDEN', message: 'not allowed' } as Ack<SyncReply>;
      if (!deps.rate.take(principal.id)) {
        return { ok: false, code: 'RATE_LIMITED', message: 'too many requests: slow down' } as Ack<SyncReply>;
      }
      const req = parseInput(syncRequestSchema, payload);
      if (!req.ok) return { ok: false, ...req.error } as Ack<SyncReply>;
      return {
        ok: true,
        ...syncFor(principal.role, req.value.lastEventId, deps.hall, deps.store, deps.clock.now()),
      } as Ack<SyncReply>;
    }),
  );
}

/**
 * Counts a socket's invalid events: the first few are logged, a flood is cut with one summary line,
 * so a script can neither keep a socket busy with rejects nor write a log line per event.
 */
function invalidEventHandler(socket: HallSocket, deps: SocketDeps): (event: string, reason: string) => void {
  const meter = new BadEventMeter(deps.clock);
  const principal = socket.data.principal.id;
  // Packets already read when the socket is cut still arrive here: they are dropped without a word.
  let cut = false;
  return (event, reason) => {
    if (cut) return;
    const v = meter.record();
    const unlogged = v.unlogged > 0 ? { unlogged: v.unlogged } : {};
    if (v.cut) {
      cut = true;
      deps.log.warn({ principal, event, reason, ...unlogged }, 'socket cut after too many invalid events');
      socket.disconnect(true);
    } else if (v.log) {
      deps.log.warn({ principal, event, reason, ...unlogged }, 'invalid socket event');
    }
  };
}
