import type { HallConfig, Ticket, TicketStep } from '@hall/protocol';
import { spansOn } from '../schedule/opening-hours.ts';
import { addDays, instantOf } from '../schedule/zoned-time.ts';
import {
  BUCKET_SECONDS,
  emptyFigures,
  RATING_SLOTS,
  type DurationTally,
  type RollupDimension,
  type RollupFigures,
  type RollupRow,
} from './rollup-figures.ts';
import { windowStretches, type WindowEvent } from './window-time.ts';

export interface DayRollupInput {
  config: HallConfig;
  businessDay: string;
  /** The tickets issued on the day, as they are now. */
  tickets: readonly Ticket[];
  /** The day's events that carry a window, in the order they were stored. */
  windowEvents: readonly WindowEvent[];
  /** Window time is counted up to here: by default the end of the day; now, for today's live figures. */
  until?: number;
}

/** Dimensions whose rows carry window time. */
const WINDOW_TIME_DIMENSIONS: readonly RollupDimension[] = ['window', 'clerk', 'zone', 'kind'];

const MINUTE = 60_000;

/** A group's figures while the day is being built: histograms as maps until written out. */
interface Building {
  figures: RollupFigures;
  waitBuckets: Map<number, number>;
  serviceBuckets: Map<number, number>;
}

/**
 * One business day's rollup: a row per group of every dimension (hour, day, day-hour, zone, service, window,
 * clerk, lane, kind) and the `all` row, which is written even for a day without tickets so that a rolled-up
 * day can be told from one never rolled up. A ticket counts under the day it was issued, its last service
 * (and that service's zone), and the window and clerk of its last step at a window (and that window's kind).
 */
export function buildDayRollup(input: DayRollupInput): RollupRow[] {
  const { config, businessDay } = input;
  const tz = config.timeZone;
  const dayStart = instantOf(businessDay, 0, tz);
  const dayEnd = instantOf(addDays(businessDay, 1), 0, tz);
  // Hour boundaries of the hall-local day (23 or 25 hours when the clocks change).
  const hourStarts = Array.from({ length: 24 }, (_, h) => instantOf(businessDay, h * 60, tz));
  const hourOf = (instant: number): number => {
    let h = 0;
    while (h < 23 && (hourStarts[h + 1] ?? Infinity) <= instant) h++;
    return h;
  };
  const services = new Map(config.services.map((s) => [s.id, s]));
  const windows = new Map(config.windows.map((w) => [w.number, w]));
  const groups = new Map<string, Building>();
  const group = (dimension: RollupDimension, key: string): Building => {
    const id = `${dimension}\u0000${key}`;
    let g = groups.get(id);
    if (!g) {
      g = { figures: emptyFigures(), waitBuckets: new Map(), serviceBuckets: new Map() };
      if (WINDOW_TIME_DIMENSIONS.includes(dimension)) g.figures.win = { open: 0, paused: 0, idle: 0 };
      groups.set(id, g);
    }
    return g;
  };
  group('all', '');

  for (const t of input.tickets) {
    const issueHour = String(hourOf(t.issuedAt)).padStart(2, '0');
    const last = lastStepAtWindow(t.history);
    const zoneId = services.get(t.serviceId)?.zoneId;
    const kind = last?.window != null ? windows.get(last.window)?.kind : undefined;
    const keys: [RollupDimension, string | undefined][] = [
      ['all', ''],
      ['hour', issueHour],
      ['day', businessDay],
      ['day-hour', `${businessDay}T${issueHour}`],
      ['zone', zoneId],
      ['service', t.serviceId],
      ['window', last?.window != null ? String(last.window) : undefined],
      ['clerk', last?.by],
      ['lane', t.lane],
      ['kind', kind],
    ];
    const tally = tallyOf(t, config, services, businessDay);
    for (const [dimension, key] of keys) if (key !== undefined) addTicket(group(dimension, key), tally);
  }

  for (const s of windowStretches(input.windowEvents, dayStart, Math.min(input.until ?? dayEnd, dayEnd))) {
    const w = windows.get(s.number);
    const keys: [RollupDimension, string | undefined][] = [
      ['window', String(s.number)],
      ['clerk', s.clerkId ?? undefined],
      ['zone', w?.zoneId],
      ['kind', w?.kind],
    ];
    for (const [dimension, key] of keys) {
      if (key === undefined) continue;
      const win = group(dimension, key).figures.win;
      if (!win) continue;
      win.open += s.seconds;
      if (s.paused) win.paused += s.seconds;
      if (s.idle) win.idle += s.seconds;
    }
  }

  return [...groups.entries()].map(([id, g]) => {
    const [dimension, key] = id.split('\u0000') as [RollupDimension, string];
    g.figures.wait.h = bucketsOut(g.waitBuckets);
    g.figures.service.h = bucketsOut(g.serviceBuckets);
    return { businessDay, dimension, key, figures: g.figures };
  });
}

/** What one ticket adds to every group it belongs to. */
interface TicketTally {
  state: Ticket['state'];
  transferred: boolean;
  waitSeconds: number | null;
  withinTarget: boolean;
  serviceSeconds: number | null;
  ratingSlot: number | null;
  delay: boolean;
}

function tallyOf(
  t: Ticket,
  config: HallConfig,
  services: ReadonlyMap<string, HallConfig['services'][number]>,
  businessDay: string,
): TicketTally {
  const firstCall = t.history.find((s) => s.action === 'called');
  const waitSeconds = firstCall ? Math.max(0, Math.floor((firstCall.at - t.issuedAt) / 1000)) : null;
  // The target of the service the ticket waited for when first called.
  const target = firstCall ? (services.get(firstCall.serviceId)?.targetWaitMinutes ?? 30) : 0;
  const served = t.state === 'done';
  const start = t.startedAt ?? t.calledAt;
  const serviceSeconds =
    served && start !== null && t.finishedAt !== null ? Math.max(0, Math.floor((t.finishedAt - start) / 1000)) : null;
  const level = t.rating?.level;
  const ratingSlot = served && level !== undefined ? RATING_SLOTS.indexOf(level) : null;
  const issuedFor = t.history[0]?.serviceId ?? t.serviceId;
  const delay = spansOn(config, issuedFor, businessDay).some(
    (s) => s.session === 'delay' && s.start <= t.issuedAt && t.issuedAt < s.end,
  );
  return {
    state: t.state,
    transferred: t.history.some((s) => s.action === 'transferred'),
    waitSeconds,
    withinTarget: waitSeconds !== null && waitSeconds * 1000 <= target * MINUTE,
    serviceSeconds,
    ratingSlot,
    delay,
  };
}

function addTicket(g: Building, t: TicketTally): void {
  const f = g.figures;
  f.issued++;
  if (t.state === 'done') f.served++;
  else if (t.state === 'no-show') f.noShow++;
  else if (t.state === 'cancelled') f.cancelled++;
  if (t.transferred) f.transferred++;
  if (t.waitSeconds !== null) {
    addDuration(f.wait, g.waitBuckets, t.waitSeconds);
    if (t.withinTarget) f.withinTarget++;
  }
  if (t.serviceSeconds !== null) addDuration(f.service, g.serviceBuckets, t.serviceSeconds);
  if (t.ratingSlot !== null && t.ratingSlot >= 0) f.ratings[t.ratingSlot] = (f.ratings[t.ratingSlot] ?? 0) + 1;
  if (t.delay) {
    f.delayIssued++;
    if (t.state === 'done') f.delayServed++;
  }
}

function addDuration(tally: DurationTally, buckets: Map<number, number>, seconds: number): void {
  tally.n++;
  tally.sum += seconds;
  const b = Math.floor(seconds / BUCKET_SECONDS);
  buckets.set(b, (buckets.get(b) ?? 0) + 1);
}

function bucketsOut(buckets: ReadonlyMap<number, number>): number[] {
  return [...buckets.entries()].sort((a, b) => a[0] - b[0]).flat();
}

/** The ticket's last step at a window: the one that finished, no-showed, transferred or last held it. */
function lastStepAtWindow(history: readonly TicketStep[]): TicketStep | undefined {
  for (let i = history.length - 1; i >= 0; i--) {
    const step = history[i];
    if (step && step.window !== null && step.action !== 'rated') return step;
  }
  return undefined;
}
