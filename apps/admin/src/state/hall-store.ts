import type { HallConfig } from '@hall/protocol';
import { create } from 'zustand';
import { api, pageError } from './auth.ts';

/**
 * The hall as every signed-in console may read it (`GET /api/v1/hall`: names of zones, services and windows,
 * the time zone). Supervisors may not read the configuration document with its versions; the live board
 * names things from this.
 */
export interface HallState {
  hall: HallConfig | null;
  load(): Promise<void>;
}

export const useHall = create<HallState>()((set) => ({
  hall: null,
  load: async () => {
    try {
      set({ hall: await api().hall() });
    } catch (err) {
      // The pages say when the hub does not answer; names wait for the next load.
      pageError(err);
    }
  },
}));
