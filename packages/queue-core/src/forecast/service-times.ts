import type { Ticket } from '@hall/protocol';
import type { HallIndex } from '../hall-index.ts';
import type { HallState } from '../state.ts';

const MINUTE = 60_000;
/** Below this many recent samples the configured figure is blended in, so one quick service doesn't promise a short wait. */
const MIN_SAMPLES = 3;
/**
 * What a call costs a window besides the service itself, until the hall has measured it: the citizen walks up
 * (the configured figure is the service alone, start to finish).
 */
export const WALK_UP_MINUTES = 0.5;

/** How long one call keeps a window busy, per service: minutes from the call to the window being free again. */
export interface ServiceTimes {
  /** The mean minutes a call of this service occupies a window. */
  minutesOf(serviceId: string): number;
}

/**
 * Learns the window time per call of every service from the latest tickets the hall finished today (done or
 * no-show: a citizen who does not come costs the window the recall too), `policy.estimateSampleSize` per
 * service, measured from the call to the finish. With fewer than 3 samples the configured average (plus the
 * walk-up) is blended in. One pass over the day's tickets.
 */
export function learnServiceTimes(hall: HallIndex, state: HallState): ServiceTimes {
  const sampleSize = hall.config.policy.estimateSampleSize;
  // The latest `sampleSize` per service, latest first (of two finished at once, the one met first): a bounded
  // insertion, not a sort of the whole day's tickets, since every forecast learns afresh.
  const latest = new Map<string, Ticket[]>();
  for (const t of state.tickets.values()) {
    if ((t.state !== 'done' && t.state !== 'no-show') || t.calledAt === null || t.finishedAt === null) continue;
    let list = latest.get(t.serviceId);
    if (!list) latest.set(t.serviceId, (list = []));
    keepLatest(list, t, sampleSize);
  }
  const minutes = new Map<string, number>();
  for (const s of hall.config.services) {
    const samples = (latest.get(s.id) ?? [])
      // A clock stepped back during a service would give a negative time: it counts as none.
      .map((t) => Math.max(0, (t.finishedAt ?? 0) - (t.calledAt ?? 0)) / MINUTE);
    minutes.set(s.id, blend(samples, s.avgServiceMinutes + WALK_UP_MINUTES));
  }
  return { minutesOf: (serviceId) => minutes.get(serviceId) ?? WALK_UP_MINUTES };
}

/** Puts `t` into `list` (latest finish first, at most `size`) after every ticket finished at the same time or later. */
function keepLatest(list: Ticket[], t: Ticket, size: number): void {
  const finished = t.finishedAt ?? 0;
  let i = list.length;
  while (i > 0 && (list[i - 1]?.finishedAt ?? 0) < finished) i--;
  if (i >= size) return;
  list.splice(i, 0, t);
  if (list.length > size) list.pop();
}

function blend(samples: readonly number[], configured: number): number {
  const sum = samples.reduce((a, b) => a + b, 0);
  if (samples.length >= MIN_SAMPLES) return sum / samples.length;
  return (sum + configured * (MIN_SAMPLES - samples.length)) / MIN_SAMPLES;
}
