import type { QueueStats } from '@hall/protocol';
import { create } from 'zustand';
import type { BookingsHeld } from '../logic/bookings.ts';
import { EMPTY_HALL, type HallData } from '../logic/hall-state.ts';
import type { Pending } from '../logic/pending.ts';

export interface CommandFailure {
  action: string;
  code: string;
  message: string;
  at: number;
}

export interface HallStore {
  data: HallData;
  /** A snapshot has arrived on this connection (or an earlier one). */
  synced: boolean;
  connected: boolean;
  pending: Pending;
  failure: CommandFailure | null;
  /** Cleared failure notices and ok acks: the last action that succeeded, for a short confirmation. */
  lastOk: { action: string; at: number } | null;
  /** The hub's queue figures, with each service's opening (`open`, `opensAt`, `closesAt`, `callable`). */
  stats: QueueStats | null;
  /** Today's bookings: pushed (`hall:bookings`) or read (`GET /api/v1/bookings`); null until either. */
  bookings: BookingsHeld | null;
}

export const useHallStore = create<HallStore>()(() => ({
  data: EMPTY_HALL,
  synced: false,
  connected: false,
  pending: [],
  failure: null,
  lastOk: null,
  stats: null,
  bookings: null,
}));

export function resetHallStore(): void {
  useHallStore.setState({
    data: EMPTY_HALL,
    synced: false,
    connected: false,
    pending: [],
    failure: null,
    lastOk: null,
    stats: null,
    bookings: null,
  });
}
