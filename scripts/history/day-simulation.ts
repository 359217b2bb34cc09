import {
  maskName,
  maskPhone,
  type HallConfig,
  type HallEventType,
  type Lane,
  type RatingLevel,
  type Ticket,
  type TicketStep,
  type WindowConfig,
  type WindowState,
} from '@hall/protocol';
import { dayKindOf, formatTicketNumber, instantOf, slotsOn, spansOn, ticketIdOf, weekdayOf } from '@hall/queue-core';
import type { HistoryClerks } from './clerks.ts';
import type { UniqueCodes } from './codes.ts';
import {
  HOUR_WEIGHTS,
  planSession,
  servesService,
  WEEKDAY_FACTOR,
  type SessionKind,
  type SessionPlan,
} from './hall-plan.ts';
import type { Random } from './random.ts';

const SECOND = 1_000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** The hub's own actor for day closes and expired ratings (HallService's SYSTEM). */
export const SYSTEM_ACTOR = 'system';
const KIOSKS = ['history-kiosk-1', 'history-kiosk-2', 'history-kiosk-3'];

/** One stored event, its body already JSON as EventLog.append writes it. */
export interface HistoryEvent {
  at: number;
  type: HallEventType;
  businessDay: string;
  actor: string;
  ticketId: string | null;
  window: number | null;
  body: string;
}

export interface HistoryBooking {
  code: string;
  serviceId: string;
  slotStart: number;
  slotEnd: number;
  session: 'regular' | 'delay';
  state: 'booked' | 'checked-in' | 'called' | 'done' | 'no-show' | 'cancelled';
  source: 'public' | 'counter';
  name: string;
  phone: string;
  createdAt: number;
  updatedAt: number;
  ticketId: string | null;
}

export interface HistoryFollowUp {
  id: string;
  ticketId: string;
  ticketNumber: string;
  window: number;
  clerkId: string | null;
  level: RatingLevel;
  state: 'open' | 'closed';
  createdAt: number;
  notes: { at: number; by: string; text: string }[];
}

export interface HistoryComplaint {
  id: string;
  window: number;
  ticketId: string;
  clerkId: string;
  matter: string;
  departments: string[];
  contactName: string;
  contactPhone: string;
  state: 'open' | 'coordinating' | 'resolved';
  createdAt: number;
  updatedAt: number;
  notes: { at: number; by: string; state: 'open' | 'coordinating' | 'resolved'; text: string }[];
}

export interface SimulatedDay {
  day: string;
  closed: boolean;
  tickets: Ticket[];
  /** Sorted by time; the next day's close (cancellations, `day.closed`) is not among them. */
  events: HistoryEvent[];
  /** Tickets still waiting when the hall emptied: the day close cancels them. */
  leftover: Ticket[];
  counters: Map<string, number>;
  bookings: HistoryBooking[];
  followUps: HistoryFollowUp[];
  complaints: HistoryComplaint[];
  lastQueueSeq: number;
}

export interface DayContext {
  config: HallConfig;
  plans: ReadonlyMap<SessionKind, SessionPlan>;
  clerks: HistoryClerks;
  codes: UniqueCodes;
  rng: Random;
  /** The instant the history ends (end of its last day): later follow-up and complaint steps are not written. */
  historyEnd: number;
  /** Windows whose state carries over from the day before (closed at every day's end). */
  windows: Map<number, WindowState>;
}

/**
 * The sessions' plans, with the regular session's service times everywhere: a service takes as long in the evening
 * as by day, and evenings and weekends are quieter than the regular day.
 */
export function plansFor(config: HallConfig): Map<SessionKind, SessionPlan> {
  const regular = planSession(config, 'regular');
  return new Map<SessionKind, SessionPlan>([
    ['regular', regular],
    ['evening', { ...planSession(config, 'evening'), serviceMinutes: regular.serviceMinutes }],
    ['weekend', { ...planSession(config, 'weekend'), serviceMinutes: regular.serviceMinutes }],
  ]);
}

const RATING_LEVELS_WEIGHTED: readonly RatingLevel[] = [
  'very-satisfied',
  'satisfied',
  'basically-satisfied',
  'unsatisfied',
  'very-unsatisfied',
];
// 99.8 % (very) satisfied among rated, as the hall publishes.
const RATING_WEIGHTS = [0.83, 0.168, 0.0014, 0.0005, 0.0001];

const TRANSFER_NOTES = ['材料齐全，转下一环节', '一件事一次办：转联办窗口', '需另一部门审核', '转综合窗口继续办理'];
const PAUSE_REASONS = ['临时离开', '系统故障', '业务咨询', '领取材料'];
const COMPLAINT_MATTERS = [
  '材料要求前后不一致，多次补交仍未办成',
  '跨部门事项无人牵头，来回跑',
  '系统显示办结但证照未出',
  '异地业务无法线上核验身份',
  '政策解释不一致，窗口之间说法不同',
];
const COMPLAINT_DEPARTMENTS = ['区医保局', '区人社局', '区市场监管局', '区税务局', '区不动产登记中心', '区住建局'];
const SURNAMES = ['王', '李', '张', '刘', '陈', '杨', '黄', '赵', '吴', '周', '徐', '孙', '马', '朱', '胡', '郭'];

interface Queued {
  ticket: Ticket;
  availableAt: number;
  /** Tickets of the regular session may still be called this long after it ends (the closing grace). */
  callableUntil: number;
  issuedInRegular: boolean;
}

interface Shift {
  clerkId: string;
  clerkName: string;
  from: number;
  to: number;
  /** After `to`, only tickets issued before it may be called (the day clerk drains the regular queue). */
  last: boolean;
}

interface RunningWindow {
  config: WindowConfig;
  shifts: Shift[];
  shift: number;
  opened: boolean;
  done: boolean;
  t: number;
  breakAt: number | null;
  breakMinutes: number;
  shortPauseAt: number | null;
  /** Whether the clerk calls the regular queue's last tickets after closing time (within the grace), or leaves. */
  drains: boolean;
}

/** Simulates one business day of the hall through the rules the hub applies, without the hub. */
export function simulateDay(ctx: DayContext, day: string, firstQueueSeq: number): SimulatedDay {
  const sim = new DaySimulation(ctx, day, firstQueueSeq);
  return sim.run();
}

class DaySimulation {
  private readonly config: HallConfig;
  private readonly rng: Random;
  private readonly tz: string;
  private readonly midnight: number;
  private readonly events: HistoryEvent[] = [];
  private readonly tickets = new Map<string, Ticket>();
  private readonly counters = new Map<string, number>();
  private readonly bookings: HistoryBooking[] = [];
  private readonly bookingOf = new Map<string, HistoryBooking>();
  private readonly followUps: HistoryFollowUp[] = [];
  private readonly complaints: HistoryComplaint[] = [];
  /** Waiting tickets per service, in queue order. */
  private readonly queues = new Map<string, Queued[]>();
  private readonly arrivals: { at: number; serviceId: string; lane: Lane; booking: HistoryBooking | null }[] = [];
  private nextArrival = 0;
  private queueSeq: number;
  private readonly graceMs: number;
  private readonly ratingTimeoutMs: number;
  private readonly avgMinutes = new Map<string, number>();

  constructor(
    private readonly ctx: DayContext,
    private readonly day: string,
    firstQueueSeq: number,
  ) {
    this.config = ctx.config;
    this.rng = ctx.rng;
    this.tz = ctx.config.timeZone;
    this.midnight = instantOf(day, 0, this.tz);
    this.queueSeq = firstQueueSeq;
    this.graceMs = ctx.config.policy.closingGraceMinutes * MINUTE;
    this.ratingTimeoutMs = ctx.config.policy.ratingTimeoutSeconds * SECOND;
  }

  run(): SimulatedDay {
    const kind = dayKindOf(this.day, this.config.holidays);
    if (kind === 'closed') return this.result(true);
    const sessions: SessionKind[] = kind === 'working' ? ['regular', 'evening'] : ['weekend'];
    const demandFactor = this.demandFactor();
    for (const session of sessions) this.planArrivals(session, demandFactor);
    this.planBookings();
    this.arrivals.sort((a, b) => a.at - b.at);
    const windows = this.staffWindows(kind === 'working');
    this.runWindows(windows);
    return this.result(false);
  }

  private result(closed: boolean): SimulatedDay {
    const leftover: Ticket[] = [];
    for (const q of this.queues.values()) for (const item of q) leftover.push(item.ticket);
    this.events.sort((a, b) => a.at - b.at);
    return {
      day: this.day,
      closed,
      tickets: [...this.tickets.values()],
      events: this.events,
      leftover,
      counters: this.counters,
      bookings: this.bookings,
      followUps: this.followUps,
      complaints: this.complaints,
      lastQueueSeq: this.queueSeq,
    };
  }

  // ---- demand --------------------------------------------------------------------------------------------

  private demandFactor(): number {
    const weekday = WEEKDAY_FACTOR[weekdayOf(this.day)] ?? 1;
    const dayOfYear = Math.floor(
      (Date.UTC(+this.day.slice(0, 4), +this.day.slice(5, 7) - 1, +this.day.slice(8, 10)) -
        Date.UTC(+this.day.slice(0, 4), 0, 1)) /
        DAY,
    );
    // Busier before the spring festival and at the end of the year, quieter in summer.
    const season = 1 + 0.07 * Math.cos((2 * Math.PI * (dayOfYear - 20)) / 365);
    return weekday * season * (1 + 0.05 * this.rng.normal());
  }

  private planArrivals(session: SessionKind, factor: number): void {
    const plan = this.ctx.plans.get(session);
    if (!plan) return;
    const spanSession = session === 'regular' ? 'regular' : 'delay';
    const weights = HOUR_WEIGHTS[session];
    for (const service of this.config.services) {
      const expected = (plan.share.get(service.id) ?? 0) * plan.tickets * factor + (plan.fixed.get(service.id) ?? 0);
      if (expected <= 0) continue;
      this.avgMinutes.set(service.id, plan.serviceMinutes.get(service.id) ?? service.avgServiceMinutes);
      const spans = spansOn(this.config, service.id, this.day).filter((s) => s.session === spanSession);
      const buckets: { start: number; weight: number }[] = [];
      for (const span of spans) {
        for (let start = span.start; start < span.end; start += 15 * MINUTE) {
          const hour = Math.floor((start - this.midnight) / HOUR);
          buckets.push({ start, weight: weights[hour] ?? 0.3 });
        }
      }
      const total = buckets.reduce((sum, b) => sum + b.weight, 0);
      if (total === 0) continue;
      const elderlyShare = this.config.windows.some((w) => w.lanes?.includes('elderly') && servesService(w, service.id))
        ? 0.12
        : 0.05;
      for (const b of buckets) {
        const n = this.rng.poisson((expected * b.weight) / total);
        for (let i = 0; i < n; i++) {
          const lane: Lane = this.rng.chance(elderlyShare) ? 'elderly' : 'normal';
          this.arrivals.push({
            at: b.start + Math.floor(this.rng.next() * 15 * MINUTE),
            serviceId: service.id,
            lane,
            booking: null,
          });
        }
      }
    }
  }

  /** Bookings of today's slots: made days before; most checked in, a few cancelled or missed. */
  private planBookings(): void {
    for (const service of this.config.services) {
      if (!this.avgMinutes.has(service.id)) continue;
      for (const slot of slotsOn(this.config, service.id, this.day)) {
        for (let place = 0; place < slot.capacity; place++) {
          if (!this.rng.chance(0.09)) continue;
          const createdAt = slot.start - this.rng.int(1, 6) * DAY - this.rng.int(0, 8 * 60) * MINUTE;
          const booking: HistoryBooking = {
            code: this.ctx.codes.booking(),
            serviceId: service.id,
            slotStart: slot.start,
            slotEnd: slot.end,
            session: slot.session,
            state: 'booked',
            source: this.rng.chance(0.85) ? 'public' : 'counter',
            name: maskName(`${this.rng.pick(SURNAMES)}某某`),
            phone: maskPhone(`13${this.rng.int(100000000, 999999999)}`),
            createdAt,
            updatedAt: createdAt,
            ticketId: null,
          };
          this.bookings.push(booking);
          const fate = this.rng.next();
          if (fate < 0.05) {
            booking.state = 'cancelled';
            booking.updatedAt = createdAt + this.rng.int(1, 20) * HOUR;
          } else if (fate < 0.12) {
            // Never came: the hub marks it a no-show when its slot ends.
            booking.state = 'no-show';
            booking.updatedAt = slot.end;
          } else {
            const at = slot.start - this.rng.int(0, 25 * 60) * SECOND;
            this.arrivals.push({ at, serviceId: service.id, lane: 'booking', booking });
          }
        }
      }
    }
  }

  // ---- windows --------------------------------------------------------------------------------------------

  private staffWindows(working: boolean): RunningWindow[] {
    const running: RunningWindow[] = [];
    const spanOf = (w: WindowConfig, session: 'regular' | 'delay') => {
      let from = Infinity;
      let to = -Infinity;
      for (const s of this.config.services) {
        if (!servesService(w, s.id)) continue;
        for (const span of spansOn(this.config, s.id, this.day)) {
          if (span.session !== session) continue;
          from = Math.min(from, span.start);
          to = Math.max(to, span.end);
        }
      }
      return from < to ? { from, to } : null;
    };
    const regularPlan = this.ctx.plans.get(working ? 'regular' : 'weekend');
    const eveningPlan = this.ctx.plans.get('evening');
    for (const w of this.config.windows) {
      const shifts: Shift[] = [];
      const staffed = new Set(regularPlan?.windows.map((x) => x.number));
      const main = spanOf(w, working ? 'regular' : 'delay');
      if (main && staffed.has(w.number)) {
        const clerk = working
          ? this.ctx.clerks.dayClerk(w.number, this.day)
          : this.ctx.clerks.outOfHours(w.number, this.day);
        shifts.push({ ...clerk, from: main.from - this.rng.int(60, 600) * SECOND, to: main.to, last: true });
      }
      if (working && eveningPlan?.windows.some((x) => x.number === w.number)) {
        const evening = spanOf(w, 'delay');
        const first = shifts[0];
        if (evening && first && evening.from >= first.to) {
          first.last = false;
          const clerk = this.ctx.clerks.outOfHours(w.number, this.day);
          shifts.push({ ...clerk, from: evening.from, to: evening.to, last: true });
        }
      }
      const first = shifts[0];
      if (!first) continue;
      const lunch = instantOf(this.day, 11 * 60 + 30, this.tz);
      running.push({
        config: w,
        shifts,
        shift: 0,
        opened: false,
        done: false,
        t: first.from,
        breakAt: lunch + this.rng.int(0, 90) * MINUTE,
        breakMinutes: this.rng.int(25, 35),
        shortPauseAt: this.rng.chance(0.3) ? lunch + this.rng.int(150, 300) * MINUTE : null,
        drains: this.rng.chance(0.75),
      });
    }
    return running;
  }

  private runWindows(windows: RunningWindow[]): void {
    for (;;) {
      let w: RunningWindow | undefined;
      for (const x of windows) if (!x.done && (!w || x.t < w.t)) w = x;
      if (!w) break;
      this.ingestUntil(w.t);
      this.step(w);
    }
    // Whoever arrives after the last window closed still takes a ticket (and is cancelled at the day close).
    this.ingestUntil(Infinity);
  }

  private step(w: RunningWindow): void {
    const shift = w.shifts[w.shift];
    if (!shift) {
      w.done = true;
      return;
    }
    if (!w.opened) {
      w.t = Math.max(w.t, shift.from);
      this.windowEvent(w, 'window.opened', shift.clerkId, {
        state: 'open',
        clerkId: shift.clerkId,
        clerkName: shift.clerkName,
        pauseReason: null,
        normalStreak: 0,
      });
      w.opened = true;
      w.t += this.rng.int(5, 60) * SECOND;
      return;
    }
    if (w.t >= shift.to) {
      const draining = shift.last && w.drains && w.t < shift.to + this.graceMs && this.pick(w, shift) !== null;
      if (!draining) {
        this.windowEvent(w, 'window.closed', shift.clerkId, {
          state: 'closed',
          clerkId: null,
          clerkName: null,
          pauseReason: null,
        });
        w.opened = false;
        w.shift++;
        // Breaks belong to the day shift; the late shift is short.
        w.breakAt = null;
        w.shortPauseAt = null;
        const next = w.shifts[w.shift];
        if (!next) w.done = true;
        else w.t = Math.max(w.t + SECOND, next.from);
        return;
      }
    }
    if (w.breakAt !== null && w.t >= w.breakAt && w.t < shift.to) {
      this.pause(w, shift, '午休', w.breakMinutes);
      w.breakAt = null;
      return;
    }
    if (w.shortPauseAt !== null && w.t >= w.shortPauseAt && w.t < shift.to) {
      this.pause(w, shift, this.rng.pick(PAUSE_REASONS), this.rng.int(5, 15));
      w.shortPauseAt = null;
      return;
    }
    const item = this.pick(w, shift);
    if (!item) {
      w.t += this.rng.int(20, 60) * SECOND;
      return;
    }
    this.serve(w, shift, item);
  }

  private pause(w: RunningWindow, shift: Shift, reason: string, minutes: number): void {
    this.windowEvent(w, 'window.paused', shift.clerkId, { state: 'paused', pauseReason: reason });
    w.t += minutes * MINUTE + this.rng.int(0, 59) * SECOND;
    this.windowEvent(w, 'window.resumed', shift.clerkId, { state: 'open', pauseReason: null });
    w.t += this.rng.int(5, 30) * SECOND;
  }

  /** The ticket this window calls now, by the hub's routing: due bookings, then the elderly ratio, then queue order. */
  private pick(w: RunningWindow, shift: Shift): Queued | null {
    const now = w.t;
    const regularOnly = now >= shift.to;
    const policy = this.config.policy;
    let booking: Queued | null = null;
    let elderly: Queued | null = null;
    let normal: Queued | null = null;
    const services = w.config.services === 'all' ? [...this.queues.keys()] : w.config.services;
    for (const serviceId of services) {
      const queue = this.queues.get(serviceId);
      if (!queue) continue;
      for (const item of queue) {
        if (item.availableAt > now || item.callableUntil < now) continue;
        if (regularOnly && !item.issuedInRegular) continue;
        const t = item.ticket;
        if (w.config.lanes !== undefined && !w.config.lanes.includes(t.lane)) continue;
        if (t.lane === 'booking') {
          if (t.booking && t.booking.slotStart - policy.bookingEarlyMinutes * MINUTE <= now) {
            if (!booking || t.queueSeq < booking.ticket.queueSeq) booking = item;
          }
        } else if (t.lane === 'elderly') {
          if (!elderly || t.queueSeq < elderly.ticket.queueSeq) elderly = item;
        } else if (!normal || t.queueSeq < normal.ticket.queueSeq) normal = item;
      }
    }
    if (booking) return booking;
    if (elderly && normal) {
      const streak = this.ctx.windows.get(w.config.number)?.normalStreak ?? 0;
      const rule = policy.elderly;
      if (rule.rule === 'strict') return elderly;
      if (rule.rule === 'ratio' && streak >= rule.normalPerElderly) return elderly;
      return elderly.ticket.queueSeq < normal.ticket.queueSeq ? elderly : normal;
    }
    return elderly ?? normal;
  }

  private serve(w: RunningWindow, shift: Shift, item: Queued): void {
    this.dequeue(item);
    const number = w.config.number;
    const clerk = shift.clerkId;
    let t = this.ticketStep(
      item.ticket,
      w.t,
      'called',
      clerk,
      number,
      'ticket.called',
      {
        state: 'called',
        window: number,
        targetWindow: null,
        calledAt: w.t,
        recalls: 0,
      },
      (win) => ({ currentTicketId: item.ticket.id, normalStreak: streakAfter(win, item.ticket) }),
    );
    let now = w.t;
    if (this.rng.chance(0.025)) {
      now += this.rng.int(20, 40) * SECOND;
      t = this.ticketStep(t, now, 'recalled', clerk, number, 'ticket.recalled', { recalls: t.recalls + 1 });
      now += this.rng.int(40, 90) * SECOND;
      t = this.ticketStep(
        t,
        now,
        'no-show',
        clerk,
        number,
        'ticket.no-show',
        { state: 'no-show', finishedAt: now, window: null },
        () => ({ currentTicketId: null }),
      );
      w.t = now + this.rng.int(5, 20) * SECOND;
      return;
    }
    if (this.rng.chance(0.06)) {
      now += this.rng.int(20, 40) * SECOND;
      t = this.ticketStep(t, now, 'recalled', clerk, number, 'ticket.recalled', { recalls: t.recalls + 1 });
    }
    now += this.rng.int(15, 60) * SECOND;
    t = this.ticketStep(t, now, 'started', clerk, number, 'ticket.started', { state: 'serving', startedAt: now });
    const mean = this.avgMinutes.get(t.serviceId) ?? 8;
    const minutes = Math.min(4 * mean, Math.max(0.5, this.rng.logNormal(mean, 0.5)));
    const desk = w.config.kind === 'complaints';
    const to =
      !desk && t.history.filter((s) => s.action === 'transferred').length === 0 && this.rng.chance(0.03)
        ? this.transferTarget(t.serviceId, now)
        : null;
    if (to) {
      now += Math.round(minutes * this.rng.next() * MINUTE * 0.6 + 30 * SECOND);
      const note = this.rng.pick(TRANSFER_NOTES);
      t = this.ticketStep(
        t,
        now,
        'transferred',
        clerk,
        number,
        'ticket.transferred',
        {
          state: 'transferred',
          serviceId: to,
          targetWindow: null,
          window: null,
          queuedAt: now,
          calledAt: null,
          startedAt: null,
          recalls: 0,
        },
        () => ({ currentTicketId: null }),
        { note, serviceId: to },
      );
      this.enqueue(t, now, item.callableUntil, item.issuedInRegular);
      w.t = now + this.rng.int(10, 30) * SECOND;
      return;
    }
    now += Math.round(minutes * MINUTE);
    const deadline = now + this.ratingTimeoutMs;
    t = this.ticketStep(
      t,
      now,
      'finished',
      clerk,
      number,
      'ticket.finished',
      { state: 'done', finishedAt: now, window: null },
      () => ({
        currentTicketId: null,
        ratingTicketId: item.ticket.id,
        ratingDeadline: deadline,
      }),
    );
    if (desk) this.complaint(t, number, clerk, now);
    let ratedAt: number;
    if (this.rng.chance(0.955)) {
      ratedAt = now + this.rng.int(3, 25) * SECOND;
      const level = this.rng.weighted(RATING_LEVELS_WEIGHTED, RATING_WEIGHTS);
      const tablet = this.rng.chance(0.7);
      const by = tablet ? `history-rater-${number}` : clerk;
      t = this.rate(t, ratedAt, number, level, tablet ? 'tablet' : 'pad', by, clerk);
      if (level === 'unsatisfied' || level === 'very-unsatisfied') this.followUp(t, number, clerk, level, ratedAt);
    } else {
      ratedAt = deadline + this.rng.int(0, 5) * SECOND;
      t = this.rate(t, ratedAt, number, 'not-rated', 'timeout', SYSTEM_ACTOR, clerk);
    }
    w.t = ratedAt + this.rng.int(2, 30) * SECOND;
  }

  private rate(
    t: Ticket,
    at: number,
    window: number,
    level: RatingLevel | 'not-rated',
    source: 'tablet' | 'pad' | 'timeout',
    by: string,
    clerkId: string,
  ): Ticket {
    return this.ticketStep(
      t,
      at,
      'rated',
      by,
      window,
      'ticket.rated',
      {
        rating: { level, source, at, clerkId, window },
      },
      () => ({ ratingTicketId: null, ratingDeadline: null }),
      { note: level },
    );
  }

  private transferTarget(from: string, now: number): string | null {
    const zone = this.config.services.find((s) => s.id === from)?.zoneId;
    const open = this.config.services.filter(
      (s) =>
        s.id !== from &&
        this.avgMinutes.has(s.id) &&
        spansOn(this.config, s.id, this.day).some((x) => x.start <= now && now < x.end),
    );
    const near = open.filter((s) => s.zoneId === zone || s.prefix === 'V');
    const choice = near.length > 0 && this.rng.chance(0.7) ? near : open;
    return choice.length === 0 ? null : this.rng.pick(choice).id;
  }

  // ---- tickets and events ----------------------------------------------------------------------------------

  private ingestUntil(until: number): void {
    while (this.nextArrival < this.arrivals.length) {
      const a = this.arrivals[this.nextArrival];
      if (!a || a.at > until) return;
      this.nextArrival++;
      this.issue(a.at, a.serviceId, a.lane, a.booking);
    }
  }

  private issue(at: number, serviceId: string, lane: Lane, booking: HistoryBooking | null): void {
    const service = this.config.services.find((s) => s.id === serviceId);
    if (!service) return;
    const seq = (this.counters.get(service.prefix) ?? 0) + 1;
    this.counters.set(service.prefix, seq);
    const number = formatTicketNumber(service.prefix, seq, service.numberDigits);
    const queueSeq = ++this.queueSeq;
    const actor = this.rng.pick(KIOSKS);
    const id = ticketIdOf(this.day, number);
    const ticket: Ticket = {
      id,
      number,
      businessDay: this.day,
      prefix: service.prefix,
      seq,
      serviceId,
      lane,
      priorityGroup: null,
      state: 'waiting',
      queueSeq,
      issuedAt: at,
      queuedAt: at,
      targetWindow: null,
      window: null,
      calledAt: null,
      startedAt: null,
      finishedAt: null,
      recalls: 0,
      holder: booking ? { name: booking.name, phone: booking.phone } : null,
      booking: booking ? { code: booking.code, slotStart: booking.slotStart, slotEnd: booking.slotEnd } : null,
      history: [{ at, action: 'issued', window: null, serviceId, by: actor }],
      version: 1,
      statusCode: this.ctx.codes.status(),
      rating: null,
    };
    if (booking) {
      booking.state = 'checked-in';
      booking.ticketId = id;
      booking.updatedAt = at;
      this.bookingOf.set(id, booking);
    }
    this.record(ticket, at, 'ticket.issued', actor, null);
    const spans = spansOn(this.config, serviceId, this.day);
    const session = booking ? booking.session : spans.find((s) => s.start <= at && at < s.end)?.session;
    // The hub calls a service's tickets while it is open and for the closing grace after (callableServicesAt).
    const lastEnd = spans.reduce((end, s) => Math.max(end, s.end), booking ? booking.slotEnd : at);
    this.enqueue(ticket, at, lastEnd + this.graceMs, session !== 'delay');
  }

  private enqueue(ticket: Ticket, availableAt: number, callableUntil: number, issuedInRegular: boolean): void {
    let queue = this.queues.get(ticket.serviceId);
    if (!queue) this.queues.set(ticket.serviceId, (queue = []));
    const item = { ticket, availableAt, callableUntil, issuedInRegular };
    let i = queue.length;
    while (i > 0 && (queue[i - 1]?.ticket.queueSeq ?? 0) > ticket.queueSeq) i--;
    queue.splice(i, 0, item);
  }

  private dequeue(item: Queued): void {
    const queue = this.queues.get(item.ticket.serviceId);
    const i = queue?.indexOf(item) ?? -1;
    if (queue && i >= 0) queue.splice(i, 1);
  }

  /** One more step of a ticket's history, its event, and the window's change in the same event. */
  private ticketStep(
    ticket: Ticket,
    at: number,
    action: TicketStep['action'],
    by: string,
    window: number,
    type: HallEventType,
    patch: Partial<Ticket>,
    windowPatch?: (w: WindowState) => Partial<WindowState>,
    extra: { note?: string; serviceId?: string } = {},
  ): Ticket {
    const step: TicketStep = { at, action, window, serviceId: extra.serviceId ?? ticket.serviceId, by };
    if (extra.note !== undefined) step.note = extra.note;
    const next: Ticket = { ...ticket, ...patch, history: [...ticket.history, step], version: ticket.version + 1 };
    let win: WindowState | null = null;
    if (windowPatch) {
      const current = this.windowState(window, at);
      win = { ...current, ...windowPatch(current), changedAt: at, version: current.version + 1 };
      this.ctx.windows.set(window, win);
    }
    this.record(next, at, type, by, win);
    const booking = this.bookingOf.get(next.id);
    if (booking) {
      booking.state =
        next.state === 'done'
          ? 'done'
          : next.state === 'no-show'
            ? 'no-show'
            : next.state === 'waiting'
              ? 'checked-in'
              : 'called';
      booking.updatedAt = at;
    }
    return next;
  }

  private windowState(number: number, at: number): WindowState {
    const known = this.ctx.windows.get(number);
    if (known) return known;
    return {
      number,
      state: 'closed',
      clerkId: null,
      clerkName: null,
      pauseReason: null,
      currentTicketId: null,
      normalStreak: 0,
      ratingTicketId: null,
      ratingDeadline: null,
      changedAt: at,
      version: 0,
    };
  }

  private windowEvent(w: RunningWindow, type: HallEventType, actor: string, patch: Partial<WindowState>): void {
    const current = this.windowState(w.config.number, w.t);
    const next = { ...current, ...patch, changedAt: w.t, version: current.version + 1 };
    this.ctx.windows.set(w.config.number, next);
    this.record(null, w.t, type, actor, next);
  }

  /** Stores the event as EventLog.append does: the entities after the change, as JSON. */
  private record(
    ticket: Ticket | null,
    at: number,
    type: HallEventType,
    actor: string,
    window: WindowState | null,
  ): void {
    const ticketJson = ticket ? JSON.stringify(ticket) : '';
    if (ticket) this.tickets.set(ticket.id, ticket);
    const head = `{"type":${JSON.stringify(type)},"at":${at},"businessDay":"${this.day}","actor":${JSON.stringify(actor)}`;
    const body = `${head}${ticket ? `,"ticket":${ticketJson}` : ''}${window ? `,"window":${JSON.stringify(window)}` : ''}}`;
    this.events.push({
      at,
      type,
      businessDay: this.day,
      actor,
      ticketId: ticket?.id ?? null,
      window: window?.number ?? ticket?.window ?? null,
      body,
    });
  }

  // ---- follow-ups and complaints ----------------------------------------------------------------------------

  private followUp(t: Ticket, window: number, clerkId: string, level: RatingLevel, at: number): void {
    const closeAt = at + this.rng.int(2 * 60, 48 * 60) * MINUTE;
    const closed = closeAt <= this.ctx.historyEnd && this.rng.chance(0.9);
    this.followUps.push({
      id: `follow-up-${this.ctx.codes.hex()}`,
      ticketId: t.id,
      ticketNumber: t.number,
      window,
      clerkId,
      level,
      state: closed ? 'closed' : 'open',
      createdAt: at,
      notes: closed ? [{ at: closeAt, by: this.ctx.clerks.supervisor.clerkId, text: '已电话回访，群众表示理解' }] : [],
    });
  }

  private complaint(t: Ticket, window: number, clerkId: string, at: number): void {
    const resolvedAt = at + this.rng.int(1, 14) * DAY + this.rng.int(0, 8 * 60) * MINUTE;
    const coordinatingAt = at + this.rng.int(1, 8) * HOUR;
    const by = this.ctx.clerks.supervisor.clerkId;
    const notes: HistoryComplaint['notes'] = [];
    if (coordinatingAt <= this.ctx.historyEnd)
      notes.push({ at: coordinatingAt, by, state: 'coordinating', text: '已联系相关部门协调' });
    if (resolvedAt <= this.ctx.historyEnd && this.rng.chance(0.92))
      notes.push({ at: resolvedAt, by, state: 'resolved', text: '已协调办结，群众满意' });
    const last = notes.at(-1);
    this.complaints.push({
      id: `complaint-${this.ctx.codes.hex()}`,
      window,
      ticketId: t.id,
      clerkId,
      matter: this.rng.pick(COMPLAINT_MATTERS),
      departments: [this.rng.pick(COMPLAINT_DEPARTMENTS)],
      contactName: maskName(`${this.rng.pick(SURNAMES)}某某`),
      contactPhone: maskPhone(`13${this.rng.int(100000000, 999999999)}`),
      state: last?.state ?? 'open',
      createdAt: at,
      updatedAt: last?.at ?? at,
      notes,
    });
  }
}

function streakAfter(w: WindowState, t: Ticket): number {
  if (t.lane === 'elderly') return 0;
  if (t.lane === 'normal') return w.normalStreak + 1;
  return w.normalStreak;
}
