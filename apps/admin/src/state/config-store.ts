import type { HallConfigInput } from '@hall/protocol';
import { create } from 'zustand';
import type { ConfigVersionView } from '../hub/config-api.ts';
import { saveFailureOf, type SaveFailure } from '../logic/save-outcome.ts';
import { api, pageError } from './auth.ts';

export interface ConfigState {
  /** The version the console shows and edits on; every save names it as its base. */
  current: ConfigVersionView | null;
  loadFailed: boolean;
  saving: boolean;
  failure: SaveFailure | null;
  /** The version a save of this console made last, for the "saved" message. */
  saved: number | null;
  load(): Promise<void>;
  /** Saves the whole document over the current version; false when the hub refused (see `failure`). */
  save(config: HallConfigInput, note?: string): Promise<boolean>;
  rollback(version: number): Promise<boolean>;
  clearFailure(): void;
}

export const useConfig = create<ConfigState>()((set, get) => {
  const settle = async (run: (base: number) => Promise<ConfigVersionView>): Promise<boolean> => {
    const base = get().current?.version;
    if (base === undefined || get().saving) return false;
    set({ saving: true, failure: null, saved: null });
    try {
      const view = await run(base);
      set({ current: view, saving: false, saved: view.version });
      return true;
    } catch (err) {
      set({ saving: false, failure: pageError(err) ? saveFailureOf(err) : null });
      return false;
    }
  };
  return {
    current: null,
    loadFailed: false,
    saving: false,
    failure: null,
    saved: null,
    load: async () => {
      try {
        const current = await api().config();
        set({ current, loadFailed: false, failure: null });
      } catch (err) {
        if (pageError(err)) set({ loadFailed: true });
      }
    },
    save: (config, note) => settle((base) => api().putConfig(base, config, note)),
    rollback: (version) => settle((base) => api().rollback(version, base)),
    clearFailure: () => set({ failure: null, saved: null }),
  };
});
