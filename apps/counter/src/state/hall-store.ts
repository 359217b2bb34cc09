import { create } from 'zustand';
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
}

export const useHallStore = create<HallStore>()(() => ({
  data: EMPTY_HALL,
  synced: false,
  connected: false,
  pending: [],
  failure: null,
  lastOk: null,
}));

export function resetHallStore(): void {
  useHallStore.setState({
    data: EMPTY_HALL,
    synced: false,
    connected: false,
    pending: [],
    failure: null,
    lastOk: null,
  });
}
