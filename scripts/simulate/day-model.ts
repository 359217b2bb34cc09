/**
 * A working day of a hall played through the queue engine itself (`@hall/queue-core`, as the hub runs it, without
 * the database and the sockets around it), seeded, so that a day can be replayed and asserted in a unit test.
 *
 * The day: a Wednesday, doors 09:00–17:00 in the hall's time zone; arrivals by hour with a morning peak; services
 * chosen by how many windows list them; 8 % elderly, 2 % bookings; every staffed window (all but the complaints
 * desk) opens at 09:00–09:10, one in five at 09:30–10:00, and pauses once for lunch (the hall's staff break, 30 minutes
 * ± 30 % between 11:30 and 13:30 in the demo hall); a call is answered in 20–60 s, 3 % do not come (recalled, then marked no-show); service times are
 * log-normal around each service's configured average; 4 % are sent on to another service of the same zone.
 * Windows go on calling up to 4 hours after closing, so that everyone who took a number is served.
 */
import type { HallConfig, Lane, Ticket, TicketBooking, WaitForecast } from '@hall/protocol';
import {
  applyOutcomeInPlace,
  callNext,
  closedWindow,
  finishService,
  indexHall,
  issueTicket,
  markNoShow,
  openWindow,
  pauseWindow,
  recall,
  resumeWindow,
  startService,
  transferTicket,
  windowMayCall,
  type Actor,
  type HallState,
  type Outcome,
  type Result,
} from '@hall/queue-core';

const MIN = 60_000;
/** `HH:MM` as minutes of the day. */
const minutesOf = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));
/** Share of the day's arrivals in each hour from opening: the morning peak, a lunch dip, a smaller afternoon peak. */
export const HOURLY = [0.16, 0.2, 0.15, 0.07, 0.09, 0.13, 0.12, 0.08];
/** An idle window looks again this often even when nothing new came in (a service reopening, a booking due). */
const IDLE_RECHECK = 15 * MIN;

export interface DayPlan {
  /** Citizens arriving over the 8 opening hours. */
  arrivals: number;
  seed: number;
  /** 09:00 of the simulated day in the hall's time zone; the business day is its date. */
  opensAt: number;
  businessDay: string;
}

/** One ticket's forecast at issue and the wait it really had, from issue to its first call. */
export interface WaitRecord {
  zoneId: string;
  lane: Lane;
  forecast: WaitForecast;
  waitMinutes: number;
  issuedAt: number;
}

export interface DayResult {
  arrivals: number;
  issued: number;
  served: number;
  noShows: number;
  /** Tickets still waiting when the windows stopped calling. */
  notCalled: number;
  refusals: Map<string, number>;
  transfers: number;
  lunchPauses: number;
  elderly: number;
  bookings: number;
  staffedWindows: number;
  lastCallAt: number;
  records: WaitRecord[];
}

// --- randomness (seeded, so a day can be replayed) -----------------------------------------------------
function xorshift(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return (s >>> 0) / 4_294_967_296;
  };
}

interface Citizen {
  arrives: number;
  serviceId: string;
  lane: Lane;
}

type DeskStep = 'open' | 'call' | 'recall' | 'no-show' | 'start' | 'finish' | 'resume';

interface Desk {
  number: number;
  actor: Actor;
  next: number;
  step: DeskStep;
  lunchAt: number;
  lunched: boolean;
  /** Found nobody to call: waits for a ticket it may call, or the recheck. */
  idle: boolean;
}

const kiosk: Actor = { id: 'device:sim-kiosk', name: 'sim kiosk', isAdmin: false, canCallOutOfOrder: false };

export function simulateDay(config: HallConfig, plan: DayPlan): DayResult {
  const random = xorshift(plan.seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)] as T;
  /** Log-normal around a mean: service times have a long right tail. */
  const lognormal = (mean: number, sigma = 0.45) => {
    const z = Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
    return mean * Math.exp(sigma * z - (sigma * sigma) / 2);
  };
  const hall = indexHall({ ...config, policy: { ...config.policy, closingGraceMinutes: 240 } });
  let state: HallState = {
    businessDay: plan.businessDay,
    tickets: new Map(),
    windows: new Map(config.windows.map((w) => [w.number, closedWindow(w.number, 0)])),
    lastQueueSeq: 0,
  };
  const apply = (r: Result<Outcome>): boolean => {
    if (r.ok) state = applyOutcomeInPlace(state, r.value);
    return r.ok;
  };
  const open = plan.opensAt;
  const close = open + HOURLY.length * 60 * MIN;

  // --- the windows ---------------------------------------------------------------------------------------
  // Lunch in turns as the hall's staff break says (11:30–13:30, 30 minutes in the demo hall), each a little
  // shorter or longer than planned.
  const staffBreak = config.policy.staffBreak ?? { from: '11:30', to: '13:30', minutes: 30 };
  const breakFrom = open + (minutesOf(staffBreak.from) - 9 * 60) * MIN;
  const breakTo = open + (minutesOf(staffBreak.to) - 9 * 60) * MIN;
  const breakMinutes = staffBreak.minutes;
  const staffed = config.windows.filter((w) => w.kind !== 'complaints');
  const desks: Desk[] = staffed.map((w) => ({
    number: w.number,
    actor: { id: `staff:sim-${w.number}`, name: `clerk ${w.number}`, isAdmin: false, canCallOutOfOrder: false },
    next: open + (random() < 0.8 ? random() * 10 * MIN : 30 * MIN + random() * 30 * MIN),
    step: 'open',
    lunchAt: breakFrom + random() * (breakTo - breakFrom - breakMinutes * MIN),
    lunched: false,
    idle: false,
  }));

  // --- the citizens ----------------------------------------------------------------------------------------
  const services = config.services.filter((s) =>
    staffed.some((w) => w.services === 'all' || w.services.includes(s.id)),
  );
  const weightOf = (id: string) =>
    1 + staffed.filter((w) => Array.isArray(w.services) && w.services.includes(id)).length;
  const weighted = services.flatMap((s) => Array.from({ length: weightOf(s.id) }, () => s.id));
  const citizens: Citizen[] = [];
  HOURLY.forEach((share, h) => {
    const n = Math.round(plan.arrivals * share);
    for (let i = 0; i < n; i++) {
      const r = random();
      citizens.push({
        arrives: open + h * 60 * MIN + random() * 60 * MIN,
        serviceId: pick(weighted),
        lane: r < 0.08 ? 'elderly' : r < 0.1 ? 'booking' : 'normal',
      });
    }
  });
  citizens.sort((a, b) => a.arrives - b.arrives);

  const result: DayResult = {
    arrivals: citizens.length,
    issued: 0,
    served: 0,
    noShows: 0,
    notCalled: 0,
    refusals: new Map(),
    transfers: 0,
    lunchPauses: 0,
    elderly: 0,
    bookings: 0,
    staffedWindows: desks.length,
    lastCallAt: open,
    records: [],
  };
  const refuse = (code: string) => result.refusals.set(code, (result.refusals.get(code) ?? 0) + 1);
  const serviceMinutes = new Map(config.services.map((s) => [s.id, s.avgServiceMinutes]));
  const zoneOf = new Map(config.services.map((s) => [s.id, s.zoneId]));
  const forecastOf = new Map<string, WaitForecast>();
  const firstCall = new Map<string, number>();
  const lastSeq = new Map<string, number>();
  const slotTaken = new Map<string, number>();
  const windowOf = new Map(config.windows.map((w) => [w.number, w]));

  /** A ticket entered a queue: the idle windows that may call it look now. */
  const wake = (t: Ticket, now: number) => {
    for (const d of desks) {
      const w = windowOf.get(d.number);
      if (d.idle && w && windowMayCall(w, t)) {
        d.idle = false;
        d.next = now;
      }
    }
  };

  function issue(c: Citizen): void {
    const prefix = hall.services.get(c.serviceId)?.prefix ?? '?';
    const seq = (lastSeq.get(prefix) ?? 0) + 1;
    let lane = c.lane;
    let booking: TicketBooking | null = null;
    if (lane === 'booking') {
      // Booked for the half hour the citizen arrives in, while the slot has room (2 a slot, as the demo hall).
      const slotStart = c.arrives - (c.arrives % (30 * MIN));
      const key = `${c.serviceId} ${slotStart}`;
      const taken = slotTaken.get(key) ?? 0;
      if (taken < config.booking.capacity) {
        slotTaken.set(key, taken + 1);
        booking = { code: `SIM${seq}`, slotStart, slotEnd: slotStart + 30 * MIN };
      } else lane = 'normal';
    }
    const issued = issueTicket(
      hall,
      state,
      { serviceId: c.serviceId, lane, holder: null, booking, statusCode: `S${state.lastQueueSeq + 1}` },
      seq,
      kiosk,
      c.arrives,
    );
    if (!issued.ok) {
      refuse(issued.error.code);
      return;
    }
    lastSeq.set(prefix, seq);
    state = applyOutcomeInPlace(state, issued.value);
    result.issued++;
    if (lane === 'elderly') result.elderly++;
    if (lane === 'booking') result.bookings++;
    forecastOf.set(issued.value.ticket.id, issued.value.wait);
    wake(issued.value.ticket, c.arrives);
  }

  const held = (d: Desk) => {
    const id = state.windows.get(d.number)?.currentTicketId;
    return id ? state.tickets.get(id) : undefined;
  };

  function act(d: Desk, now: number): void {
    switch (d.step) {
      case 'open':
        apply(openWindow(hall, state, d.number, d.actor, now));
        d.step = 'call';
        return;
      case 'resume':
        apply(resumeWindow(hall, state, d.number, d.actor, now));
        d.step = 'call';
        return;
      case 'call': {
        if (!d.lunched && now >= d.lunchAt) {
          d.lunched = true;
          if (apply(pauseWindow(hall, state, d.number, '午休 lunch', d.actor, now))) {
            result.lunchPauses++;
            d.step = 'resume';
            d.next = now + breakMinutes * (0.7 + random() * 0.6) * MIN;
            return;
          }
        }
        if (!apply(callNext(hall, state, d.number, d.actor, now))) {
          d.idle = true;
          d.next = Math.min(now + IDLE_RECHECK, d.lunched ? Infinity : Math.max(now + 1, d.lunchAt));
          return;
        }
        const t = held(d);
        if (t && !firstCall.has(t.id)) firstCall.set(t.id, now);
        result.lastCallAt = now;
        // 3 % do not come; the others walk up in 20–60 s.
        if (random() < 0.03) {
          d.step = 'recall';
          d.next = now + 20_000;
        } else {
          d.step = 'start';
          d.next = now + 20_000 + random() * 40_000;
        }
        return;
      }
      case 'recall':
        apply(recall(hall, state, d.number, d.actor, now));
        d.step = 'no-show';
        d.next = now + 60_000;
        return;
      case 'no-show':
        if (apply(markNoShow(hall, state, d.number, d.actor, now))) result.noShows++;
        d.step = 'call';
        return;
      case 'start': {
        apply(startService(hall, state, d.number, d.actor, now));
        d.step = 'finish';
        d.next = now + lognormal(serviceMinutes.get(held(d)?.serviceId ?? '') ?? 10) * MIN;
        return;
      }
      case 'finish': {
        const t = held(d);
        const sid = t?.serviceId ?? '';
        const others = services.filter((s) => s.zoneId === zoneOf.get(sid) && s.id !== sid);
        if (t && random() < 0.04 && others.length > 0) {
          const to = pick(others).id;
          if (
            apply(
              transferTicket(
                hall,
                state,
                d.number,
                { toServiceId: to, note: '请到本区另一业务继续办理' },
                d.actor,
                now,
              ),
            )
          ) {
            result.transfers++;
            const moved = state.tickets.get(t.id);
            if (moved) wake(moved, now);
          }
        } else if (apply(finishService(hall, state, d.number, d.actor, now))) result.served++;
        d.step = 'call';
        return;
      }
    }
  }

  // --- run: always the earliest thing that happens next ------------------------------------------------------
  let next = 0;
  const horizon = close + 16 * 60 * MIN;
  for (;;) {
    let now = citizens[next]?.arrives ?? Infinity;
    for (const d of desks) now = Math.min(now, d.next);
    if (!Number.isFinite(now) || now > horizon) break;
    while (next < citizens.length && (citizens[next]?.arrives ?? Infinity) <= now) issue(citizens[next++] as Citizen);
    for (const d of desks) {
      if (d.next > now) continue;
      d.idle = false;
      d.next = now;
      act(d, now);
    }
    // Past closing, with nobody left who could still be called, the day is over.
    if (
      now >= close &&
      next >= citizens.length &&
      desks.every((d) => d.idle) &&
      now > result.lastCallAt + IDLE_RECHECK * 2
    )
      break;
  }

  for (const [id, forecast] of forecastOf) {
    const t = state.tickets.get(id);
    const called = firstCall.get(id);
    if (!t || called === undefined) {
      result.notCalled++;
      continue;
    }
    result.records.push({
      zoneId: zoneOf.get(t.history[0]?.serviceId ?? t.serviceId) ?? '?',
      lane: t.lane,
      forecast,
      waitMinutes: (called - t.issuedAt) / MIN,
      issuedAt: t.issuedAt,
    });
  }
  return result;
}

/** Mean absolute error of the forecasts, the mean real wait, and how often the real wait fell in the range. */
export function estimateAccuracy(records: readonly WaitRecord[]): {
  meanAbsoluteError: number;
  meanWait: number;
  withinRange: number;
} {
  const n = Math.max(1, records.length);
  let err = 0;
  let wait = 0;
  let within = 0;
  for (const r of records) {
    err += Math.abs(r.forecast.minutes - r.waitMinutes);
    wait += r.waitMinutes;
    if (r.waitMinutes >= r.forecast.low && r.waitMinutes <= r.forecast.high) within++;
  }
  return { meanAbsoluteError: err / n, meanWait: wait / n, withinRange: within / n };
}

/** The line `pnpm simulate` prints per day, e.g. `estimate (served day): mean absolute error 4.1 min, 12 % of the mean wait 34.0 min`. */
export function estimateLine(label: string, records: readonly WaitRecord[]): string {
  const { meanAbsoluteError, meanWait } = estimateAccuracy(records);
  const share = meanWait > 0 ? Math.round((meanAbsoluteError / meanWait) * 100) : 0;
  return `estimate (${label}): mean absolute error ${meanAbsoluteError.toFixed(1)} min, ${share} % of the mean wait ${meanWait.toFixed(1)} min`;
}
