import type { HallState } from '../state.ts';

/** Below this many tickets today the day says too little about who goes ahead: no allowance. */
const MIN_TICKETS = 20;
/** The allowance never takes more than half of the windows' time. */
const MAX_SHARE = 0.5;

/**
 * How much longer the queue ahead takes than its own service times, for the tickets that will come later and go
 * ahead of it: the roll knows only who waits now, but elderly and booked citizens arriving later are called before
 * a waiting normal ticket, and a ticket sent on to another service queues again at its old place in time. Their
 * share of today's tickets (`share`) takes that share of the windows' time, so the rest is served 1 / (1 − share)
 * slower. Measured on the day itself; 1 before it has said enough.
 */
export function overtakingFactorOf(state: HallState): number {
  let tickets = 0;
  let ahead = 0;
  for (const t of state.tickets.values()) {
    if (t.businessDay !== state.businessDay) continue;
    tickets++;
    // Only the issue in its history: not transferred (the common case, looked at without a search).
    if (t.lane !== 'normal' || (t.history.length > 1 && t.history.some((h) => h.action === 'transferred'))) ahead++;
  }
  if (tickets < MIN_TICKETS) return 1;
  return 1 / (1 - Math.min(MAX_SHARE, ahead / tickets));
}
