import {
  PROTOCOL_VERSION,
  type Ack,
  type ClientToServerEvents,
  type ServerToClientEvents,
  type WindowCommandResult,
} from '@hall/protocol';
import { io, type Socket } from 'socket.io-client';
import { applyBookingsPush } from '../logic/bookings.ts';
import { applyCommandResult, applyEvent, applySnapshot } from '../logic/hall-state.ts';
import { applyStats } from '../logic/opening.ts';
import { newRequestId, toHubError } from '@hall/protocol';
import { addPending, markAllLost, markLost, markSent, settle, toResend } from '../logic/pending.ts';
import { resetHallStore, useHallStore } from '../state/hall-store.ts';

type CounterSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

const ACK_TIMEOUT_MS = 8_000;
const RETRY_SOON_MS = 1_200;
/**
 * A command refused for now (rate limit, conflict) is tried again with its id up to this many times. A lost
 * answer has no limit: it is resent with the same id until the hub answers, so it never runs twice.
 */
const MAX_ATTEMPTS = 6;

let socket: CounterSocket | undefined;
let onSessionEnded: (() => void) | undefined;
let retryTimer: ReturnType<typeof setTimeout> | undefined;
let reconnectTimer: ReturnType<typeof setTimeout> | undefined;

const set = useHallStore.setState;
const get = useHallStore.getState;

/**
 * Opens the socket for a signed-in clerk: snapshot and events keep the hall in the store; every
 * reconnect sends the last event id seen, so the hub replays what was missed (or sends a snapshot).
 */
export function connect(token: string, sessionEnded: () => void): void {
  disconnect();
  onSessionEnded = sessionEnded;
  const s: CounterSocket = io(location.origin, {
    path: '/socket.io/',
    // A function: each reconnect sends the current lastEventId.
    auth: (cb) => {
      const last = get().data.lastEventId;
      cb({ token, protocolVersion: PROTOCOL_VERSION, ...(get().synced && last > 0 ? { lastEventId: last } : {}) });
    },
    transports: ['websocket', 'polling'],
    reconnection: true,
    reconnectionDelay: 500,
    reconnectionDelayMax: 4_000,
  });
  socket = s;

  s.on('connect', () => {
    set({ connected: true });
    flush();
  });
  s.on('disconnect', (reason) => {
    set((st) => ({ connected: false, pending: markAllLost(st.pending) }));
    // The hub cut us (logout, ended session, hub restart): socket.io does not come back by itself.
    if (reason === 'io server disconnect') later(() => s.connect(), 1_500);
  });
  s.on('connect_error', (err) => {
    set({ connected: false });
    const error = toHubError((err as Error & { data?: unknown }).data);
    if (error.code === 'UNAUTHENTICATED') {
      endSession();
      return;
    }
    if (!s.active) later(() => s.connect(), error.code === 'RATE_LIMITED' ? 3_000 : 2_000);
  });
  s.on('hall:snapshot', (snapshot) =>
    set((st) => ({
      data: applySnapshot(snapshot, Date.now()),
      synced: true,
      ...applyStats(st, snapshot.stats, true),
    })),
  );
  s.on('hall:stats', (stats) => set((st) => applyStats(st, stats, false)));
  s.on('hall:bookings', (body) => {
    if (!body || !Array.isArray(body.bookings)) return;
    set((st) => ({ bookings: applyBookingsPush(st.bookings, body.day, body.bookings) }));
  });
  s.on('hall:event', (event) => set((st) => ({ data: applyEvent(st.data, event) })));
}

function later(fn: () => void, ms: number): void {
  clearTimeout(reconnectTimer);
  reconnectTimer = setTimeout(fn, ms);
}

function endSession(): void {
  const cb = onSessionEnded;
  disconnect();
  cb?.();
}

export function disconnect(): void {
  clearTimeout(retryTimer);
  clearTimeout(reconnectTimer);
  socket?.removeAllListeners();
  socket?.disconnect();
  socket = undefined;
  resetHallStore();
}

/**
 * Sends a new window command: a fresh requestId, kept with the payload until the hub answers. A lost
 * answer (timeout, dropped connection) is sent again with the same id after the reconnect.
 */
export function sendCommand(action: string, window: number, fields: Record<string, unknown> = {}): string {
  const requestId = newRequestId('counter');
  const payload = { ...fields, window, requestId };
  set((st) => ({
    pending: addPending(st.pending, { requestId, event: `window:${action}`, payload, createdAt: Date.now() }),
    failure: null,
  }));
  flush();
  return requestId;
}

function flush(): void {
  const s = socket;
  if (!s?.connected) return;
  for (const cmd of toResend(get().pending)) {
    set((st) => ({ pending: markSent(st.pending, cmd.requestId) }));
    const untyped = s as unknown as Socket;
    untyped
      .timeout(ACK_TIMEOUT_MS)
      .emit(cmd.event, cmd.payload, (err: Error | null, reply: Ack<WindowCommandResult>) =>
        onAck(cmd.requestId, cmd.event, err, reply),
      );
  }
}

function retrySoon(): void {
  clearTimeout(retryTimer);
  retryTimer = setTimeout(flush, RETRY_SOON_MS);
}

function fail(event: string, error: { code: string; message: string }, requestId: string): void {
  set((st) => ({
    pending: settle(st.pending, requestId),
    failure: { action: event.replace(/^window:/, ''), code: error.code, message: error.message, at: Date.now() },
  }));
}

function onAck(requestId: string, event: string, err: Error | null, reply: Ack<WindowCommandResult> | undefined): void {
  if (!get().pending.some((c) => c.requestId === requestId)) return;
  if (err || !reply) {
    // No answer: keep the id; send again once connected (now, if the socket is still up).
    set((st) => ({ pending: markLost(st.pending, requestId) }));
    if (socket?.connected) retrySoon();
    return;
  }
  if (reply.ok) {
    set((st) => ({
      pending: settle(st.pending, requestId),
      data: applyCommandResult(st.data, reply),
      lastOk: { action: event.replace(/^window:/, ''), at: Date.now() },
    }));
    return;
  }
  if (reply.code === 'UNAUTHENTICATED') {
    endSession();
    return;
  }
  const attempts = get().pending.find((c) => c.requestId === requestId)?.attempts ?? 0;
  const transient = reply.code === 'RATE_LIMITED' || reply.code === 'CONFLICT' || reply.code === 'INTERNAL';
  if (transient && attempts < MAX_ATTEMPTS) {
    // Nothing was stored for a refused command; the same id is evaluated afresh.
    set((st) => ({ pending: markLost(st.pending, requestId) }));
    retrySoon();
    return;
  }
  fail(event, reply, requestId);
}

export function clearFailure(): void {
  set({ failure: null });
}
