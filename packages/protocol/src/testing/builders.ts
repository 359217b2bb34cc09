/**
 * Builders of protocol values for tests (`@hall/protocol/testing`): a sound value with plain defaults,
 * overridden by what the test names. Every UI's and the hub's tests build windows, public tickets and
 * snapshots; one place keeps them in step with the schemas (`builders.test.ts` checks them).
 */
import { PROTOCOL_VERSION } from '../version.ts';
import type { HallSnapshot, PublicTicket, Ticket, WindowState } from '../index.ts';

/** The business day the builders use unless told another. */
export const TEST_DAY = '2026-11-25';

/** A window open and idle, with a clerk signed in. */
export function windowStateOf(p: Partial<WindowState> & { number: number }): WindowState {
  return {
    state: 'open',
    clerkId: 'c1',
    clerkName: '王晓明',
    pauseReason: null,
    currentTicketId: null,
    normalStreak: 0,
    ratingTicketId: null,
    ratingDeadline: null,
    changedAt: 0,
    version: 1,
    ...p,
  };
}

/**
 * Tests only: a waiting ticket as the hub stores and sends it (`A001` of 2026-11-24), for tests of code
 * that reads tickets on either side of the wire; pass what the test is about in `over`.
 */
export function sampleTicket(over: Partial<Ticket> = {}): Ticket {
  const number = over.number ?? 'A001';
  const businessDay = over.businessDay ?? '2026-11-24';
  return {
    id: `${businessDay}/${number}`,
    number,
    businessDay,
    prefix: number.slice(0, 1),
    seq: Number(number.slice(1)),
    serviceId: 'svc-a',
    lane: 'normal',
    priorityGroup: null,
    state: 'waiting',
    queueSeq: 1,
    issuedAt: 1_000,
    queuedAt: 1_000,
    targetWindow: null,
    window: null,
    calledAt: null,
    startedAt: null,
    finishedAt: null,
    recalls: 0,
    holder: null,
    booking: null,
    history: [{ at: 1_000, action: 'issued', window: null, serviceId: 'svc-a', by: 'kiosk-1' }],
    version: 1,
    statusCode: `code-${number}-${businessDay}`,
    rating: null,
    ...over,
  };
}

/** A waiting ticket A001 of service `a`, normal lane, on `TEST_DAY`, issued at 0 with no history. */
export function ticketOf(p: Partial<Ticket> = {}): Ticket {
  return sampleTicket({
    businessDay: TEST_DAY,
    serviceId: 'a',
    seq: 1,
    issuedAt: 0,
    queuedAt: 0,
    history: [],
    statusCode: '',
    ...p,
  });
}

/** A ticket as a wall display sees it: waiting in the normal lane, id from `day` and `number`. */
export function publicTicketOf(p: Partial<PublicTicket> & { number: string }, day = TEST_DAY): PublicTicket {
  return {
    id: `${day}/${p.number}`,
    serviceId: 'med',
    lane: 'normal',
    priorityGroup: null,
    state: 'waiting',
    queueSeq: 1,
    targetWindow: null,
    window: null,
    calledAt: null,
    recalls: 0,
    ...p,
  };
}

/** A snapshot at event 10 of `TEST_DAY` (or `p.businessDay`): no windows, no tickets, empty figures. */
export function hallSnapshotOf(p: Partial<HallSnapshot> = {}): HallSnapshot {
  const businessDay = p.businessDay ?? TEST_DAY;
  const lastEventId = p.lastEventId ?? 10;
  return {
    protocolVersion: PROTOCOL_VERSION,
    lastEventId,
    businessDay,
    serverTime: 1_000_000,
    configVersion: 1,
    windows: [],
    tickets: [],
    stats: { eventId: lastEventId, businessDay, services: [] },
    ...p,
  };
}
