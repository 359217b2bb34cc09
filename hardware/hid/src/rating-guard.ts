/**
 * One rating per ticket, decided at the bridge before the hub is asked. After the hub accepts a rating for
 * ticket T at a window, further presses there are dropped until the hub says another ticket is pending
 * (`ticketPending`, fed from call-pad replies and from whoever watches the hub's events). Pure: time comes in.
 *
 * The hub stays the authority (a second rating of T gets NO_RATING_PENDING there). `lockMs` only bounds how
 * long the bridge trusts its own memory: when no one tells it about the next ticket (the clerk called it
 * from the terminal), presses after `lockMs` go to the hub again, which accepts them for a new ticket or
 * refuses them.
 */
export type RatingVerdict = 'send' | 'in-flight' | 'already-rated';

export interface RatingGuard {
  check(window: number, now: number): RatingVerdict;
  /** A rating for this window is on its way to the hub: later presses wait for its answer (dropped). */
  sending(window: number): void;
  /** The hub accepted a rating for `ticketId` (null if it named none). */
  accepted(window: number, ticketId: string | null, now: number): void;
  /** The hub refused or could not be reached: nothing was rated, the next press may try again. */
  failed(window: number): void;
  /** The hub says `ticketId` waits for a rating at this window. */
  ticketPending(window: number, ticketId: string): void;
  /** The ticket whose rating was last accepted at this window, if the bridge still holds it. */
  lastRated(window: number): string | null;
}

export const DEFAULT_RATING_LOCK_MS = 30_000;

export function createRatingGuard(lockMs: number = DEFAULT_RATING_LOCK_MS): RatingGuard {
  const windows = new Map<number, { inFlight: boolean; rated: string | null; lockedAt: number | null }>();
  const stateOf = (window: number) => {
    let state = windows.get(window);
    if (!state) {
      state = { inFlight: false, rated: null, lockedAt: null };
      windows.set(window, state);
    }
    return state;
  };
  return {
    check(window, now) {
      const state = stateOf(window);
      if (state.inFlight) return 'in-flight';
      if (state.lockedAt !== null && now >= state.lockedAt && now - state.lockedAt < lockMs) return 'already-rated';
      return 'send';
    },
    sending(window) {
      stateOf(window).inFlight = true;
    },
    accepted(window, ticketId, now) {
      const state = stateOf(window);
      state.inFlight = false;
      state.rated = ticketId;
      state.lockedAt = now;
    },
    failed(window) {
      stateOf(window).inFlight = false;
    },
    ticketPending(window, ticketId) {
      const state = stateOf(window);
      if (state.rated !== ticketId) state.lockedAt = null;
    },
    lastRated(window) {
      return windows.get(window)?.rated ?? null;
    },
  };
}
