/**
 * Screens show the hub's time, never their own clock (a hall PC's clock may be off by a day): every
 * snapshot carries the hub's `serverTime`, and a screen keeps how far its own clock is from it.
 */

/** Hub clock minus the local clock, from a `serverTime` that arrived at `localNow`. */
export function clockOffsetFrom(serverTime: number, localNow: number): number {
  return Number.isFinite(serverTime) && Number.isFinite(localNow) ? serverTime - localNow : 0;
}

/** The hub's time at the local `localNow`; an offset of 0 (no snapshot yet) is the local clock. */
export function hubTime(localNow: number, clockOffset: number): number {
  return localNow + clockOffset;
}
