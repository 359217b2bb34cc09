/**
 * Turns key-downs into presses. Pure: the time comes in with each call.
 *
 * - A key that went down less than `minIntervalMs` after its previous key-down is the same press: bouncing
 *   contacts, or a citizen hammering the button ten times a second, give one action per burst. The window
 *   slides with each key-down, so a burst lasts until the key rests for `minIntervalMs`.
 * - While a key is held, a device may repeat the same report: no new press until a release is seen.
 */
export interface Debouncer {
  /** A key-down report for this key; true when it is a new press that should act. */
  down(key: string, now: number): boolean;
  /** A release report: no key is held any more. */
  release(now: number): void;
}

export const DEFAULT_MIN_INTERVAL_MS = 400;

export function createDebouncer(minIntervalMs: number = DEFAULT_MIN_INTERVAL_MS): Debouncer {
  let held: string | null = null;
  const lastDown = new Map<string, number>();
  return {
    down(key, now) {
      const previous = lastDown.get(key);
      lastDown.set(key, now);
      if (held === key) return false;
      held = key;
      // A clock that stepped back counts as "just now": better one lost press than a double call.
      return previous === undefined || now - previous >= minIntervalMs;
    },
    release(now) {
      if (held !== null) lastDown.set(held, now);
      held = null;
    },
  };
}
