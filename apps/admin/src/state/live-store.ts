import { clockOffsetFrom, hubTime } from '@hall/hub-client';
import { newRequestId, type AlertsPush, type LiveBoard } from '@hall/protocol';
import { create } from 'zustand';
import { api, pageError } from './auth.ts';

/**
 * The live board as the hub last gave it, and how far this PC's clock is from the hub's (from the board's
 * and the pushes' `at`): every "for how long" on the page is counted on the hub's clock.
 */
export interface LiveState {
  board: LiveBoard | null;
  /** Hub clock minus this PC's clock, from the last board or push. */
  clockOffset: number;
  /** The hub's clock as of the last board, push or tick: what the page counts durations to. */
  now: number;
  loadError: unknown;
  /** The socket that pushes `hall:alerts` and the hall's events is up. */
  connected: boolean;
  /** Alerts being acknowledged now (their buttons wait). */
  acknowledging: ReadonlySet<string>;
  ackError: unknown;
  refresh(): Promise<void>;
  alertsPushed(push: AlertsPush): void;
  setConnected(connected: boolean): void;
  acknowledge(id: string): Promise<void>;
  /** Moves `now` on to the hub's clock now, as this page reckons it (between reads of the board). */
  tick(): void;
  reset(): void;
}

const EMPTY = new Set<string>();

export const useLive = create<LiveState>()((set, get) => {
  /** Reads can overlap (a poll and an event's read): only the answer of the latest one is shown. */
  let reads = 0;
  return {
    board: null,
    clockOffset: 0,
    now: 0,
    loadError: null,
    connected: false,
    acknowledging: EMPTY,
    ackError: null,
    refresh: async () => {
      const read = ++reads;
      try {
        const board = await api().live();
        if (read !== reads) return;
        set({ board, clockOffset: clockOffsetFrom(board.at, Date.now()), now: board.at, loadError: null });
      } catch (err) {
        if (read === reads && pageError(err)) set({ loadError: err });
      }
    },
    alertsPushed: (push) => {
      const { board } = get();
      // Before the first board there is nothing to put them on; the board brings its own alerts.
      if (!board || push.at < board.at) return;
      set({
        board: { ...board, at: push.at, alerts: push.alerts },
        clockOffset: clockOffsetFrom(push.at, Date.now()),
        now: push.at,
      });
    },
    setConnected: (connected) => set({ connected }),
    acknowledge: async (id) => {
      if (get().acknowledging.has(id)) return;
      set((s) => ({ acknowledging: new Set([...s.acknowledging, id]), ackError: null }));
      try {
        await api().acknowledgeAlert(id, newRequestId('admin'));
        await get().refresh();
      } catch (err) {
        if (pageError(err)) set({ ackError: err });
      } finally {
        set((s) => ({ acknowledging: new Set([...s.acknowledging].filter((a) => a !== id)) }));
      }
    },
    tick: () => {
      if (get().board) set({ now: hubTime(Date.now(), get().clockOffset) });
    },
    reset: () =>
      set({
        board: null,
        clockOffset: 0,
        now: 0,
        loadError: null,
        connected: false,
        acknowledging: EMPTY,
        ackError: null,
      }),
  };
});
