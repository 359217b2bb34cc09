import { expect, test } from 'vitest';
import { addPending, markAllLost, markLost, markSent, settle, toResend } from './pending.ts';

const cmd = (requestId: string, createdAt: number) => ({
  requestId,
  event: 'window:call-next',
  payload: { window: 1, requestId },
  createdAt,
});

test('a lost command is resent with the same id and payload, once acknowledged it is gone', () => {
  let p = addPending([], cmd('counter-a', 1));
  expect(toResend(p).map((c) => c.requestId)).toEqual(['counter-a']);
  p = markSent(p, 'counter-a');
  expect(toResend(p)).toEqual([]);
  p = markAllLost(p);
  const again = toResend(p);
  expect(again).toHaveLength(1);
  expect(again[0]?.payload).toEqual({ window: 1, requestId: 'counter-a' });
  p = markSent(p, 'counter-a');
  expect(p[0]?.attempts).toBe(2);
  p = markLost(p, 'counter-a');
  expect(toResend(p)).toHaveLength(1);
  p = settle(p, 'counter-a');
  expect(p).toEqual([]);
});

test('the same id is never added twice; resends go oldest first', () => {
  let p = addPending([], cmd('counter-b', 5));
  p = addPending(p, cmd('counter-a', 1));
  p = addPending(p, cmd('counter-b', 9));
  expect(p).toHaveLength(2);
  expect(toResend(p).map((c) => c.requestId)).toEqual(['counter-a', 'counter-b']);
});
