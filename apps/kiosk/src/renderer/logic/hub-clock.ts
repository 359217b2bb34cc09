/**
 * The kiosk shows the hub's time, never its own clock (a hall PC's clock may be off by a day): each snapshot
 * the hub sends on connect carries its `serverTime`, and the kiosk keeps how far its own clock is from it.
 */

/** Hub clock minus the kiosk's own clock, from a snapshot's `serverTime` that arrived at `localNow`. */
export function clockOffsetFrom(serverTime: number, localNow: number): number {
  return Number.isFinite(serverTime) ? serverTime - localNow : 0;
}

/** The hub's time at the kiosk's own `localNow`; an offset of 0 (no snapshot yet) is the kiosk's own clock. */
export function hubTime(localNow: number, clockOffset: number): number {
  return localNow + clockOffset;
}
