import { hallReplica, STAFF_TICKETS, type HallReplica, type HubFailureCode, type Pending } from '@hall/hub-client';
import type { Ticket } from '@hall/protocol';
import { create } from 'zustand';
import type { BookingsHeld } from '../logic/bookings.ts';

/** The counter's hall replica: whole tickets, today's finished ones kept (history, figures, ratings). */
export const replica = hallReplica(STAFF_TICKETS);

export interface CommandFailure {
  action: string;
  code: string;
  message: string;
  at: number;
}

export interface HallStore {
  /** Windows, tickets and the hub's queue figures (with each service's opening: `open`, `opensAt`, `callable`). */
  data: HallReplica<Ticket>;
  /** A snapshot has arrived on this connection (or an earlier one). */
  synced: boolean;
  connected: boolean;
  /** The hub refused the connection for good (e.g. PROTOCOL_VERSION_MISMATCH): nothing retries. */
  refused: HubFailureCode | null;
  pending: Pending;
  failure: CommandFailure | null;
  /** Cleared failure notices and ok acks: the last action that succeeded, for a short confirmation. */
  lastOk: { action: string; at: number } | null;
  /** Today's bookings: pushed (`hall:bookings`) or read (`GET /api/v1/bookings`); null until either. */
  bookings: BookingsHeld | null;
}

const initial = (): HallStore => ({
  data: replica.empty(),
  synced: false,
  connected: false,
  refused: null,
  pending: [],
  failure: null,
  lastOk: null,
  bookings: null,
});

export const useHallStore = create<HallStore>()(initial);

export function resetHallStore(): void {
  useHallStore.setState(initial());
}
