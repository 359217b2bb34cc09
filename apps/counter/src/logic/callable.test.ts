import type { WindowConfig } from '@hall/protocol';
import { describe, expect, test } from 'vitest';
import { mayCall, queueFor, transferTargets, waitedMinutes } from './callable.ts';
import { ticketOf as ticket } from '@hall/protocol/testing';

const names = { 'zh-Hans': 'x', 'zh-Hant': 'x', en: 'x' };
const w1: WindowConfig = { number: 1, names, kind: 'zone', services: ['a', 'b'] };
const w28: WindowConfig = { number: 28, names, kind: 'comprehensive', services: 'all' };
const w43: WindowConfig = { number: 43, names, kind: 'elderly-help', services: 'all', lanes: ['elderly'] };

describe('which tickets a window may call', () => {
  test('by service, by "all", by lane', () => {
    expect(mayCall(w1, ticket({ serviceId: 'a' }))).toBe(true);
    expect(mayCall(w1, ticket({ serviceId: 'c' }))).toBe(false);
    expect(mayCall(w28, ticket({ serviceId: 'c' }))).toBe(true);
    expect(mayCall(w43, ticket({ lane: 'normal' }))).toBe(false);
    expect(mayCall(w43, ticket({ lane: 'elderly' }))).toBe(true);
  });
  test('only waiting or transferred', () => {
    expect(mayCall(w1, ticket({ state: 'transferred' }))).toBe(true);
    for (const state of ['called', 'serving', 'done', 'no-show', 'cancelled'] as const)
      expect(mayCall(w1, ticket({ state }))).toBe(false);
  });
  test('a named-window transfer is for that window only, whatever its services', () => {
    const t = ticket({ state: 'transferred', serviceId: 'c', targetWindow: 1 });
    expect(mayCall(w1, t)).toBe(true);
    expect(mayCall(w28, t)).toBe(false);
  });
});

test('the queue view sorts by queueSeq and counts lanes', () => {
  const q = queueFor(w1, [
    ticket({ id: 'x3', queueSeq: 3, lane: 'elderly' }),
    ticket({ id: 'x1', queueSeq: 1 }),
    ticket({ id: 'x2', queueSeq: 2, serviceId: 'zzz' }),
    ticket({ id: 'x4', queueSeq: 4, serviceId: 'zzz', targetWindow: 1, state: 'transferred' }),
  ]);
  expect(q.tickets.map((t) => t.id)).toEqual(['x1', 'x3', 'x4']);
  expect(q.counts).toEqual({ normal: 2, elderly: 1, booking: 0, priority: 0 });
  expect(q.forThisWindow).toBe(1);
});

test('waited minutes count from queuedAt, never negative', () => {
  expect(waitedMinutes({ queuedAt: 0 }, 125_000)).toBe(2);
  expect(waitedMinutes({ queuedAt: 10_000 }, 0)).toBe(0);
});

test('transfer targets serve the service in the lane and exclude this window', () => {
  expect(transferTargets([w1, w28, w43], 1, 'a', 'normal').map((w) => w.number)).toEqual([28]);
  expect(transferTargets([w1, w28, w43], 28, 'a', 'elderly').map((w) => w.number)).toEqual([1, 43]);
});
