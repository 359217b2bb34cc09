import type { Ticket } from '@hall/protocol';

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
