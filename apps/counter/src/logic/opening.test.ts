import type { QueueStats, ServiceQueueStats } from '@hall/protocol';
import { describe, expect, test } from 'vitest';
import { queueFor } from './callable.ts';
import { closedServices, splitByOpening } from './opening.ts';
import { ticketOf as ticket } from '@hall/protocol/testing';

const MIN = 60_000;
const CLOSE = Date.UTC(2026, 10, 25, 9, 0);

function svc(p: Partial<ServiceQueueStats> & { serviceId: string }): ServiceQueueStats {
  return {
    waiting: 0,
    waitingElderly: 0,
    openWindows: 1,
    estimatedWaitMinutes: 0,
    open: true,
    opensAt: null,
    closesAt: CLOSE,
    callable: true,
    ...p,
  };
}
const stats = (eventId: number, services: ServiceQueueStats[]): QueueStats => ({
  eventId,
  businessDay: '2026-11-25',
  services,
});

describe('which services are closed for calling', () => {
  test('no stats yet: every service counts as open', () => {
    expect(closedServices(null).size).toBe(0);
  });
  test('not callable in the stats, with the next opening', () => {
    const s = stats(1, [
      svc({ serviceId: 'a' }),
      svc({ serviceId: 'b', open: false, callable: false, opensAt: CLOSE + 60 * MIN }),
    ]);
    expect([...closedServices(s)]).toEqual([['b', { opensAt: CLOSE + 60 * MIN }]]);
  });
  test('closed for tickets but within the closing grace: still callable', () => {
    const grace = stats(2, [svc({ serviceId: 'b', open: false, closesAt: null, opensAt: null, callable: true })]);
    expect(closedServices(grace).has('b')).toBe(false);
  });
});

test('tickets of closed services leave the callable queue and its counts, and are listed apart', () => {
  const w = {
    number: 1,
    names: { 'zh-Hans': 'x', 'zh-Hant': 'x', en: 'x' },
    kind: 'zone' as const,
    services: ['a', 'b'],
  };
  const q = queueFor(w, [
    ticket({ id: 'x1', queueSeq: 1, serviceId: 'b' }),
    ticket({ id: 'x2', queueSeq: 2, serviceId: 'a', lane: 'elderly' }),
    ticket({ id: 'x3', queueSeq: 3, serviceId: 'b', state: 'transferred', targetWindow: 1 }),
    ticket({ id: 'x4', queueSeq: 4, serviceId: 'a', state: 'transferred', targetWindow: 1 }),
  ]);
  const split = splitByOpening(q, new Map([['b', { opensAt: null }]]), 1);
  expect(split.tickets.map((t) => t.id)).toEqual(['x2', 'x4']);
  expect(split.closed.map((t) => t.id)).toEqual(['x1', 'x3']);
  expect(split.counts).toEqual({ normal: 1, elderly: 1, booking: 0, priority: 0 });
  expect(split.forThisWindow).toBe(1);
  // Nothing closed: the queue as it was.
  expect(splitByOpening(q, new Map(), 1)).toEqual({ ...q, closed: [] });
});
