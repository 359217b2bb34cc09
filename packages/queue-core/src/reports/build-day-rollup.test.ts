import {
  hallConfigSchema,
  ticketFiguresSchema,
  windowPerformanceSchema,
  type HallEventType,
  type Ticket,
  type TicketFigures,
  type TicketStep,
  type WindowPerformance,
  type WindowState,
} from '@hall/protocol';
import { sampleTicket, windowStateOf } from '@hall/protocol/testing';
import { describe, expect, test } from 'vitest';
import { buildDayRollup } from './build-day-rollup.ts';
import { FiguresSum, mergeByKey } from './merge-rollups.ts';
import type { RollupDimension, RollupRow } from './rollup-figures.ts';
import type { WindowEvent } from './window-time.ts';

/*
 * A small hand-made day, 2026-03-02 (a Monday) in Asia/Shanghai (UTC+8, no daylight saving), whose every
 * report figure is worked out by hand below. Regular hours 09–12 and 13–17; delay service 12–13 and 17–19.
 */
const DAY = '2026-03-02';
const tr = (s: string) => ({ 'zh-Hans': s, 'zh-Hant': s, en: s });
const config = hallConfigSchema.parse({
  hallName: tr('hall'),
  timeZone: 'Asia/Shanghai',
  zones: [
    { id: 'civil', names: tr('civil') },
    { id: 'tax', names: tr('tax') },
  ],
  services: [
    {
      id: 'household',
      names: tr('household'),
      prefix: 'A',
      zoneId: 'civil',
      avgServiceMinutes: 10,
      delayService: true,
    },
    { id: 'license', names: tr('license'), prefix: 'B', zoneId: 'tax', avgServiceMinutes: 10, targetWaitMinutes: 10 },
  ],
  windows: [
    { number: 1, names: tr('1'), kind: 'zone', zoneId: 'civil', services: ['household'] },
    { number: 2, names: tr('2'), kind: 'zone', zoneId: 'tax', services: ['license'] },
    { number: 8, names: tr('8'), kind: 'comprehensive', services: 'all' },
  ],
  schedule: {
    regular: [
      { from: '09:00', to: '12:00' },
      { from: '13:00', to: '17:00' },
    ],
    delay: [
      { from: '12:00', to: '13:00' },
      { from: '17:00', to: '19:00' },
    ],
  },
});

/** Hall-local time on DAY. */
const at = (h: number, m: number, s = 0) => Date.UTC(2026, 2, 2, h - 8, m, s);

type Step = [TicketStep['action'], number, number | null, string, string?];

function ticket(number: string, lane: Ticket['lane'], steps: Step[], over: Partial<Ticket>): Ticket {
  const history = steps.map(([action, when, window, by, serviceId]) => ({
    action,
    at: when,
    window,
    by,
    serviceId: serviceId ?? over.serviceId ?? 'household',
  }));
  return sampleTicket({ number, businessDay: DAY, lane, issuedAt: history[0]?.at ?? 0, history, ...over });
}

const rating = (level: NonNullable<Ticket['rating']>['level'], window: number, clerkId: string) => ({
  level,
  source: level === 'not-rated' ? ('timeout' as const) : ('pad' as const),
  at: 0,
  clerkId,
  window,
});

/*
 * The tickets (wait = issue → first call, service = start → finish):
 *   A1 household normal   09:00:00, called 09:05:00 w1 c1, 09:06:00–09:16:00: wait 300 s, service 600 s, very satisfied
 *   A2 household elderly  09:10:00, called 09:40:05 w1 c1, 09:41:00–09:44:20: wait 1805 s (> 30 min), service 200 s, satisfied
 *   B1 license   normal   09:20:00, called 09:25:30 w2 c2, no-show 09:28:00: wait 330 s (≤ 10 min)
 *   B2 license→household booking 10:00:00, called 10:12:00 w2 c2 (wait 720 s > license's 10 min), transferred
 *      10:20:00 to household, called 10:30:00 w8 c3, 10:31:00–10:41:50: service 650 s, unsatisfied
 *   A3 household normal   17:30:00 (delay hours), called 17:32:00 w8 c3, 17:33:00–17:38:30: wait 120 s, service 330 s, not rated
 *   A4 household normal   18:00:00 (delay hours), never called, cancelled when the day closed
 */
const tickets: Ticket[] = [
  ticket(
    'A001',
    'normal',
    [
      ['issued', at(9, 0), null, 'kiosk'],
      ['called', at(9, 5), 1, 'c1'],
      ['started', at(9, 6), 1, 'c1'],
      ['finished', at(9, 16), 1, 'c1'],
      ['rated', at(9, 16, 20), 1, 'pad-1'],
    ],
    {
      serviceId: 'household',
      state: 'done',
      calledAt: at(9, 5),
      startedAt: at(9, 6),
      finishedAt: at(9, 16),
      rating: rating('very-satisfied', 1, 'c1'),
    },
  ),
  ticket(
    'A002',
    'elderly',
    [
      ['issued', at(9, 10), null, 'kiosk'],
      ['called', at(9, 40, 5), 1, 'c1'],
      ['started', at(9, 41), 1, 'c1'],
      ['finished', at(9, 44, 20), 1, 'c1'],
    ],
    {
      serviceId: 'household',
      state: 'done',
      calledAt: at(9, 40, 5),
      startedAt: at(9, 41),
      finishedAt: at(9, 44, 20),
      rating: rating('satisfied', 1, 'c1'),
    },
  ),
  ticket(
    'B001',
    'normal',
    [
      ['issued', at(9, 20), null, 'kiosk'],
      ['called', at(9, 25, 30), 2, 'c2'],
      ['recalled', at(9, 26, 30), 2, 'c2'],
      ['no-show', at(9, 28), 2, 'c2'],
    ],
    { serviceId: 'license', state: 'no-show', calledAt: at(9, 25, 30), finishedAt: at(9, 28) },
  ),
  ticket(
    'B002',
    'booking',
    [
      ['issued', at(10, 0), null, 'kiosk', 'license'],
      ['called', at(10, 12), 2, 'c2', 'license'],
      ['started', at(10, 12, 30), 2, 'c2', 'license'],
      ['transferred', at(10, 20), 2, 'c2', 'household'],
      ['called', at(10, 30), 8, 'c3'],
      ['started', at(10, 31), 8, 'c3'],
      ['finished', at(10, 41, 50), 8, 'c3'],
    ],
    {
      serviceId: 'household',
      state: 'done',
      calledAt: at(10, 30),
      startedAt: at(10, 31),
      finishedAt: at(10, 41, 50),
      rating: rating('unsatisfied', 8, 'c3'),
    },
  ),
  ticket(
    'A003',
    'normal',
    [
      ['issued', at(17, 30), null, 'kiosk'],
      ['called', at(17, 32), 8, 'c3'],
      ['started', at(17, 33), 8, 'c3'],
      ['finished', at(17, 38, 30), 8, 'c3'],
    ],
    {
      serviceId: 'household',
      state: 'done',
      calledAt: at(17, 32),
      startedAt: at(17, 33),
      finishedAt: at(17, 38, 30),
      rating: rating('not-rated', 8, 'c3'),
    },
  ),
  ticket(
    'A004',
    'normal',
    [
      ['issued', at(18, 0), null, 'kiosk'],
      ['cancelled', at(24, 0), null, 'system'],
    ],
    { serviceId: 'household', state: 'cancelled', finishedAt: at(24, 0) },
  ),
];

function windowEvent(type: HallEventType, when: number, w: Partial<WindowState> & { number: number }): WindowEvent {
  return { type, at: when, window: windowStateOf({ changedAt: when, ...w }) };
}

/*
 * The windows:
 *   w1 c1: open 08:55:00, busy 09:05:00–09:16:00 and 09:40:05–09:44:20, paused 12:00–13:00, closed 17:00
 *   w2 c2: open 09:00:00, busy 09:25:30–09:28:00 and 10:12:00–10:20:00, closed 11:00
 *   w8 c3: open 10:25:00, busy 10:30:00–10:41:50, paused 12:00–12:30, busy 17:32:00–17:38:30, left open (until midnight)
 */
const windowEvents: WindowEvent[] = [
  windowEvent('window.opened', at(8, 55), { number: 1, clerkId: 'c1' }),
  windowEvent('window.opened', at(9, 0), { number: 2, clerkId: 'c2' }),
  windowEvent('ticket.called', at(9, 5), { number: 1, clerkId: 'c1', currentTicketId: 'A001' }),
  windowEvent('ticket.finished', at(9, 16), { number: 1, clerkId: 'c1', ratingTicketId: 'A001' }),
  windowEvent('ticket.rated', at(9, 16, 20), { number: 1, clerkId: 'c1' }),
  windowEvent('ticket.called', at(9, 25, 30), { number: 2, clerkId: 'c2', currentTicketId: 'B001' }),
  windowEvent('ticket.no-show', at(9, 28), { number: 2, clerkId: 'c2' }),
  windowEvent('ticket.called', at(9, 40, 5), { number: 1, clerkId: 'c1', currentTicketId: 'A002' }),
  windowEvent('ticket.finished', at(9, 44, 20), { number: 1, clerkId: 'c1' }),
  windowEvent('ticket.called', at(10, 12), { number: 2, clerkId: 'c2', currentTicketId: 'B002' }),
  windowEvent('ticket.transferred', at(10, 20), { number: 2, clerkId: 'c2' }),
  windowEvent('window.opened', at(10, 25), { number: 8, clerkId: 'c3' }),
  windowEvent('ticket.called', at(10, 30), { number: 8, clerkId: 'c3', currentTicketId: 'B002' }),
  windowEvent('ticket.finished', at(10, 41, 50), { number: 8, clerkId: 'c3' }),
  windowEvent('window.closed', at(11, 0), { number: 2, state: 'closed', clerkId: null }),
  windowEvent('window.paused', at(12, 0), { number: 1, clerkId: 'c1', state: 'paused' }),
  windowEvent('window.paused', at(12, 0), { number: 8, clerkId: 'c3', state: 'paused' }),
  windowEvent('window.resumed', at(12, 30), { number: 8, clerkId: 'c3' }),
  windowEvent('window.resumed', at(13, 0), { number: 1, clerkId: 'c1' }),
  windowEvent('window.closed', at(17, 0), { number: 1, state: 'closed', clerkId: null }),
  windowEvent('ticket.called', at(17, 32), { number: 8, clerkId: 'c3', currentTicketId: 'A003' }),
  windowEvent('ticket.finished', at(17, 38, 30), { number: 8, clerkId: 'c3' }),
];

const rows = buildDayRollup({ config, businessDay: DAY, tickets, windowEvents });

/** The figures of one group, through JSON as the store keeps them. */
function figuresOf(
  dimension: RollupDimension,
  key: string,
): { tickets: TicketFigures; performance: WindowPerformance } {
  const row = rows.find((r) => r.dimension === dimension && r.key === key);
  if (!row) throw new Error(`no row ${dimension}/${key}`);
  const sum = new FiguresSum().add(JSON.parse(JSON.stringify(row.figures)) as RollupRow['figures']);
  return {
    tickets: ticketFiguresSchema.parse(sum.tickets()),
    performance: windowPerformanceSchema.parse(sum.performance()),
  };
}

const keysOf = (dimension: RollupDimension) =>
  rows
    .filter((r) => r.dimension === dimension)
    .map((r) => r.key)
    .sort();

/** Figures with nothing in them; each expectation below names what is not zero or null. */
function figures(p: Partial<TicketFigures>): TicketFigures {
  return {
    issued: 0,
    served: 0,
    noShow: 0,
    cancelled: 0,
    transferred: 0,
    wait: { count: 0, meanMinutes: null, medianMinutes: null, p90Minutes: null },
    service: { count: 0, meanMinutes: null, medianMinutes: null, p90Minutes: null },
    withinTarget: { count: 0, share: null },
    ratings: {
      'very-satisfied': 0,
      satisfied: 0,
      'basically-satisfied': 0,
      unsatisfied: 0,
      'very-unsatisfied': 0,
      'not-rated': 0,
    },
    participation: null,
    satisfaction: null,
    delay: { issued: 0, served: 0 },
    ...p,
  };
}
const ratings = (p: Partial<TicketFigures['ratings']>): TicketFigures['ratings'] => ({ ...figures({}).ratings, ...p });

// Whole day: A1 A2 B1 B2 A3 A4.
const WHOLE_DAY = figures({
  issued: 6,
  served: 4, // A1 A2 B2 A3
  noShow: 1, // B1
  cancelled: 1, // A4
  transferred: 1, // B2
  // waits 300 1805 330 720 120 s: mean 3275/5 = 655 s = 10.92 min; buckets 12 30 33 72 180:
  // median rank ⌈2.5⌉ = 3 → bucket 33 = 330 s = 5.5; p90 rank ⌈4.5⌉ = 5 → bucket 180 = 1800 s = 30.0
  wait: { count: 5, meanMinutes: 10.9, medianMinutes: 5.5, p90Minutes: 30 },
  // services 600 200 650 330 s: mean 1780/4 = 445 s = 7.42; buckets 20 33 60 65: median rank 2 → 330 s = 5.5;
  // p90 rank ⌈3.6⌉ = 4 → 650 s = 10.83
  service: { count: 4, meanMinutes: 7.4, medianMinutes: 5.5, p90Minutes: 10.8 },
  // within target: A1 300 ≤ 1800, B1 330 ≤ 600, A3 120 ≤ 1800 (A2 1805 > 1800, B2 720 > license's 600): 3 of 5
  withinTarget: { count: 3, share: 0.6 },
  ratings: ratings({ 'very-satisfied': 1, satisfied: 1, unsatisfied: 1, 'not-rated': 1 }),
  participation: 0.75, // 3 rated of 4 served
  satisfaction: 2 / 3, // (1 + 1) of 3 rated
  delay: { issued: 2, served: 1 }, // A3 and A4 issued in 17–19; A3 served
});

// Hour 09 (A1 A2 B1), also the window kind `zone` (windows 1 and 2 last held A1 A2 B1).
const HOUR_09 = figures({
  issued: 3,
  served: 2,
  noShow: 1,
  // 300 1805 330: mean 2435/3 = 811.7 s = 13.53; buckets 30 33 180: median rank 2 → 330 s; p90 rank ⌈2.7⌉ = 3 → 1800 s
  wait: { count: 3, meanMinutes: 13.5, medianMinutes: 5.5, p90Minutes: 30 },
  // 600 200: mean 400 s = 6.67; buckets 20 60: median rank 1 → 200 s = 3.33; p90 rank 2 → 600 s = 10.0
  service: { count: 2, meanMinutes: 6.7, medianMinutes: 3.3, p90Minutes: 10 },
  withinTarget: { count: 2, share: 2 / 3 }, // A1, B1
  ratings: ratings({ 'very-satisfied': 1, satisfied: 1 }),
  participation: 1,
  satisfaction: 1,
});

// Hour 10 (B2), also the booking lane.
const B2_ONLY = figures({
  issued: 1,
  served: 1,
  transferred: 1,
  wait: { count: 1, meanMinutes: 12, medianMinutes: 12, p90Minutes: 12 }, // 720 s
  service: { count: 1, meanMinutes: 10.8, medianMinutes: 10.8, p90Minutes: 10.8 }, // 650 s = 10.83; bucket 65 = 650 s
  withinTarget: { count: 0, share: 0 },
  ratings: ratings({ unsatisfied: 1 }),
  participation: 1,
  satisfaction: 0,
});

const HOUR_17 = figures({
  issued: 1,
  served: 1,
  wait: { count: 1, meanMinutes: 2, medianMinutes: 2, p90Minutes: 2 }, // 120 s
  service: { count: 1, meanMinutes: 5.5, medianMinutes: 5.5, p90Minutes: 5.5 }, // 330 s
  withinTarget: { count: 1, share: 1 },
  ratings: ratings({ 'not-rated': 1 }),
  participation: 0, // 0 rated of 1 served
  delay: { issued: 1, served: 1 },
});

const HOUR_18 = figures({ issued: 1, cancelled: 1, delay: { issued: 1, served: 0 } });

// Zone civil = service household: A1 A2 B2 (its last service) A3 A4.
const CIVIL = figures({
  issued: 5,
  served: 4,
  cancelled: 1,
  transferred: 1,
  // 300 1805 720 120: mean 2945/4 = 736.25 s = 12.27; buckets 12 30 72 180: median rank 2 → 300 s; p90 rank 4 → 1800 s
  wait: { count: 4, meanMinutes: 12.3, medianMinutes: 5, p90Minutes: 30 },
  service: { count: 4, meanMinutes: 7.4, medianMinutes: 5.5, p90Minutes: 10.8 }, // as the whole day
  withinTarget: { count: 2, share: 0.5 }, // A1, A3
  ratings: ratings({ 'very-satisfied': 1, satisfied: 1, unsatisfied: 1, 'not-rated': 1 }),
  participation: 0.75,
  satisfaction: 2 / 3,
  delay: { issued: 2, served: 1 },
});

// Zone tax = service license = window 2 = clerk c2: B1.
const B1_ONLY = figures({
  issued: 1,
  noShow: 1,
  wait: { count: 1, meanMinutes: 5.5, medianMinutes: 5.5, p90Minutes: 5.5 }, // 330 s
  withinTarget: { count: 1, share: 1 },
});

// Window 1 = clerk c1: A1 A2.
const WINDOW_1 = figures({
  issued: 2,
  served: 2,
  // 300 1805: mean 1052.5 s = 17.54; buckets 30 180: median rank 1 → 300 s; p90 rank 2 → 1800 s
  wait: { count: 2, meanMinutes: 17.5, medianMinutes: 5, p90Minutes: 30 },
  service: { count: 2, meanMinutes: 6.7, medianMinutes: 3.3, p90Minutes: 10 }, // 600 200
  withinTarget: { count: 1, share: 0.5 },
  ratings: ratings({ 'very-satisfied': 1, satisfied: 1 }),
  participation: 1,
  satisfaction: 1,
});

// Window 8 = clerk c3 = kind comprehensive: B2 A3.
const WINDOW_8 = figures({
  issued: 2,
  served: 2,
  transferred: 1,
  // 720 120: mean 420 s = 7.0; buckets 12 72: median rank 1 → 120 s = 2.0; p90 rank 2 → 720 s = 12.0
  wait: { count: 2, meanMinutes: 7, medianMinutes: 2, p90Minutes: 12 },
  // 650 330: mean 490 s = 8.17; buckets 33 65: median 330 s = 5.5; p90 650 s = 10.8
  service: { count: 2, meanMinutes: 8.2, medianMinutes: 5.5, p90Minutes: 10.8 },
  withinTarget: { count: 1, share: 0.5 },
  ratings: ratings({ unsatisfied: 1, 'not-rated': 1 }),
  participation: 0.5,
  satisfaction: 0,
  delay: { issued: 1, served: 1 },
});

// Lane normal: A1 B1 A3 A4.
const NORMAL_LANE = figures({
  issued: 4,
  served: 2,
  noShow: 1,
  cancelled: 1,
  // 300 330 120: mean 750/3 = 250 s = 4.17; buckets 12 30 33: median rank 2 → 300 s = 5.0; p90 rank 3 → 330 s = 5.5
  wait: { count: 3, meanMinutes: 4.2, medianMinutes: 5, p90Minutes: 5.5 },
  // 600 330: mean 465 s = 7.75; buckets 33 60: median 330 s = 5.5; p90 600 s = 10.0
  service: { count: 2, meanMinutes: 7.8, medianMinutes: 5.5, p90Minutes: 10 },
  withinTarget: { count: 3, share: 1 },
  ratings: ratings({ 'very-satisfied': 1, 'not-rated': 1 }),
  participation: 0.5,
  satisfaction: 1,
  delay: { issued: 2, served: 1 },
});

// Lane elderly: A2.
const ELDERLY_LANE = figures({
  issued: 1,
  served: 1,
  wait: { count: 1, meanMinutes: 30.1, medianMinutes: 30, p90Minutes: 30 }, // 1805 s = 30.08; bucket 180 = 30.0
  service: { count: 1, meanMinutes: 3.3, medianMinutes: 3.3, p90Minutes: 3.3 }, // 200 s
  withinTarget: { count: 0, share: 0 },
  ratings: ratings({ satisfied: 1 }),
  participation: 1,
  satisfaction: 1,
});

/*
 * Window time (seconds):
 *   w1: open 08:55–17:00 = 29100 (485.0 min); paused 3600 (60.0); idle 600 + 1445 + 8140 + 14400 = 24585 (409.75 → 409.8)
 *   w2: open 09:00–11:00 = 7200 (120.0); paused 0; idle 1530 + 2640 + 2400 = 6570 (109.5)
 *   w8: open 10:25–24:00 = 48900 (815.0); paused 1800 (30.0); idle 300 + 4690 + 18120 + 22890 = 46000 (766.67 → 766.7)
 */
const W1_TIME = { openMinutes: 485, pausedMinutes: 60, idleMinutes: 409.8 };
const W2_TIME = { openMinutes: 120, pausedMinutes: 0, idleMinutes: 109.5 };
const W8_TIME = { openMinutes: 815, pausedMinutes: 30, idleMinutes: 766.7 };

describe('a day rolled up and read back', () => {
  test('the whole day, and the day row', () => {
    expect(figuresOf('all', '').tickets).toEqual(WHOLE_DAY);
    expect(keysOf('day')).toEqual([DAY]);
    expect(figuresOf('day', DAY).tickets).toEqual(WHOLE_DAY);
  });

  test('by hour of issue, and by day and hour', () => {
    expect(keysOf('hour')).toEqual(['09', '10', '17', '18']);
    expect(figuresOf('hour', '09').tickets).toEqual(HOUR_09);
    expect(figuresOf('hour', '10').tickets).toEqual(B2_ONLY);
    expect(figuresOf('hour', '17').tickets).toEqual(HOUR_17);
    expect(figuresOf('hour', '18').tickets).toEqual(HOUR_18);
    expect(keysOf('day-hour')).toEqual(['09', '10', '17', '18'].map((h) => `${DAY}T${h}`));
    expect(figuresOf('day-hour', `${DAY}T09`).tickets).toEqual(HOUR_09);
    expect(figuresOf('day-hour', `${DAY}T18`).tickets).toEqual(HOUR_18);
  });

  test('by zone and by service (the last service of a transferred ticket)', () => {
    expect(keysOf('zone')).toEqual(['civil', 'tax']);
    expect(figuresOf('zone', 'civil')).toEqual({ tickets: CIVIL, performance: { ...W1_TIME, noShowRate: 0 } });
    expect(figuresOf('zone', 'tax')).toEqual({ tickets: B1_ONLY, performance: { ...W2_TIME, noShowRate: 1 } });
    expect(keysOf('service')).toEqual(['household', 'license']);
    expect(figuresOf('service', 'household').tickets).toEqual(CIVIL);
    expect(figuresOf('service', 'license').tickets).toEqual(B1_ONLY);
  });

  test('by window and clerk: the tickets they last held, their open, paused and idle time', () => {
    expect(keysOf('window')).toEqual(['1', '2', '8']);
    expect(figuresOf('window', '1')).toEqual({ tickets: WINDOW_1, performance: { ...W1_TIME, noShowRate: 0 } });
    expect(figuresOf('window', '2')).toEqual({ tickets: B1_ONLY, performance: { ...W2_TIME, noShowRate: 1 } });
    expect(figuresOf('window', '8')).toEqual({ tickets: WINDOW_8, performance: { ...W8_TIME, noShowRate: 0 } });
    expect(keysOf('clerk')).toEqual(['c1', 'c2', 'c3']);
    expect(figuresOf('clerk', 'c1')).toEqual(figuresOf('window', '1'));
    expect(figuresOf('clerk', 'c2')).toEqual(figuresOf('window', '2'));
    expect(figuresOf('clerk', 'c3')).toEqual(figuresOf('window', '8'));
  });

  test('by lane and by window kind', () => {
    expect(keysOf('lane')).toEqual(['booking', 'elderly', 'normal']);
    expect(figuresOf('lane', 'normal').tickets).toEqual(NORMAL_LANE);
    expect(figuresOf('lane', 'elderly').tickets).toEqual(ELDERLY_LANE);
    expect(figuresOf('lane', 'booking').tickets).toEqual(B2_ONLY);
    expect(keysOf('kind')).toEqual(['comprehensive', 'zone']);
    // Windows 1 and 2: open 29100 + 7200 = 36300 s = 605.0; paused 3600 = 60.0; idle 24585 + 6570 = 31155 s = 519.25
    // → 519.3; no-shows 1 of (2 served + 1 no-show)
    expect(figuresOf('kind', 'zone')).toEqual({
      tickets: HOUR_09,
      performance: { openMinutes: 605, pausedMinutes: 60, idleMinutes: 519.3, noShowRate: 1 / 3 },
    });
    expect(figuresOf('kind', 'comprehensive')).toEqual({
      tickets: WINDOW_8,
      performance: { ...W8_TIME, noShowRate: 0 },
    });
  });

  test('a day without tickets still has its `all` row, with every figure empty', () => {
    const empty = buildDayRollup({ config, businessDay: '2026-03-08', tickets: [], windowEvents: [] });
    expect(empty.map((r) => r.dimension)).toEqual(['all']);
    expect(new FiguresSum().add(empty[0]?.figures ?? ({} as never)).tickets()).toEqual(figures({}));
  });

  test('window time of a live day stops at `until`', () => {
    const live = buildDayRollup({ config, businessDay: DAY, tickets, windowEvents, until: at(9, 30) });
    const w1 = live.find((r) => r.dimension === 'window' && r.key === '1')?.figures.win;
    // open 08:55–09:30 = 2100 s; busy 09:05–09:16 = 660 s; idle 1440 s = 24.0 min
    expect(w1).toEqual({ open: 2100, paused: 0, idle: 1440 });
  });

  test('a window carried over midnight holding a ticket counts as busy from the start of the day', () => {
    const carried = buildDayRollup({
      config,
      businessDay: DAY,
      tickets: [],
      windowEvents: [
        windowEvent('ticket.finished', at(0, 10), { number: 8, clerkId: 'c3' }),
        windowEvent('window.closed', at(0, 15), { number: 8, state: 'closed', clerkId: null }),
      ],
    });
    // busy 00:00–00:10 = 600 s, idle 00:10–00:15 = 300 s
    expect(carried.find((r) => r.dimension === 'window')?.figures.win).toEqual({ open: 900, paused: 0, idle: 300 });
  });

  test('the close of the day before, late, is not a window carried over: its windows count from their opening', () => {
    const rows = buildDayRollup({
      config,
      businessDay: DAY,
      tickets: [],
      windowEvents: [
        // The hub was down over midnight: at 07:00 it closes the day before, giving up a pending rating.
        windowEvent('ticket.rated', at(7, 0), { number: 1, clerkId: 'c1' }),
        windowEvent('window.closed', at(7, 0), { number: 1, state: 'closed', clerkId: null }),
        windowEvent('window.opened', at(8, 0), { number: 1, clerkId: 'c1' }),
        windowEvent('window.closed', at(8, 30), { number: 1, state: 'closed', clerkId: null }),
      ],
    });
    // Only 08:00–08:30 = 1800 s, idle.
    expect(rows.find((r) => r.dimension === 'window')?.figures.win).toEqual({ open: 1800, paused: 0, idle: 1800 });
  });
});

describe('rows of many days merged', () => {
  test('counts and sums add; percentiles come from the merged histograms', () => {
    const nextDay = '2026-03-03';
    const late = ticket('A001', 'normal', [['issued', at(9, 0) + 86_400_000, null, 'kiosk']], {
      businessDay: nextDay,
      id: `${nextDay}/A001`,
      serviceId: 'household',
      state: 'no-show',
      calledAt: at(9, 50) + 86_400_000,
      finishedAt: at(9, 55) + 86_400_000,
    });
    late.history.push({ action: 'called', at: at(9, 50) + 86_400_000, window: 1, by: 'c1', serviceId: 'household' });
    late.history.push({ action: 'no-show', at: at(9, 55) + 86_400_000, window: 1, by: 'c1', serviceId: 'household' });
    const second = buildDayRollup({ config, businessDay: nextDay, tickets: [late], windowEvents: [] });
    const merged = mergeByKey([...rows, ...second].filter((r) => r.dimension === 'all'));
    expect([...merged.keys()]).toEqual(['']);
    const all = merged.get('')?.tickets();
    // issued 6 + 1; no-shows 1 + 1; waits 300 1805 330 720 120 3000 s: mean 6275/6 = 1045.8 s = 17.43;
    // buckets 12 30 33 72 180 300: median rank 3 → 330 s = 5.5; p90 rank ⌈5.4⌉ = 6 → 3000 s = 50.0
    expect(all?.issued).toBe(7);
    expect(all?.noShow).toBe(2);
    expect(all?.wait).toEqual({ count: 6, meanMinutes: 17.4, medianMinutes: 5.5, p90Minutes: 50 });
    expect(all?.withinTarget).toEqual({ count: 3, share: 0.5 });
    expect(all?.service).toEqual(WHOLE_DAY.service);
  });

  test('a sum written back as one row (a month) reads as the rows it came from', () => {
    const direct = mergeByKey(rows.filter((r) => r.dimension === 'window'));
    const once = new Map([...direct].map(([key, sum]) => [key, new FiguresSum().add(sum.rollup())]));
    for (const [key, sum] of direct) {
      expect(once.get(key)?.tickets()).toEqual(sum.tickets());
      expect(once.get(key)?.performance()).toEqual(sum.performance());
    }
    expect(direct.get('1')?.rollup().wait).toEqual({ n: 2, sum: 2105, h: [30, 1, 180, 1] });
    // Rows without window time stay without it.
    expect(
      mergeByKey(rows.filter((r) => r.dimension === 'lane'))
        .get('normal')
        ?.rollup().win,
    ).toBeUndefined();
  });

  test('by key, in one pass over rows of several dimensions of keys', () => {
    const merged = mergeByKey([...rows, ...rows].filter((r) => r.dimension === 'window'));
    expect([...merged.keys()].sort()).toEqual(['1', '2', '8']);
    // Two copies of window 1: twice the time and tickets, the same shares.
    expect(merged.get('1')?.performance()).toEqual({
      openMinutes: 970,
      pausedMinutes: 120,
      idleMinutes: 819.5,
      noShowRate: 0,
    });
    expect(merged.get('1')?.tickets().wait).toEqual({ count: 4, meanMinutes: 17.5, medianMinutes: 5, p90Minutes: 30 });
  });
});
