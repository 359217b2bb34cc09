import type { Ticket } from '@hall/protocol';

export interface ClerkFigures {
  /** Tickets this clerk finished today. */
  served: number;
  noShows: number;
  transfersOut: number;
  /** Mean minutes from start to finish of the services this clerk finished, or null with none. */
  averageServiceMinutes: number | null;
}

/**
 * The clerk's own figures for the day, read from the tickets' history: a step counts for the clerk when
 * `by` is their staff id. A service lasts from this clerk's last `started` step before their `finished` one.
 */
export function clerkFigures(tickets: Iterable<Ticket>, clerkId: string, businessDay: string): ClerkFigures {
  let served = 0;
  let noShows = 0;
  let transfersOut = 0;
  let totalMs = 0;
  let timed = 0;
  for (const t of tickets) {
    if (t.businessDay !== businessDay) continue;
    let startedAt: number | null = null;
    for (const step of t.history) {
      if (step.by !== clerkId) {
        if (step.action === 'started' || step.action === 'transferred') startedAt = null;
        continue;
      }
      if (step.action === 'started') startedAt = step.at;
      else if (step.action === 'finished') {
        served += 1;
        if (startedAt !== null) {
          totalMs += Math.max(0, step.at - startedAt);
          timed += 1;
        }
        startedAt = null;
      } else if (step.action === 'no-show') noShows += 1;
      else if (step.action === 'transferred') {
        transfersOut += 1;
        startedAt = null;
      }
    }
  }
  return {
    served,
    noShows,
    transfersOut,
    averageServiceMinutes: timed === 0 ? null : Math.round((totalMs / timed / 60_000) * 10) / 10,
  };
}
