import type { WindowState } from '@hall/protocol';
import { expect, test } from 'vitest';
import { lastFinishedAt, ratingStatus, secondsUntil } from './rating-status.ts';
import { ticketOf as ticket, windowStateOf } from '@hall/protocol/testing';

/** Window 1, open and idle, held by the signed-in clerk `me`. */
const win = (p: Partial<WindowState> = {}): WindowState =>
  windowStateOf({ number: 1, clerkId: 'me', clerkName: 'Me', ...p });

test('seconds until a deadline round up and stop at 0', () => {
  expect(secondsUntil(10_000, 8_500)).toBe(2);
  expect(secondsUntil(10_000, 12_000)).toBe(0);
});

test('pending with a countdown, then rated or not rated', () => {
  const done = ticket({ id: 't', number: 'A007', state: 'done' });
  const w = win({ ratingTicketId: 't', ratingDeadline: 60_000 });
  expect(ratingStatus(w, done, 0, 60)).toEqual({ kind: 'pending', ticketNumber: 'A007', secondsLeft: 60 });
  expect(ratingStatus(w, done, 61_000, 60)).toEqual({ kind: 'not-rated', ticketNumber: 'A007' });
  const rated = {
    ...done,
    rating: { level: 'satisfied' as const, source: 'pad' as const, at: 5, clerkId: 'me', window: 1 },
  };
  expect(ratingStatus(win({}), rated, 0, 60)).toEqual({ kind: 'rated', ticketNumber: 'A007', level: 'satisfied' });
  const timedOut = {
    ...done,
    rating: { level: 'not-rated' as const, source: 'timeout' as const, at: 5, clerkId: 'me', window: 1 },
  };
  expect(ratingStatus(win({}), timedOut, 0, 60)).toEqual({ kind: 'not-rated', ticketNumber: 'A007' });
  expect(ratingStatus(win({}), undefined, 0, 60)).toEqual({ kind: 'none' });
  // The window names no deadline (a hub without ratings yet): finishedAt + the policy's timeout.
  const finished = { ...done, finishedAt: 10_000 };
  expect(ratingStatus(win({}), finished, 40_000, 60)).toEqual({
    kind: 'pending',
    ticketNumber: 'A007',
    secondsLeft: 30,
  });
  expect(ratingStatus(win({}), finished, 70_000, 60)).toEqual({ kind: 'not-rated', ticketNumber: 'A007' });
});

test('the last ticket finished here by this clerk', () => {
  const step = (at: number, by: string, window = 1) => ({
    action: 'finished' as const,
    at,
    by,
    window,
    serviceId: 'a',
  });
  const a = ticket({ id: 'a', history: [step(5, 'me')] });
  const b = ticket({ id: 'b', history: [step(9, 'me')] });
  const c = ticket({ id: 'c', history: [step(20, 'other')] });
  const d = ticket({ id: 'd', history: [step(30, 'me', 2)] });
  expect(lastFinishedAt([a, b, c, d], 1, 'me')?.id).toBe('b');
});
