import type { Ticket } from './ticket.ts';
import type { WindowState } from './window.ts';

/**
 * Whole protocol objects for unit tests, so that each test names only the fields it is about and a new
 * field is added here once, not in every package's copy. Imported as `@hall/protocol/test-fixtures`
 * (tests only; not part of the main entry).
 */

/** A waiting ticket A001 of service `a`, normal lane, on 2026-11-25, with the given fields. */
export function ticketFixture(p: Partial<Ticket> = {}): Ticket {
  const number = p.number ?? 'A001';
  const businessDay = p.businessDay ?? '2026-11-25';
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

/** Window 1, open and idle, held by the clerk `me`, with the given fields. */
export function windowFixture(p: Partial<WindowState> = {}): WindowState {
  return {
    number: 1,
    state: 'open',
    clerkId: 'me',
    clerkName: 'Me',
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
