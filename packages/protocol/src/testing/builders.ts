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

/** A waiting ticket A001 of service `a`, normal lane, on `TEST_DAY`, with the given fields. */
export function ticketOf(p: Partial<Ticket> = {}): Ticket {
  const number = p.number ?? 'A001';
  const businessDay = p.businessDay ?? TEST_DAY;
  return {
    id: `${businessDay}/${number}`,
    number,
    businessDay,
    prefix: number[0] ?? 'A',
    seq: 1,
    serviceId: 'a',
    lane: 'normal',
    state: 'waiting',
    queueSeq: 1,
    issuedAt: 0,
    queuedAt: 0,
    targetWindow: null,
    window: null,
    calledAt: null,
    startedAt: null,
    finishedAt: null,
    recalls: 0,
    holder: null,
    booking: null,
    history: [],
    version: 1,
    statusCode: '',
    rating: null,
    ...p,
  };
}

/** A ticket as a wall display sees it: waiting in the normal lane, id from `day` and `number`. */
export function publicTicketOf(p: Partial<PublicTicket> & { number: string }, day = TEST_DAY): PublicTicket {
  return {
    id: `${day}/${p.number}`,
    serviceId: 'med',
    lane: 'normal',
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
    windows: [],
    tickets: [],
    stats: { eventId: lastEventId, businessDay, services: [] },
    ...p,
  };
}
