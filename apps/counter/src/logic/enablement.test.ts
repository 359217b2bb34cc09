import type { WindowState } from '@hall/protocol';
import { describe, expect, test } from 'vitest';
import { enabledActions, hasPermission, recallCooldownLeft, type EnablementInput } from './enablement.ts';
import { ticketOf as ticket, windowStateOf } from '@hall/protocol/testing';

/** Window 1, open and idle, held by the signed-in clerk `me`. */
const win = (p: Partial<WindowState> = {}): WindowState =>
  windowStateOf({ number: 1, clerkId: 'me', clerkName: 'Me', ...p });

const base: EnablementInput = {
  window: win({}),
  clerkId: 'me',
  isAdmin: false,
  current: undefined,
  policy: { noShowMinRecalls: 1, recall: { max: 3, cooldownSeconds: 15 } },
  connected: true,
  inFlight: false,
  waiting: 2,
  mayCallOutOfOrder: false,
  now: 0,
};

const on = (i: EnablementInput) =>
  Object.entries(enabledActions(i))
    .filter(([, v]) => v)
    .map(([k]) => k)
    .sort();

describe('action enablement', () => {
  test('a free open window calls, pauses and closes', () => {
    expect(on(base)).toEqual(['call-next', 'close', 'pause']);
    expect(on({ ...base, waiting: 0 })).toEqual(['close', 'pause']);
    expect(on({ ...base, mayCallOutOfOrder: true })).toEqual(['call-next', 'call-ticket', 'close', 'pause']);
  });
  test('a called ticket: recall, start, transfer; no-show only after enough recalls', () => {
    const t = ticket({ id: 't', state: 'called', window: 1 });
    const w = win({ currentTicketId: 't' });
    expect(on({ ...base, window: w, current: t })).toEqual(['recall', 'start', 'transfer']);
    expect(on({ ...base, window: w, current: { ...t, recalls: 1 } })).toEqual([
      'no-show',
      'recall',
      'start',
      'transfer',
    ]);
    expect(on({ ...base, window: w, current: { ...t, recalls: 3 } })).toEqual(['no-show', 'start', 'transfer']);
  });
  test('serving: finish and transfer', () => {
    const t = ticket({ id: 't', state: 'serving', window: 1 });
    expect(on({ ...base, window: win({ currentTicketId: 't' }), current: t })).toEqual(['finish', 'transfer']);
  });
  test('paused: resume and close', () => {
    expect(on({ ...base, window: win({ state: 'paused', pauseReason: 'x' }) })).toEqual(['close', 'resume']);
  });
  test('nothing while offline, in flight, closed or held by someone else', () => {
    expect(on({ ...base, connected: false })).toEqual([]);
    expect(on({ ...base, inFlight: true })).toEqual([]);
    expect(on({ ...base, window: win({ state: 'closed', clerkId: null }) })).toEqual([]);
    expect(on({ ...base, window: win({ clerkId: 'other' }) })).toEqual([]);
    expect(on({ ...base, window: win({ clerkId: 'other' }), isAdmin: true })).toEqual(['call-next', 'close', 'pause']);
  });
});

test('recall cooldown counts from the last call or recall', () => {
  const t = ticket({
    state: 'called',
    calledAt: 1_000,
    history: [
      { action: 'called', at: 1_000, by: 'me', window: 1, serviceId: 'a' },
      { action: 'recalled', at: 20_000, by: 'me', window: 1, serviceId: 'a' },
    ],
  });
  expect(recallCooldownLeft(t, 15, 21_000)).toBe(14);
  expect(recallCooldownLeft(t, 15, 40_000)).toBe(0);
  expect(recallCooldownLeft(undefined, 15, 0)).toBe(0);
});

test('permissions: admins have them all', () => {
  expect(hasPermission({ role: 'admin', permissions: [] }, 'supervise')).toBe(true);
  expect(hasPermission({ role: 'clerk', permissions: ['call-out-of-order'] }, 'call-out-of-order')).toBe(true);
  expect(hasPermission({ role: 'clerk', permissions: [] }, 'supervise')).toBe(false);
});
