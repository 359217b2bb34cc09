import {
  PROTOCOL_VERSION,
  toPublicTicket,
  type HallEventMessage,
  type HallSnapshot,
  type PublicTicket,
  type QueueStats,
  type Role,
  type StoredEvent,
  type SyncReply,
  type Ticket,
} from '@hall/protocol';
import { queueStatsWithWaitsOf } from '@hall/queue-core';
import type { HallStore } from '@hall/store';
import type { HallService } from './hall-service.ts';

/** A client that missed more than this many events gets a snapshot instead of the list. */
export const MAX_REPLAY = 500;

/** What each role may see of a ticket: staff all of it (masked personal data), displays the public part, kiosks nothing. */
export function ticketFor(role: Role, t: Ticket): Ticket | PublicTicket | undefined {
  if (role === 'admin' || role === 'clerk') return t;
  if (role === 'display') return toPublicTicket(t);
  return undefined;
}

/** Displays and staff follow the hall; kiosks and rating tablets only need waits and their own window. */
function watches(role: Role): boolean {
  return role === 'admin' || role === 'clerk' || role === 'display';
}

export function eventFor(role: Role, e: StoredEvent): HallEventMessage | undefined {
  if (!watches(role)) return undefined;
  const ticket = e.ticket ? ticketFor(role, e.ticket) : undefined;
  return {
    id: e.id,
    type: e.type,
    at: e.at,
    businessDay: e.businessDay,
    ...(ticket ? { ticket } : {}),
    ...(e.window ? { window: e.window } : {}),
  };
}

// The figures change only with a commit (a new event id), a new configuration or with the minute (opening hours); displays,
// kiosks and counters read them far more often than that.
const statsMemo = new WeakMap<HallService, { key: string; stats: QueueStats }>();

export function statsOf(hall: HallService): QueueStats {
  const now = hall.now();
  const key = `${hall.lastEventId}|${hall.configVersion}|${hall.state.businessDay}|${Math.floor(now / 60_000)}`;
  const known = statsMemo.get(hall);
  if (known?.key === key) return known.stats;
  const stats = {
    eventId: hall.lastEventId,
    businessDay: hall.state.businessDay,
    services: queueStatsWithWaitsOf(hall.hall, hall.state, now),
  };
  statsMemo.set(hall, { key, stats });
  return stats;
}

export function snapshotFor(role: Role, hall: HallService, now: number): HallSnapshot {
  const tickets: Array<Ticket | PublicTicket> = [];
  for (const t of hall.state.tickets.values()) {
    const seen = ticketFor(role, t);
    if (seen) tickets.push(seen);
  }
  return {
    protocolVersion: PROTOCOL_VERSION,
    lastEventId: hall.lastEventId,
    businessDay: hall.state.businessDay,
    serverTime: now,
    configVersion: hall.configVersion,
    // Window states name the clerks; a kiosk needs only the waits in `stats`.
    windows: watches(role) ? [...hall.state.windows.values()] : [],
    tickets,
    stats: statsOf(hall),
  };
}

/** The events a client missed since `lastEventId`, or a snapshot when they are too many or unknown. */
export function syncFor(role: Role, lastEventId: number, hall: HallService, store: HallStore, now: number): SyncReply {
  const snapshot = (): SyncReply => ({ kind: 'snapshot', snapshot: snapshotFor(role, hall, now) });
  if (!watches(role)) return snapshot();
  // An id beyond ours means the client saw another database (a restore, a new hall): start over.
  if (lastEventId > hall.lastEventId || hall.lastEventId - lastEventId > MAX_REPLAY) return snapshot();
  const missed = store.events.since(lastEventId, MAX_REPLAY + 1);
  if (missed.length > MAX_REPLAY) return snapshot();
  return { kind: 'events', events: missed.flatMap((e) => eventFor(role, e) ?? []) };
}
