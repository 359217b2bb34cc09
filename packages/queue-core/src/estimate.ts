import { CALLABLE_STATES, type Lane, type ServiceQueueStats, type Ticket } from '@hall/protocol';
import { newTicketWaits } from './forecast/wait-forecast.ts';
import { windowServes, type HallIndex } from './hall-index.ts';
import { closingAt, isCallableAt, isOpenAt, nextOpeningAt } from './schedule/opening-hours.ts';
import type { HallState } from './state.ts';

const MINUTE = 60_000;
/** Below this many recent samples the configured average is blended in, so one quick service doesn't promise a short wait. */
const MIN_SAMPLES = 3;

/** Average service minutes from the latest finished services, blended with the configured figure when few. */
export function averageServiceMinutes(recentDurationsMs: readonly number[], configuredMinutes: number): number {
  const n = recentDurationsMs.length;
  const sumMinutes = recentDurationsMs.reduce((s, d) => s + d / MINUTE, 0);
  if (n >= MIN_SAMPLES) return sumMinutes / n;
  return (sumMinutes + configuredMinutes * (MIN_SAMPLES - n)) / MIN_SAMPLES;
}

export function estimateWaitMinutes(peopleAhead: number, avgMinutes: number, openWindows: number): number {
  if (peopleAhead <= 0) return 0;
  return Math.ceil((peopleAhead * avgMinutes) / Math.max(1, openWindows));
}

/**
 * Service durations (start to finish) of the latest finished tickets of a service, newest first. A clock
 * stepped back during a service would give a negative duration: it counts as zero, so an estimate is never
 * below nothing.
 */
export function recentServiceDurations(state: HallState, serviceId: string, sampleSize: number): number[] {
  const done: Ticket[] = [];
  for (const t of state.tickets.values()) {
    if (t.serviceId === serviceId && t.state === 'done' && t.startedAt !== null && t.finishedAt !== null) done.push(t);
  }
  return newestDurations(done, sampleSize);
}

/** Start-to-finish durations of the newest finished tickets (sorts `done` in place). */
function newestDurations(done: Ticket[], sampleSize: number): number[] {
  done.sort((a, b) => (b.finishedAt ?? 0) - (a.finishedAt ?? 0));
  return done.slice(0, sampleSize).map((t) => Math.max(0, (t.finishedAt ?? 0) - (t.startedAt ?? 0)));
}

/** Open (not paused, not closed) windows that may serve this service in this lane. */
export function openWindowsFor(hall: HallIndex, state: HallState, serviceId: string, lane: Lane): number {
  let n = 0;
  for (const w of hall.config.windows) {
    if (state.windows.get(w.number)?.state === 'open' && windowServes(w, serviceId, lane)) n++;
  }
  return n;
}

function isWaitingFor(t: Ticket, serviceId: string): boolean {
  return t.serviceId === serviceId && CALLABLE_STATES.includes(t.state);
}

/** How many tickets of the same service will likely be called before this one. */
export function peopleAheadOf(hall: HallIndex, state: HallState, ticket: Ticket): number {
  let all = 0;
  let elderly = 0;
  for (const t of state.tickets.values()) {
    if (t.id === ticket.id || !isWaitingFor(t, ticket.serviceId) || t.queueSeq > ticket.queueSeq) continue;
    all++;
    if (t.lane === 'elderly') elderly++;
  }
  if (ticket.lane !== 'elderly') return all;
  const rule = hall.config.policy.elderly;
  if (rule.rule === 'strict') return elderly;
  // Under k:1 an elderly ticket passes normal ones, but at most k normal calls go between elderly calls.
  return Math.min(all, elderly + (elderly + 1) * rule.normalPerElderly);
}

export function waitMinutesFor(
  hall: HallIndex,
  state: HallState,
  serviceId: string,
  lane: Lane,
  ahead: number,
): number {
  const service = hall.services.get(serviceId);
  if (!service) return 0;
  const avg = averageServiceMinutes(
    recentServiceDurations(state, serviceId, hall.config.policy.estimateSampleSize),
    service.avgServiceMinutes,
  );
  return estimateWaitMinutes(ahead, avg, openWindowsFor(hall, state, serviceId, lane));
}

/** Waiting people, open windows, waits and opening hours of every service at `now`. */
export function queueStatsOf(hall: HallIndex, state: HallState, now: number): ServiceQueueStats[] {
  const waiting = new Map<string, { all: number; elderly: number }>();
  // Finished services too, in the same pass: one walk over the day's tickets, not one per service.
  const done = new Map<string, Ticket[]>();
  for (const t of state.tickets.values()) {
    if (t.state === 'done' && t.startedAt !== null && t.finishedAt !== null) {
      const list = done.get(t.serviceId);
      if (list) list.push(t);
      else done.set(t.serviceId, [t]);
    }
    if (!CALLABLE_STATES.includes(t.state)) continue;
    const w = waiting.get(t.serviceId) ?? { all: 0, elderly: 0 };
    w.all++;
    if (t.lane === 'elderly') w.elderly++;
    waiting.set(t.serviceId, w);
  }
  return hall.config.services.map((s) => {
    const w = waiting.get(s.id) ?? { all: 0, elderly: 0 };
    const windows = openWindowsFor(hall, state, s.id, 'normal');
    const avg = averageServiceMinutes(
      newestDurations(done.get(s.id) ?? [], hall.config.policy.estimateSampleSize),
      s.avgServiceMinutes,
    );
    return {
      serviceId: s.id,
      waiting: w.all,
      waitingElderly: w.elderly,
      openWindows: windows,
      estimatedWaitMinutes: estimateWaitMinutes(w.all, avg, windows),
      ...openingOf(hall, s.id, now),
    };
  });
}

type Opening = Pick<ServiceQueueStats, 'open' | 'opensAt' | 'closesAt' | 'callable'>;

// Hours are whole minutes, so a service's opening is the same all through a minute; the stats are
// computed after every command, and the opening is the costly part of them (time zone arithmetic).
const openingMemo = new WeakMap<HallIndex, { minute: number; byService: Map<string, Opening> }>();

function openingOf(hall: HallIndex, serviceId: string, now: number): Opening {
  const minute = Math.floor(now / MINUTE);
  let memo = openingMemo.get(hall);
  if (memo?.minute !== minute) openingMemo.set(hall, (memo = { minute, byService: new Map() }));
  let opening = memo.byService.get(serviceId);
  if (!opening) {
    // Within the minute answers hold for its start as for any instant of it.
    const at = minute * MINUTE;
    const open = isOpenAt(hall.config, serviceId, at);
    opening = {
      open,
      opensAt: open ? null : nextOpeningAt(hall.config, serviceId, at),
      closesAt: open ? closingAt(hall.config, serviceId, at) : null,
      callable: open || isCallableAt(hall.config, serviceId, at, hall.config.policy.closingGraceMinutes),
    };
    memo.byService.set(serviceId, opening);
  }
  return opening;
}

/**
 * `queueStatsOf` with each service's `wait`: the forecast a normal ticket taken now would carry (`newTicketWaits`),
 * so that the kiosk's tiles say what the ticket then says. Where no window would call it today, the simple figure
 * (`estimatedWaitMinutes`, the same people-ahead figure the ticket falls back on).
 */
export function queueStatsWithWaitsOf(hall: HallIndex, state: HallState, now: number): ServiceQueueStats[] {
  const stats = queueStatsOf(hall, state, now);
  const simple = new Map(stats.map((s) => [s.serviceId, s.estimatedWaitMinutes]));
  const waits = newTicketWaits(hall, state, now, (id) => simple.get(id) ?? 0);
  return stats.map((s) => {
    const wait = waits.get(s.serviceId);
    return wait ? { ...s, wait } : s;
  });
}
