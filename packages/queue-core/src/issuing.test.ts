import { hallConfigSchema } from '@hall/protocol';
import { describe, expect, it } from 'vitest';
import { callNext } from './calling.ts';
import { indexHall, type HallIndex } from './hall-index.ts';
import { issueTicket, prefixFor } from './issuing.ts';
import { openWindow } from './window-session.ts';
import {
  bookingAt,
  clerk,
  codeOf,
  DAY,
  kiosk,
  makeHall,
  makeState,
  MINUTE,
  otherClerk,
  T0,
  TestHall,
  unwrap,
  hallConfig,
  WIN,
} from './test-fixtures.ts';

/** The fixture hall with some prefixes widened to 4 digits and some services moved onto another prefix. */
function hallWithWidths(widths: Record<string, 3 | 4>, prefixOf: Record<string, string> = {}): HallIndex {
  const base = hallConfig();
  const services = base.services.map((s) => {
    const prefix = prefixOf[s.id] ?? s.prefix;
    return { ...s, prefix, numberDigits: widths[prefix] ?? 3 };
  });
  return indexHall(hallConfigSchema.parse({ ...base, services }));
}

const normal = {
  serviceId: 'household',
  lane: 'normal',
  holder: null,
  booking: null,
  statusCode: 'CODE000001',
} as const;

describe('prefixFor', () => {
  it('gives the prefix of a service', () => {
    const hall = makeHall();
    expect(unwrap(prefixFor(hall, 'household'))).toBe('A');
    expect(unwrap(prefixFor(hall, 'pension'))).toBe('D');
  });

  it('refuses an unknown service', () => {
    expect(codeOf(prefixFor(makeHall(), 'passport'))).toBe('UNKNOWN_SERVICE');
  });
});

describe('issueTicket', () => {
  it('builds a waiting ticket with the number the store handed out', () => {
    const hall = makeHall();
    const state = makeState(hall, DAY, 41);
    const out = unwrap(issueTicket(hall, state, normal, 23, kiosk, T0));
    expect(out.ticket).toEqual({
      id: `${DAY}/A023`,
      number: 'A023',
      businessDay: DAY,
      prefix: 'A',
      seq: 23,
      serviceId: 'household',
      lane: 'normal',
      priorityGroup: null,
      state: 'waiting',
      queueSeq: 42,
      issuedAt: T0,
      queuedAt: T0,
      targetWindow: null,
      window: null,
      calledAt: null,
      startedAt: null,
      finishedAt: null,
      recalls: 0,
      holder: null,
      booking: null,
      history: [{ at: T0, action: 'issued', window: null, serviceId: 'household', by: kiosk.id }],
      version: 1,
      statusCode: 'CODE000001',
      rating: null,
    });
    expect(out.events).toEqual([{ type: 'ticket.issued', actor: kiosk.id, ticket: out.ticket }]);
    expect(out.businessDay).toBe(DAY);
    expect(out.lastQueueSeq).toBe(42);
  });

  it('goes on past the last number of the width with one more digit (issue 14: no day runs out)', () => {
    const hall = makeHall();
    const state = makeState(hall);
    expect(unwrap(issueTicket(hall, state, normal, 999, kiosk, T0)).ticket.number).toBe('A999');
    const next = unwrap(issueTicket(hall, state, normal, 1000, kiosk, T0)).ticket;
    expect(next).toMatchObject({ number: 'A1000', seq: 1000, id: `${DAY}/A1000` });
  });

  it('refuses only a sequence number outside 1 … 99,999, an impossible day', () => {
    const hall = makeHall();
    expect(codeOf(issueTicket(hall, makeState(hall), normal, 0, kiosk, T0))).toBe('NUMBERS_EXHAUSTED');
    expect(unwrap(issueTicket(hall, makeState(hall), normal, 99_999, kiosk, T0)).ticket.number).toBe('A99999');
    expect(codeOf(issueTicket(hall, makeState(hall), normal, 100_000, kiosk, T0))).toBe('NUMBERS_EXHAUSTED');
  });

  it('leaves the hall unchanged when a prefix reaches the ceiling', () => {
    const h = new TestHall();
    h.setLastSeq('A', 99_999);
    const before = h.state;
    expect(codeOf(h.tryIssue('household', { at: T0 }))).toBe('NUMBERS_EXHAUSTED');
    expect(h.state).toBe(before);
    // Other prefixes still have numbers.
    expect(h.issue('residence', { at: T0 }).number).toBe('B001');
  });

  it('numbers a 4-digit service A0001 … A9999 and then A10000', () => {
    const h = new TestHall(hallWithWidths({ A: 4 }));
    expect(h.issue('household', { at: T0 }).number).toBe('A0001');
    h.setLastSeq('A', 9_998);
    expect([1, 2].map(() => h.issue('household', { at: T0 }).number)).toEqual(['A9999', 'A10000']);
    // The 3-digit prefixes of the same hall keep their width.
    expect(h.issue('residence', { at: T0 }).number).toBe('B001');
  });

  it('keeps one sequence and one width for services sharing a prefix, across the overflow', () => {
    const h = new TestHall(hallWithWidths({}, { residence: 'A' }));
    h.setLastSeq('A', 998);
    const numbers = ['household', 'residence', 'household'].map((id) => h.issue(id, { at: T0 }).number);
    expect(numbers).toEqual(['A999', 'A1000', 'A1001']);
    expect(h.state.tickets.size).toBe(3);
  });

  it('refuses an unknown service', () => {
    const hall = makeHall();
    const r = issueTicket(hall, makeState(hall), { ...normal, serviceId: 'passport' }, 1, kiosk, T0);
    expect(codeOf(r)).toBe('UNKNOWN_SERVICE');
  });

  it('numbers each prefix on its own and orders the queue hall-wide', () => {
    const h = new TestHall();
    const a1 = h.issue('household', { at: T0 });
    const b1 = h.issue('residence', { at: T0 + 1000 });
    const a2 = h.issue('household', { at: T0 + 2000 });
    const c1 = h.issue('license', { at: T0 + 3000 });
    expect([a1.number, b1.number, a2.number, c1.number]).toEqual(['A001', 'B001', 'A002', 'C001']);
    expect([a1.queueSeq, b1.queueSeq, a2.queueSeq, c1.queueSeq]).toEqual([1, 2, 3, 4]);
    expect(h.state.lastQueueSeq).toBe(4);
    expect(h.state.tickets.size).toBe(4);
  });

  it('does not change the state it is given', () => {
    const hall = makeHall();
    const state = makeState(hall);
    unwrap(issueTicket(hall, state, normal, 1, kiosk, T0));
    expect(state.tickets.size).toBe(0);
    expect(state.lastQueueSeq).toBe(0);
  });

  it('carries a booking in the booking lane only', () => {
    const hall = makeHall();
    const state = makeState(hall);
    const booking = bookingAt(T0 + 30 * MINUTE, 'BK1234');
    expect(codeOf(issueTicket(hall, state, { ...normal, lane: 'booking' }, 1, kiosk, T0))).toBe('VALIDATION_FAILED');
    expect(codeOf(issueTicket(hall, state, { ...normal, booking }, 1, kiosk, T0))).toBe('VALIDATION_FAILED');
    expect(codeOf(issueTicket(hall, state, { ...normal, lane: 'elderly', booking }, 1, kiosk, T0))).toBe(
      'VALIDATION_FAILED',
    );
    const ok = unwrap(issueTicket(hall, state, { ...normal, lane: 'booking', booking }, 1, kiosk, T0));
    expect(ok.ticket.lane).toBe('booking');
    expect(ok.ticket.booking).toEqual(booking);
  });

  it('keeps the masked holder as given', () => {
    const hall = makeHall();
    const holder = { name: '张*', phone: '138****5678' };
    const out = unwrap(issueTicket(hall, makeState(hall), { ...normal, holder }, 1, kiosk, T0));
    expect(out.ticket.holder).toEqual(holder);
  });

  it('counts the people of the same service still waiting ahead', () => {
    const h = new TestHall();
    h.issue('household', { at: T0 });
    h.issue('household', { at: T0 });
    h.issue('residence', { at: T0 });
    h.issue('household', { at: T0 });
    // One household ticket is called: it is no longer ahead.
    h.run(openWindow(h.hall, h.state, WIN.household, clerk, T0));
    h.run(callNext(h.hall, h.state, WIN.household, clerk, T0));
    const out = unwrap(h.tryIssue('household', { at: T0 + MINUTE }));
    expect(out.peopleAhead).toBe(2);
    const other = unwrap(h.tryIssue('license', { at: T0 + MINUTE }));
    expect(other.peopleAhead).toBe(0);
    expect(other.estimatedWaitMinutes).toBe(0);
  });

  it('estimates the wait by rolling the queue forward over the open windows', () => {
    const h = new TestHall();
    for (let i = 0; i < 3; i++) h.issue('household', { at: T0 });
    // No window open: the hall's windows as configured; 1, 2 and 8 serve household, so the fourth ticket
    // waits one call: 6 minutes configured plus the walk-up, 6.5, rounded.
    const first = unwrap(h.tryIssue('household', { at: T0 }));
    expect(first.estimatedWaitMinutes).toBe(7);
    expect(first.wait).toEqual({ minutes: 7, low: 5, high: 10 });
    h.run(openWindow(h.hall, h.state, WIN.civil, clerk, T0));
    h.run(openWindow(h.hall, h.state, WIN.household, otherClerk, T0));
    // Four ahead now and two windows open for household: calls at 0, 0, 6.5, 6.5, then this one at 13.
    expect(unwrap(h.tryIssue('household', { at: T0 })).estimatedWaitMinutes).toBe(13);
  });

  it('puts an elderly ticket only behind the elderly under the strict rule', () => {
    const h = new TestHall(makeHall({ elderly: { rule: 'strict' } }));
    h.issue('household', { at: T0 });
    h.issue('household', { at: T0, lane: 'elderly' });
    h.issue('household', { at: T0 });
    h.issue('household', { at: T0 });
    expect(unwrap(h.tryIssue('household', { at: T0, lane: 'elderly' })).peopleAhead).toBe(1);
    expect(unwrap(h.tryIssue('household', { at: T0 })).peopleAhead).toBe(5);
  });

  it('lets at most k normal calls go before each elderly one under the ratio rule', () => {
    const h = new TestHall(makeHall({ elderly: { rule: 'ratio', normalPerElderly: 2 } }));
    for (let i = 0; i < 10; i++) h.issue('household', { at: T0 });
    // No elderly ahead: at most 2 normal calls before this one.
    expect(unwrap(h.tryIssue('household', { at: T0, lane: 'elderly' })).peopleAhead).toBe(2);
    // One elderly ahead: 1 + 2 × 2.
    expect(unwrap(h.tryIssue('household', { at: T0, lane: 'elderly' })).peopleAhead).toBe(5);
    const few = new TestHall(makeHall({ elderly: { rule: 'ratio', normalPerElderly: 5 } }));
    few.issue('household', { at: T0 });
    // Never more than everybody waiting.
    expect(unwrap(few.tryIssue('household', { at: T0, lane: 'elderly' })).peopleAhead).toBe(1);
  });
});
