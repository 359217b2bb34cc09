import type { DeviceStateView, DeviceView } from '@hall/protocol';
import type { HallStore } from '@hall/store';
import type { Clock } from '../clock.ts';

/**
 * How often at most a device's "last seen" is written while it keeps talking: a socket's heartbeat comes
 * every 25 s and a kiosk may poll, and a write per packet would load the database for nothing.
 */
export const LAST_SEEN_WRITE_MS = 60_000;

interface Presence {
  /** Sockets of this device connected now (a device may briefly hold two while it reconnects). */
  sockets: number;
  onlineSince: number | null;
  offlineSince: number | null;
  lastSeenAt: number | null;
  /** The value last written to the database. */
  writtenAt: number | null;
}

/**
 * Which devices are online and when the hub last heard from each, for the admin's device list. Kept in
 * memory; "last seen" is written to the device table at most every LAST_SEEN_WRITE_MS, on disconnect and on
 * `flush`, so a restart keeps it. Times are the hub's clock.
 */
export class DevicePresence {
  private readonly byId = new Map<string, Presence>();
  private readonly listeners = new Set<() => void>();

  constructor(
    private readonly store: HallStore,
    private readonly clock: Clock,
  ) {
    // After a restart a device is offline since the hub last heard from it, as far as the hub knows.
    for (const [id, at] of store.devices.lastSeen()) {
      this.byId.set(id, { sockets: 0, onlineSince: null, offlineSince: at, lastSeenAt: at, writtenAt: at });
    }
  }

  private entry(id: string): Presence {
    let p = this.byId.get(id);
    if (!p) {
      p = { sockets: 0, onlineSince: null, offlineSince: null, lastSeenAt: null, writtenAt: null };
      this.byId.set(id, p);
    }
    return p;
  }

  /** Called after a device came online or went offline (the live board's alerts follow). */
  onChanged(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private changed(): void {
    for (const listener of this.listeners) listener();
  }

  /** A socket of the device connected. */
  connected(id: string): void {
    const p = this.entry(id);
    const now = this.clock.now();
    if (p.sockets === 0) p.onlineSince = now;
    p.sockets += 1;
    this.seen(id);
    if (p.sockets === 1) this.changed();
  }

  /** A socket of the device went away: the device is offline once its last socket is gone. */
  disconnected(id: string): void {
    const p = this.entry(id);
    const now = this.clock.now();
    p.sockets = Math.max(0, p.sockets - 1);
    p.lastSeenAt = now;
    if (p.sockets === 0) {
      p.offlineSince = now;
      p.onlineSince = null;
    }
    this.write(id, p);
    if (p.sockets === 0) this.changed();
  }

  /** Traffic from the device: a socket packet or an authenticated HTTP request. */
  seen(id: string): void {
    const p = this.entry(id);
    const now = this.clock.now();
    p.lastSeenAt = now;
    if (p.writtenAt === null || Math.abs(now - p.writtenAt) >= LAST_SEEN_WRITE_MS) this.write(id, p);
  }

  /** Writes every "last seen" not yet stored (the hub is stopping). */
  flush(): void {
    for (const [id, p] of this.byId) if (p.lastSeenAt !== p.writtenAt) this.write(id, p);
  }

  /** The device as the admin sees it, with its live state. */
  stateOf(device: DeviceView): DeviceStateView {
    const p = this.byId.get(device.id);
    return {
      ...device,
      online: (p?.sockets ?? 0) > 0,
      onlineSince: p?.onlineSince ?? null,
      offlineSince: p && p.sockets === 0 ? p.offlineSince : null,
      lastSeenAt: p?.lastSeenAt ?? null,
    };
  }

  private write(id: string, p: Presence): void {
    if (p.lastSeenAt === null) return;
    this.store.devices.setLastSeen(id, p.lastSeenAt);
    p.writtenAt = p.lastSeenAt;
  }
}
