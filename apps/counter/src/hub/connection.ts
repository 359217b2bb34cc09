import {
  addPending,
  connectHall,
  followConfig,
  markAllLost,
  markSent,
  nextDue,
  toResend,
  type HallConnection,
  type HubRequestError,
  type PendingCommand,
} from '@hall/hub-client';
import { newRequestId } from '@hall/protocol';
import { applyBookingsPush } from '../logic/bookings.ts';
import { afterCommandReply, dueAtReconnect, type WindowCommandName } from '../logic/command-outcome.ts';
import { replica, resetHallStore, useHallStore } from '../state/hall-store.ts';
import { useSession } from '../state/session-store.ts';

/** How long an attempt waits for its acknowledgement before it counts as unanswered (and is resent). */
const ACK_TIMEOUT_MS = 8_000;

let connection: HallConnection | undefined;
let onRefused: ((error: HubRequestError) => void) | undefined;
let retryTimer: ReturnType<typeof setTimeout> | undefined;

const set = useHallStore.setState;
const get = useHallStore.getState;

/**
 * Opens the socket for a signed-in clerk: snapshot and events keep the hall in the store; every reconnect
 * sends the last event id seen, so the hub replays what was missed (or sends a snapshot). A final refusal
 * (an ended session, another protocol version) stops it and goes to `refused`.
 */
export function connect(token: string, refused: (error: HubRequestError) => void): void {
  disconnect();
  onRefused = refused;
  // An admin's change to the hall (a new window, a renamed service) shows at once, without a reload.
  const config = followConfig((hall) => useSession.setState({ hall }));
  connection = connectHall({
    url: '',
    token,
    lastEventId: () => (get().synced ? get().data.lastEventId : undefined),
    configVersion: config.version,
    handlers: {
      onConfig: config.onConfig,
      onStatus: (connected) => {
        if (!connected) {
          set((st) => ({ connected: false, pending: markAllLost(st.pending) }));
          return;
        }
        set((st) => ({ connected: true, pending: dueAtReconnect(st.pending) }));
        flush();
      },
      onSnapshot: (snapshot) => {
        config.onSnapshot(snapshot);
        set((st) => ({ data: replica.applySnapshot(st.data, snapshot, Date.now()), synced: true }));
      },
      onEvent: (event) => set((st) => ({ data: replica.applyEvent(st.data, event) })),
      onStats: (stats) => set((st) => ({ data: replica.applyStats(st.data, stats) })),
      onBookings: (body) => set((st) => ({ bookings: applyBookingsPush(st.bookings, body.day, body.bookings) })),
      onRefused: (error) => endConnection(error),
    },
  });
}

function endConnection(error: HubRequestError): void {
  const cb = onRefused;
  disconnect();
  cb?.(error);
}

export function disconnect(): void {
  clearTimeout(retryTimer);
  connection?.close();
  connection = undefined;
  resetHallStore();
}

/**
 * Sends a new window command: a fresh requestId, kept with the payload until the hub answers. A lost
 * answer (timeout, dropped connection) is sent again with the same id, so it never runs twice.
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

/** Sends what is due now (oldest first), and wakes up again when the next retry is due. */
function flush(): void {
  clearTimeout(retryTimer);
  const c = connection;
  if (!c?.connected()) return;
  for (const cmd of toResend(get().pending, Date.now())) void attempt(c, cmd);
  const due = nextDue(get().pending);
  if (due !== null) retryTimer = setTimeout(flush, Math.max(0, due - Date.now()));
}

async function attempt(c: HallConnection, cmd: PendingCommand): Promise<void> {
  set((st) => ({ pending: markSent(st.pending, cmd.requestId) }));
  const attempts = cmd.attempts + 1;
  const reply = await c.command(cmd.event as WindowCommandName, cmd.payload, ACK_TIMEOUT_MS);
  const held = get().pending.find((p) => p.requestId === cmd.requestId);
  // Settled meanwhile, sent again since (its newer attempt decides), or another session by now.
  if (!held || held.attempts !== attempts || connection !== c) return;
  const next = afterCommandReply(get().pending, held, reply, Date.now());
  switch (next.kind) {
    case 'done':
      set((st) => ({
        pending: next.pending,
        data: replica.applyCommandResult(st.data, next.result),
        lastOk: { action: actionOf(cmd), at: Date.now() },
      }));
      return;
    case 'retry':
      set({ pending: next.pending });
      flush();
      return;
    case 'refused':
      return endConnection(next.error);
    case 'failed':
      set({
        pending: next.pending,
        failure: { action: actionOf(cmd), code: next.error.code, message: next.error.message, at: Date.now() },
      });
  }
}

const actionOf = (cmd: PendingCommand): string => cmd.event.replace(/^window:/, '');

export function clearFailure(): void {
  set({ failure: null });
}
