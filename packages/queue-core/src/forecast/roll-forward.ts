import { CALLABLE_STATES, type HallConfig, type Ticket, type WindowConfig, type WindowState } from '@hall/protocol';
import { windowMayCall, type HallIndex } from '../hall-index.ts';
import { bySlotThenQueue, selectNextTicket, streakAfterCall, type ServiceOpenNow } from '../routing.ts';
import { callableServicesAt } from '../schedule/opening-hours.ts';
import { addDays, instantOf, localMomentOf, minutesOf } from '../schedule/zoned-time.ts';
import { closedWindow, type HallState } from '../state.ts';
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
  /** Whether its service may be called, as of `openMinute`: asked once a minute, not once a look. */
  open: boolean;
  openMinute: number;
}

interface SimWindow {
  config: WindowConfig;
  state: WindowState;
  freeAt: number;
  lines: Line[];
}

/**
 * Rolls the hall forward from `now` with no new arrivals: every open window calls as `selectNextTicket` would
 * (bookings falling due, the elderly interleave, services' opening hours and closing grace), each call keeping
 * the window busy for its service's mean time; a window holding a ticket is free once that service's mean time
 * since the call has passed, a paused one once its break is over. Closed windows stay closed.
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
  const openAt = openingMemo(hall);
  const slower = breakSlowdown(hall, now);
  const horizon = endOfDay(hall, now);
  const calledAt = new Map<string, number>();

  for (;;) {
    const w = earliest(windows);
    if (!w || w.freeAt > horizon) break;
    const at = w.freeAt;
    const open = openAt(at);
    const candidates = candidatesOf(w, open, Math.floor(at / MINUTE));
    if (candidates === null) {
      windows.splice(windows.indexOf(w), 1);
      continue;
    }
    const next = selectNextTicket(w.config, w.state, candidates.tickets, hall.config.policy, at, open);
    if (!next) {
      // Only tickets of services closed now (a break in the hours): look again a little later.
      w.freeAt = at + CLOSED_SERVICE_RETRY_MINUTES * MINUTE;
      continue;
    }
    calledAt.set(next.id, at);
    const line = candidates.lines[candidates.tickets.indexOf(next)];
    if (line) line.next++;
    w.state.normalStreak = streakAfterCall(w.state, next);
    if (next.id === options.until) break;
    w.freeAt = at + times.minutesOf(next.serviceId) * MINUTE * slower(at);
  }
  return calledAt;
}

/**
 * The staff break as a slowdown: every window is away for `minutes` somewhere in the break's span, so within the
 * span the hall serves at (span − minutes) / span of its speed. Which window goes when is not known in advance.
 */
function breakSlowdown(hall: HallIndex, now: number): (at: number) => number {
  const b = hall.config.policy.staffBreak;
  if (!b) return () => 1;
  const { timeZone } = hall.config;
  const date = localMomentOf(now, timeZone).date;
  const from = instantOf(date, minutesOf(b.from), timeZone);
  const to = instantOf(date, minutesOf(b.to), timeZone);
  const span = (to - from) / MINUTE;
  const factor = span / Math.max(span / 4, span - b.minutes);
  return (at) => (at >= from && at < to ? factor : 1);
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
      lines.push({ serviceId: tickets[0]?.serviceId ?? '', tickets, next: 0, open: false, openMinute: -1 });
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
  const out: SimWindow[] = [];
  for (const config of hall.config.windows) {
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
    const mine = lines.filter((l) => l.tickets[0] !== undefined && windowMayCall(config, l.tickets[0]));
    // The roll's own copy: its normal streak moves with the roll's calls.
    out.push({ config, state: { ...ws }, freeAt, lines: mine });
  }
  return out;
}

function earliest(windows: readonly SimWindow[]): SimWindow | undefined {
  let best: SimWindow | undefined;
  for (const w of windows) if (!best || w.freeAt < best.freeAt) best = w;
  return best;
}

/**
 * What `selectNextTicket` needs to see of a window's lines: per lane the first ticket of a service open now (the
 * oldest of the normal and elderly lanes, the earliest-slot booking), which is all it ever picks from. Seeing
 * three tickets instead of every line's first keeps a roll over a long queue quick. Null when the window's lines
 * are all called.
 */
function candidatesOf(w: SimWindow, open: ServiceOpenNow, minute: number): { tickets: Ticket[]; lines: Line[] } | null {
  let normal: Line | undefined;
  let elderly: Line | undefined;
  let booking: Line | undefined;
  let left = 0;
  for (const l of w.lines) {
    const t = l.tickets[l.next];
    if (!t) continue;
    left++;
    if (l.openMinute !== minute) {
      l.open = open(l.serviceId);
      l.openMinute = minute;
    }
    if (!l.open) continue;
    if (t.lane === 'normal') {
      if (!normal || t.queueSeq < (normal.tickets[normal.next] as Ticket).queueSeq) normal = l;
    } else if (t.lane === 'elderly') {
      if (!elderly || t.queueSeq < (elderly.tickets[elderly.next] as Ticket).queueSeq) elderly = l;
    } else if (!booking || bySlotThenQueue(t, booking.tickets[booking.next] as Ticket) < 0) booking = l;
  }
  if (left === 0) return null;
  if (left * 2 < w.lines.length) w.lines = w.lines.filter((l) => l.next < l.tickets.length);
  const lines: Line[] = [];
  for (const l of [normal, elderly, booking]) if (l) lines.push(l);
  return { tickets: lines.map((l) => l.tickets[l.next] as Ticket), lines };
}

/** Local midnight after `now`: a ticket not called today is not called at all (the day's close cancels it). */
function endOfDay(hall: HallIndex, now: number): number {
  const { date } = localMomentOf(now, hall.config.timeZone);
  return instantOf(addDays(date, 1), 0, hall.config.timeZone);
}

/** Minutes of opening hours kept per hall: a day and a half of them, for the rolls of the next issues to reuse. */
const OPENING_MINUTES_KEPT = 2_160;
const openingByMinute = new WeakMap<HallConfig, Map<number, ServiceOpenNow>>();

/**
 * Opening hours by the minute, each minute worked out once and kept for later rolls: a roll visits hundreds of
 * minutes, the next issue's roll mostly the same ones, and time zone arithmetic is the costly part.
 */
function openingMemo(hall: HallIndex): (at: number) => ServiceOpenNow {
  let byMinute = openingByMinute.get(hall.config);
  if (!byMinute || byMinute.size > OPENING_MINUTES_KEPT) openingByMinute.set(hall.config, (byMinute = new Map()));
  const known = byMinute;
  return (at) => {
    const minute = Math.floor(at / MINUTE);
    let open = known.get(minute);
    if (!open) known.set(minute, (open = callableServicesAt(hall.config, at)));
    return open;
  };
}
