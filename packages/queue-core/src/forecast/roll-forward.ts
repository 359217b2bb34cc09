import { CALLABLE_STATES, type HallConfig, type Ticket, type WindowConfig, type WindowState } from '@hall/protocol';
import TinyQueue from 'tinyqueue';
import { windowMayCall, type HallIndex } from '../hall-index.ts';
import { bySlotThenQueue, isBookingDue, selectNextTicket, streakAfterCall, type ServiceOpenNow } from '../routing.ts';
import { callableSpansOn, isCallableAt } from '../schedule/opening-hours.ts';
import { addDays, instantOf, localMomentOf, minutesOf } from '../schedule/zoned-time.ts';
import { closedWindow, type HallState } from '../state.ts';
import { overtakingFactorOf } from './overtaking.ts';
import { learnServiceTimes, type ServiceTimes } from './service-times.ts';

const MINUTE = 60_000;
/** A paused window is taken to be back this long after it paused, unless the hall names its staff break's length. */
export const PAUSE_MINUTES = 30;
/** A paused window already away longer than PAUSE_MINUTES is taken to be back this soon. */
const OVERDUE_PAUSE_MINUTES = 5;
/** A window with only closed services' tickets to call looks again this much later (a break in the hours). */
const CLOSED_SERVICE_RETRY_MINUTES = 15;
/** What is left of a service running past its mean, as a share of the mean (log-normal times, as measured). */
const RESIDUAL_SHARE = 0.45;

export interface RollForwardOptions {
  /** Service times per call; learned from the day's finished tickets when not given. */
  times?: ServiceTimes;
  /** Stop once this ticket is called: its own call time is all the caller needs. */
  until?: string;
  /** A ticket being issued, not in the state yet, queued as if it were. */
  extra?: Ticket;
  /** Count closed windows as open and free now: before the morning's windows open, the hall as configured. */
  staffClosedWindows?: boolean;
}

/** One line of tickets that are always called in the same order among themselves. */
interface Line {
  serviceId: string;
  tickets: Ticket[];
  next: number;
  /** Whether its service may be called, from `openFrom` until `openUntil` (minutes as instants, end excluded). */
  open: boolean;
  openFrom: number;
  openUntil: number;
}

interface SimWindow {
  config: WindowConfig;
  state: WindowState;
  freeAt: number;
  lines: Line[];
  /** Its place in the hall's list of windows: of two windows free at once, the first listed calls first. */
  order: number;
}

/**
 * Rolls the hall forward from `now` with no new arrivals: every open window calls as `selectNextTicket` would
 * (bookings falling due, the elderly interleave, services' opening hours and closing grace), each call keeping
 * the window busy for its service's mean time, longer by the day's share of tickets that come later and go ahead
 * (`overtakingFactorOf`); a window holding a ticket is free once that service's mean time since the call has passed,
 * a paused one once its break is over. Closed windows stay closed.
 * Returns the instant each waiting ticket is called, by ticket id; tickets not called today are left out.
 */
export function rollForward(
  hall: HallIndex,
  state: HallState,
  now: number,
  options: RollForwardOptions = {},
): Map<string, number> {
  const times = options.times ?? learnServiceTimes(hall, state);
  const lines = linesOf(state, options.extra);
  const windows = windowsAt(hall, state, now, times, lines, options.staffClosedWindows === true);
  return roll(hall, now, times, windows, options.until, overtakingFactorOf(state));
}

/**
 * The call time of one ticket (`ticket`, in the state or being issued) rolled forward from `now`: with the open
 * windows, else with the closed ones counted as open too. The two rolls share the queue and the service times;
 * the second is left out when no closed window could call anyone, since it would only repeat the first.
 */
export function rollUntilCalled(
  hall: HallIndex,
  state: HallState,
  now: number,
  ticket: Ticket,
  times: ServiceTimes = learnServiceTimes(hall, state),
): number | undefined {
  const lines = linesOf(state, ticket);
  const all = windowsAt(hall, state, now, times, lines, true);
  const isClosed = (w: SimWindow) => (state.windows.get(w.config.number)?.state ?? 'closed') === 'closed';
  const overtaking = overtakingFactorOf(state);
  const open = all.filter((w) => !isClosed(w));
  const called = roll(hall, now, times, open, ticket.id, overtaking).get(ticket.id);
  if (called !== undefined || !all.some((w) => isClosed(w) && w.lines.length > 0)) return called;
  for (const l of lines) {
    l.next = 0;
    l.openUntil = -Infinity;
  }
  const again = windowsAt(hall, state, now, times, lines, true);
  return roll(hall, now, times, again, ticket.id, overtaking).get(ticket.id);
}

/**
 * When a normal-lane ticket of each of `serviceIds`, taken at `now`, would be called: what `rollUntilCalled` gives
 * for such a ticket, for all of them in one roll (the kiosk's tiles show it for every service after every change).
 * A ticket taken now is the newest of the hall, so `selectNextTicket` calls it only where a window would otherwise
 * call nobody or a booking not yet due, and only once everyone of its own line has been called: until then the
 * roll with it is the roll without it. So one roll without any of them, watched at those moments, answers for all.
 * Services left out are not called today.
 */
export function forecastNewTickets(
  hall: HallIndex,
  state: HallState,
  now: number,
  serviceIds: readonly string[],
  times: ServiceTimes = learnServiceTimes(hall, state),
): Map<string, number> {
  const lines = linesOf(state, undefined);
  const normalLines = new Map<string, Line>();
  for (const l of lines) {
    const first = l.tickets[0];
    if (first?.lane === 'normal' && first.targetWindow === null) normalLines.set(l.serviceId, l);
  }
  const route = (serviceId: string) => ({ serviceId, lane: 'normal' as const, targetWindow: null });
  const isClosed = (number: number) => (state.windows.get(number)?.state ?? 'closed') === 'closed';
  const phantomsFor = (ids: readonly string[]): Phantoms => ({
    byWindow: hall.config.windows.map((w) => ids.filter((id) => windowMayCall(w, route(id)))),
    lineOf: normalLines,
    calledAt: new Map(),
  });

  const all = windowsAt(hall, state, now, times, lines, true);
  const first = phantomsFor(serviceIds);
  const overtaking = overtakingFactorOf(state);
  roll(
    hall,
    now,
    times,
    all.filter((w) => !isClosed(w.config.number)),
    undefined,
    overtaking,
    first,
  );
  // As rollUntilCalled: a ticket not called by the open windows is rolled again with every window, when a closed
  // window would have anyone to call (its queue, or the ticket itself).
  const closedBusy = all.some((w) => isClosed(w.config.number) && w.lines.length > 0);
  const again = serviceIds.filter(
    (id) =>
      !first.calledAt.has(id) &&
      (closedBusy || hall.config.windows.some((w) => isClosed(w.number) && windowMayCall(w, route(id)))),
  );
  if (again.length === 0) return first.calledAt;
  for (const l of lines) {
    l.next = 0;
    l.openUntil = -Infinity;
  }
  const second = phantomsFor(again);
  roll(hall, now, times, windowsAt(hall, state, now, times, lines, true), undefined, overtaking, second);
  for (const [id, at] of second.calledAt) first.calledAt.set(id, at);
  return first.calledAt;
}

/** Would-be normal tickets watched for in a roll without being queued (`forecastNewTickets`). */
interface Phantoms {
  /** By a window's place in the hall's list: the services whose would-be ticket it may call. */
  byWindow: string[][];
  /** Each service's normal line (no named window), where it has one. */
  lineOf: ReadonlyMap<string, Line>;
  /** When each would-be ticket is called, once it is. */
  calledAt: Map<string, number>;
}

/**
 * A window free at `at` that would call nobody or an early booking: it calls the would-be ticket of each of its
 * services whose line is empty by now and who may be called now. True while some of them are still to be called.
 */
function watchPhantoms(
  phantoms: Phantoms,
  w: SimWindow,
  at: number,
  callable: (serviceId: string, minute: number) => { open: boolean },
): boolean {
  const minute = Math.floor(at / MINUTE) * MINUTE;
  let pending = false;
  for (const id of phantoms.byWindow[w.order] ?? []) {
    if (phantoms.calledAt.has(id)) continue;
    const line = phantoms.lineOf.get(id);
    if ((line === undefined || line.next >= line.tickets.length) && callable(id, minute).open)
      phantoms.calledAt.set(id, at);
    else pending = true;
  }
  return pending;
}

/** The roll itself: the windows call in turn, the earliest free first, until nobody is left to call today. */
function roll(
  hall: HallIndex,
  now: number,
  times: ServiceTimes,
  windows: SimWindow[],
  until: string | undefined,
  overtaking: number,
  phantoms?: Phantoms,
): Map<string, number> {
  const day = dayOf(hall, now);
  const callable = callableMemo(hall, day);
  const slower = breakSlowdown(day);
  // A ticket not called by local midnight is not called at all (the day's close cancels it).
  const horizon = day.end;
  const calledAt = new Map<string, number>();
  const free = new TinyQueue(windows, (a, b) => a.freeAt - b.freeAt || a.order - b.order);
  const candidates = new Candidates();

  for (;;) {
    const w = free.peek();
    if (!w || w.freeAt > horizon) break;
    free.pop();
    const at = w.freeAt;
    if (!candidatesOf(w, at, callable, candidates)) {
      // Nobody left for it; a would-be ticket it may call keeps it looking, as that ticket's line would.
      if (phantoms && watchPhantoms(phantoms, w, at, callable)) {
        w.freeAt = at + CLOSED_SERVICE_RETRY_MINUTES * MINUTE;
        free.push(w);
      }
      continue;
    }
    // The candidates are of services callable now: all that selectNextTicket needs to know of the hours.
    const next = selectNextTicket(w.config, w.state, candidates.tickets, hall.config.policy, at, ALL_CALLABLE);
    if (phantoms && (!next || (next.lane === 'booking' && !isBookingDue(next, at, hall.config.policy))))
      watchPhantoms(phantoms, w, at, callable);
    if (!next) {
      // Only tickets of services closed now (a break in the hours): look again a little later.
      w.freeAt = at + CLOSED_SERVICE_RETRY_MINUTES * MINUTE;
      free.push(w);
      continue;
    }
    calledAt.set(next.id, at);
    const line = candidates.lines[candidates.tickets.indexOf(next)];
    if (line) line.next++;
    w.state.normalStreak = streakAfterCall(w.state, next);
    if (next.id === until) break;
    w.freeAt = at + times.minutesOf(next.serviceId) * MINUTE * slower(at) * overtaking;
    free.push(w);
  }
  return calledAt;
}

const ALL_CALLABLE: ServiceOpenNow = () => true;

/** The hall-local day a roll runs in, and the instants of it that every roll asks for. */
interface HallDay {
  date: string;
  start: number;
  /** Local midnight after it. */
  end: number;
  /** The staff break's span that day, if the hall has one. */
  staffBreak: { from: number; to: number; minutes: number } | undefined;
}

// Time zone arithmetic is the costly part of a short roll: a hall's day is worked out once, not once a forecast.
const days = new WeakMap<HallConfig, HallDay>();

function dayOf(hall: HallIndex, now: number): HallDay {
  const known = days.get(hall.config);
  if (known && known.start <= now && now < known.end) return known;
  const { timeZone, policy } = hall.config;
  const { date } = localMomentOf(now, timeZone);
  const b = policy.staffBreak;
  const day: HallDay = {
    date,
    start: instantOf(date, 0, timeZone),
    end: instantOf(addDays(date, 1), 0, timeZone),
    staffBreak: b && {
      from: instantOf(date, minutesOf(b.from), timeZone),
      to: instantOf(date, minutesOf(b.to), timeZone),
      minutes: b.minutes,
    },
  };
  days.set(hall.config, day);
  return day;
}

/**
 * The staff break as a slowdown: every window is away for `minutes` somewhere in the break's span, so within the
 * span the hall serves at (span − minutes) / span of its speed. Which window goes when is not known in advance.
 */
function breakSlowdown(day: HallDay): (at: number) => number {
  const b = day.staffBreak;
  if (!b) return () => 1;
  const span = (b.to - b.from) / MINUTE;
  const factor = span / Math.max(span / 4, span - b.minutes);
  return (at) => (at >= b.from && at < b.to ? factor : 1);
}

/** The callable tickets, in lines by service and lane (or by the window a transfer named), each in call order. */
function linesOf(state: HallState, extra: Ticket | undefined): Line[] {
  // By (named window or service) and lane; no string keys: this runs over the whole queue for every forecast.
  const byWhere = new Map<string, Map<string, Ticket[]>>();
  const add = (t: Ticket) => {
    if (!CALLABLE_STATES.includes(t.state)) return;
    // A line is of one service (its opening hours); a named window's own are few, a string key for them is cheap.
    const where = t.targetWindow === null ? t.serviceId : `${t.targetWindow} ${t.serviceId}`;
    let byLane = byWhere.get(where);
    if (!byLane) byWhere.set(where, (byLane = new Map()));
    const list = byLane.get(t.lane);
    if (list) list.push(t);
    else byLane.set(t.lane, [t]);
  };
  for (const t of state.tickets.values()) if (t.id !== extra?.id) add(t);
  if (extra) add(extra);
  const lines: Line[] = [];
  for (const byLane of byWhere.values()) {
    for (const tickets of byLane.values()) {
      // Within a line the routing rules reduce to this order: bookings by slot, everyone else by queue position.
      tickets.sort(bySlotThenQueue);
      lines.push({
        serviceId: tickets[0]?.serviceId ?? '',
        tickets,
        next: 0,
        open: false,
        openFrom: 0,
        openUntil: -Infinity,
      });
    }
  }
  return lines;
}

function windowsAt(
  hall: HallIndex,
  state: HallState,
  now: number,
  times: ServiceTimes,
  lines: Line[],
  staffClosed: boolean,
): SimWindow[] {
  const byWindow = linesByWindow(hall, lines);
  const out: SimWindow[] = [];
  for (const [order, config] of hall.config.windows.entries()) {
    const ws = state.windows.get(config.number) ?? closedWindow(config.number, now);
    if (ws.state === 'closed' && !staffClosed) continue;
    let freeAt = now;
    if (ws.state === 'paused') {
      const back = ws.changedAt + (hall.config.policy.staffBreak?.minutes ?? PAUSE_MINUTES) * MINUTE;
      freeAt = back > now ? back : now + OVERDUE_PAUSE_MINUTES * MINUTE;
    }
    const held = ws.currentTicketId === null ? undefined : state.tickets.get(ws.currentTicketId);
    if (held?.calledAt != null) {
      const mean = times.minutesOf(held.serviceId) * MINUTE;
      // Service times have a long tail: one already running past its mean still has some way to go.
      freeAt = Math.max(freeAt, held.calledAt + mean, now + mean * RESIDUAL_SHARE);
    }
    // The roll's own copy: its normal streak moves with the roll's calls.
    out.push({ config, state: { ...ws }, freeAt, lines: byWindow[order] ?? [], order });
  }
  return out;
}

/**
 * Every window's lines, by the window's place in the hall's list, each in the order of `lines`. Which windows may
 * call a line is worked out once per hall and kind of line, not once per roll: a roll has every window look at
 * every line otherwise.
 */
function linesByWindow(hall: HallIndex, lines: readonly Line[]): Line[][] {
  let known = callersOf.get(hall.config);
  if (!known) callersOf.set(hall.config, (known = new Map()));
  const byWindow: Line[][] = hall.config.windows.map(() => []);
  for (const l of lines) {
    const first = l.tickets[0];
    if (!first) continue;
    const key = `${first.targetWindow ?? ''}|${first.serviceId}|${first.lane}`;
    let callers = known.get(key);
    if (!callers) {
      callers = [];
      for (const [order, w] of hall.config.windows.entries()) if (windowMayCall(w, first)) callers.push(order);
      known.set(key, callers);
    }
    for (const order of callers) byWindow[order]?.push(l);
  }
  return byWindow;
}

/** The windows (by their place in the hall's list) that may call a line, by what decides it (`windowMayCall`). */
const callersOf = new WeakMap<HallConfig, Map<string, number[]>>();

/**
 * What `selectNextTicket` needs to see of a window's lines: per lane the first ticket of a service open now (the
 * oldest of the normal and elderly lanes, the earliest-slot booking), which is all it ever picks from. Seeing
 * three tickets instead of every line's first keeps a roll over a long queue quick. Puts them in `out`; false
 * when the window's lines are all called.
 */
function candidatesOf(
  w: SimWindow,
  at: number,
  callable: (serviceId: string, minute: number) => { open: boolean; until: number },
  out: Candidates,
): boolean {
  const minute = Math.floor(at / MINUTE) * MINUTE;
  let normal: Line | undefined;
  let normalHead: Ticket | undefined;
  let elderly: Line | undefined;
  let elderlyHead: Ticket | undefined;
  let booking: Line | undefined;
  let bookingHead: Ticket | undefined;
  let left = 0;
  for (const l of w.lines) {
    const t = l.tickets[l.next];
    if (!t) continue;
    left++;
    if (minute >= l.openUntil || minute < l.openFrom) {
      const known = callable(l.serviceId, minute);
      l.open = known.open;
      l.openFrom = minute;
      l.openUntil = known.until;
    }
    if (!l.open) continue;
    if (t.lane === 'normal') {
      if (!normalHead || t.queueSeq < normalHead.queueSeq) {
        normal = l;
        normalHead = t;
      }
    } else if (t.lane === 'elderly') {
      if (!elderlyHead || t.queueSeq < elderlyHead.queueSeq) {
        elderly = l;
        elderlyHead = t;
      }
    } else if (!bookingHead || bySlotThenQueue(t, bookingHead) < 0) {
      booking = l;
      bookingHead = t;
    }
  }
  if (left === 0) return false;
  if (left * 2 < w.lines.length) w.lines = w.lines.filter((l) => l.next < l.tickets.length);
  out.tickets.length = 0;
  out.lines.length = 0;
  if (normal && normalHead) out.add(normal, normalHead);
  if (elderly && elderlyHead) out.add(elderly, elderlyHead);
  if (booking && bookingHead) out.add(booking, bookingHead);
  return true;
}

/** A window's candidates to call: up to three tickets, each with its line. One pair of lists serves a whole roll. */
class Candidates {
  readonly tickets: Ticket[] = [];
  readonly lines: Line[] = [];

  add(line: Line, ticket: Ticket): void {
    this.lines.push(line);
    this.tickets.push(ticket);
  }
}

/**
 * Whether a service's tickets may be called at an instant of the roll (a whole minute, as `callableServicesAt`
 * asks), and until which instant that answer holds: hours change a few times a day, and a roll looks at its
 * lines thousands of times. Within the day of `now` the answer comes from the day's callable spans; past its
 * end (the roll's last instant), from `isCallableAt` itself.
 */
function callableMemo(
  hall: HallIndex,
  day: HallDay,
): (serviceId: string, minute: number) => { open: boolean; until: number } {
  const { config } = hall;
  const grace = config.policy.closingGraceMinutes;
  let memo = callableSpans.get(config);
  if (memo?.date !== day.date) callableSpans.set(config, (memo = { date: day.date, byService: new Map() }));
  const spans = memo.byService;
  return (serviceId, minute) => {
    if (minute >= day.end) return { open: isCallableAt(config, serviceId, minute, grace), until: Infinity };
    let known = spans.get(serviceId);
    if (!known) spans.set(serviceId, (known = callableSpansOn(config, serviceId, day.date, grace)));
    let open = false;
    let until = day.end;
    for (const s of known) {
      if (s.start <= minute && minute < s.end) open = true;
      if (s.start > minute) until = Math.min(until, s.start);
      if (s.end > minute) until = Math.min(until, s.end);
    }
    return { open, until };
  };
}

/** Each service's callable spans of the day the hall's rolls last ran in: the next roll mostly asks the same. */
const callableSpans = new WeakMap<
  HallConfig,
  { date: string; byService: Map<string, { start: number; end: number }[]> }
>();
