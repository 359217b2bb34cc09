import { expect, it } from 'vitest';
import { addPending, markAllLost, markLost, markSent, settle, toResend } from './pending-commands.ts';

// Cases moved here from the counter's own pending list (apps/counter/src/logic/pending.ts).

const cmd = (requestId: string, createdAt: number) => ({
  requestId,
  event: 'window:call-next',
  payload: { window: 1, requestId },
  createdAt,
});

it('a lost command is resent with the same id and payload, counting attempts; once acknowledged it is gone', () => {
  let p = addPending([], cmd('counter-a', 1));
  expect(toResend(p, 0).map((c) => c.requestId)).toEqual(['counter-a']);
  p = markSent(p, 'counter-a');
  expect(toResend(p, 0)).toEqual([]);
  p = markAllLost(p);
  const again = toResend(p, 0);
  expect(again).toHaveLength(1);
  expect(again[0]?.payload).toEqual({ window: 1, requestId: 'counter-a' });
  p = markSent(p, 'counter-a');
  expect(p[0]?.attempts).toBe(2);
  p = markLost(p, 'counter-a');
  expect(toResend(p, 0)).toHaveLength(1);
  p = settle(p, 'counter-a');
  expect(p).toEqual([]);
});
