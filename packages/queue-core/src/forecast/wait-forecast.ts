import type { Ticket, WaitForecast } from '@hall/protocol';
import type { HallIndex } from '../hall-index.ts';
import type { HallState } from '../state.ts';
import { forecastNewTickets, rollUntilCalled } from './roll-forward.ts';
import type { ServiceTimes } from './service-times.ts';

const MINUTE = 60_000;
/** Ranges are shown in steps of this many minutes: "约 15–25 分钟", not "约 17–23 分钟". */
const STEP_MINUTES = 5;
/**
 * How far a real wait strays from the rolled-forward one: service times scatter around their means, and
 * elderly tickets and bookings arriving later go ahead of a waiting normal ticket (the forecast knows no
 * future arrivals), so waits run longer more often than shorter. Measured on the simulated days (README).
 */
const LOW_FACTOR = 0.8;
const HIGH_FACTOR = 1.3;

/** The range shown for a forecast of `minutes`, in whole steps of 5 minutes around it, at least one step wide. */
export function waitRangeOf(minutes: number): { low: number; high: number } {
  const low = Math.floor((minutes * LOW_FACTOR) / STEP_MINUTES) * STEP_MINUTES;
  const high = Math.max(low + STEP_MINUTES, Math.ceil((minutes * HIGH_FACTOR) / STEP_MINUTES) * STEP_MINUTES);
  return { low, high };
}

/**
 * How long `ticket` will likely wait from `now` until it is called, by rolling the hall's queue forward
 * (`rollForward`). `ticket` may be one being issued, not in the state yet. When no open window would call it,
 * every window of the hall is counted as open. Null when it is not waiting, or not called today even so.
 */
export function forecastWait(
  hall: HallIndex,
  state: HallState,
  ticket: Ticket,
  now: number,
  times?: ServiceTimes,
): WaitForecast | null {
  // Before the windows that serve it open (the first tickets of a morning), the hall as configured.
  const called = rollUntilCalled(hall, state, now, ticket, times);
  if (called === undefined) return null;
  const minutes = Math.max(0, Math.round((called - now) / MINUTE));
  return { minutes, ...waitRangeOf(minutes) };
}

/**
 * The forecast a normal ticket of each service would carry if taken at `now` (what `issueTicket` prints on it), for
 * the kiosk's tiles: one roll for every service (`forecastNewTickets`). Where not even every window together would
 * call it today, `fallback` gives the minutes (the ticket's people-ahead figure).
 */
export function newTicketWaits(
  hall: HallIndex,
  state: HallState,
  now: number,
  fallback: (serviceId: string) => number,
): Map<string, WaitForecast> {
  const ids = hall.config.services.map((s) => s.id);
  const calledAt = forecastNewTickets(hall, state, now, ids);
  const out = new Map<string, WaitForecast>();
  for (const id of ids) {
    const called = calledAt.get(id);
    const minutes = called === undefined ? fallback(id) : Math.max(0, Math.round((called - now) / MINUTE));
    out.set(id, { minutes, ...waitRangeOf(minutes) });
  }
  return out;
}
