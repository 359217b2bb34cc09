import type { Ticket, WindowState } from '@hall/protocol';

/** A ticket for tests: waiting, normal lane, service `a`, with the given fields. */
export function ticket(p: Partial<Ticket>): Ticket {
  return {
    id: `2026-11-25/${p.number ?? 'A001'}`,
    number: 'A001',
    businessDay: '2026-11-25',
    prefix: 'A',
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

/** A window of the clerk `me`, open and idle unless `p` says otherwise. */
export const win = (p: Partial<WindowState>): WindowState => ({
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
});
