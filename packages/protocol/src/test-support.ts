import type { Ticket } from './index.ts';

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
