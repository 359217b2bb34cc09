import { connectHall, followConfig, hubTime, type HallConnection, type HubRequestError } from '@hall/hub-client';
import type { HallEventMessage } from '@hall/protocol';
import { applyEvent, applySnapshot, applyStats } from '../logic/hall-state.ts';
import { useDisplay } from '../state/display-store.ts';
import { HUB_BASE } from './api.ts';

export interface ConnectionHooks {
  /** Every newly applied event; `live` is false for events replayed at a reconnect. */
  onEvent(event: HallEventMessage, o: { live: boolean; hubNow: number }): void;
  /** The hub refused the connection for good (a revoked or wrong token, another protocol version). */
  onRefused(error: HubRequestError): void;
  /** Connected (again): the lists are read once more, as a fallback to the pushes. */
  onConnected?(): void;
}

let connection: HallConnection | undefined;

const set = useDisplay.setState;
const get = useDisplay.getState;

/**
 * Opens the display's socket (hub-client's `connectHall`) and keeps it open for weeks: it reconnects by
 * itself with the shared back-off, and each (re)connect sends the last event id applied, so the hub replays
 * what was missed or sends a snapshot. The last known state stays on screen meanwhile.
 */
export function connect(token: string, hooks: ConnectionHooks): void {
  disconnect();
  // An admin's change to the hall (a renamed window or service) shows at once, without a reload.
  const config = followConfig((hall) => set({ hall }));
  connection = connectHall({
    url: HUB_BASE,
    token,
    configVersion: config.version,
    lastEventId: () => {
      const { synced, data } = get();
      return synced ? data.lastEventId : undefined;
    },
    handlers: {
      onStatus: (connected) => {
        set(connected ? { connected, everConnected: true } : { connected });
        if (connected) hooks.onConnected?.();
      },
      onSnapshot: (snapshot) => {
        config.onSnapshot(snapshot);
        set((st) => ({ data: applySnapshot(st.data, snapshot, Date.now()), synced: true }));
      },
      onConfig: config.onConfig,
      onEvent: (event, { live }) => {
        const before = get().data;
        const data = applyEvent(before, event);
        if (data === before) return;
        set({ data });
        hooks.onEvent(event, { live, hubNow: hubTime(Date.now(), before.clockOffset) });
      },
      onStats: (stats) => set((st) => ({ data: applyStats(st.data, stats) })),
      onBookings: ({ bookings }) => set((st) => ({ bookings, bookingsVersion: st.bookingsVersion + 1 })),
      onNotices: ({ notices }) => set({ notices }),
      onRefused: (error) => {
        connection = undefined;
        set({ connected: false });
        hooks.onRefused(error);
      },
      // Dropped by hub-client (an event or snapshot brings a fresh snapshot); noted for whoever looks.
      onInvalidPush: (name, error) =>
        console.warn(`display: dropped a ${name} that does not match the protocol`, error),
    },
  });
}

export function disconnect(): void {
  connection?.close();
  connection = undefined;
  set({ connected: false });
}
