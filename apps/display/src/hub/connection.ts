import {
  PROTOCOL_VERSION,
  type ClientToServerEvents,
  type HallEventMessage,
  type ServerToClientEvents,
} from '@hall/protocol';
import { io, type Socket } from 'socket.io-client';
import { parseBookingsPush } from '../logic/bookings.ts';
import { applyEvent, applySnapshot, applyStats } from '../logic/hall-state.ts';
import { parseNotices } from '../logic/notices.ts';
import { useDisplay } from '../state/display-store.ts';

type DisplaySocket = Socket<ServerToClientEvents, ClientToServerEvents>;

export interface ConnectionHooks {
  /** Every newly applied call event; `live` is false for events replayed at a reconnect. */
  onEvent(event: HallEventMessage, o: { live: boolean; hubNow: number }): void;
  /** The hub refused the token (revoked, or pasted wrong). */
  onRefused(): void;
  /** Connected (again): the lists are read once more, as a fallback to the pushes. */
  onConnected?(): void;
}

let socket: DisplaySocket | undefined;
let retryTimer: ReturnType<typeof setTimeout> | undefined;

const set = useDisplay.setState;
const get = useDisplay.getState;

/**
 * Opens the display's socket and keeps it open for weeks: socket.io reconnects by itself with back-off
 * (1 s doubling to 20 s, with jitter); a cut by the hub or a refused connect is retried here. Each
 * (re)connect sends the last event id applied, so the hub replays what was missed or sends a snapshot.
 * The last known state stays on screen meanwhile.
 */
export function connect(token: string, hooks: ConnectionHooks): void {
  disconnect();
  /** True from a reconnect that asked for replay until the hub's first stats, which close the replay. */
  let replaying = false;
  const s: DisplaySocket = io(location.origin, {
    path: '/socket.io/',
    auth: (cb) => {
      const { synced, data } = get();
      replaying = synced && data.lastEventId > 0;
      cb({ token, protocolVersion: PROTOCOL_VERSION, ...(replaying ? { lastEventId: data.lastEventId } : {}) });
    },
    transports: ['websocket', 'polling'],
    reconnection: true,
    reconnectionAttempts: Infinity,
    reconnectionDelay: 1_000,
    reconnectionDelayMax: 20_000,
    randomizationFactor: 0.5,
    timeout: 10_000,
  });
  socket = s;

  s.on('connect', () => {
    set({ connected: true, everConnected: true });
    hooks.onConnected?.();
  });
  s.on('disconnect', (reason) => {
    set({ connected: false });
    // The hub cut us: socket.io does not come back by itself in that case.
    if (reason === 'io server disconnect') later(() => s.connect(), 5_000);
  });
  s.on('connect_error', (err) => {
    set({ connected: false });
    const data = (err as Error & { data?: { code?: unknown } }).data;
    const code = typeof data?.code === 'string' ? data.code : '';
    if (code === 'UNAUTHENTICATED') {
      disconnect();
      hooks.onRefused();
      return;
    }
    // Another protocol version: the hub was updated; the new display build comes with a reload.
    if (code === 'PROTOCOL_VERSION_MISMATCH') {
      later(() => location.reload(), 60_000);
      return;
    }
    if (!s.active) later(() => s.connect(), code === 'RATE_LIMITED' ? 5_000 : 3_000);
  });
  s.on('hall:snapshot', (snapshot) => {
    replaying = false;
    set((st) => ({ data: applySnapshot(st.data, snapshot, Date.now()), synced: true }));
  });
  s.on('hall:event', (event) => {
    const before = get().data;
    if (event.id <= before.lastEventId) return;
    set({ data: applyEvent(before, event) });
    hooks.onEvent(event, { live: !replaying, hubNow: Date.now() + before.clockOffset });
  });
  s.on('hall:stats', (stats) => {
    replaying = false;
    set((st) => ({ data: applyStats(st.data, stats) }));
  });
  s.on('hall:bookings', (body) => {
    const bookings = parseBookingsPush(body);
    if (bookings) set((st) => ({ bookings, bookingsVersion: st.bookingsVersion + 1 }));
  });
  s.on('hall:notices', (body) => {
    const notices = parseNotices(body);
    if (notices) set({ notices });
  });
}

function later(fn: () => void, ms: number): void {
  clearTimeout(retryTimer);
  retryTimer = setTimeout(fn, ms);
}

export function disconnect(): void {
  clearTimeout(retryTimer);
  socket?.removeAllListeners();
  socket?.disconnect();
  socket = undefined;
  set({ connected: false });
}
