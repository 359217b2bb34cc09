import { describe, expect, it } from 'vitest';
import { addPending, markAllLost, markLost, markSent, nextDue, settle, toResend } from './pending-commands.ts';

const cmd = (requestId: string, createdAt: number) => ({
  requestId,
  event: 'window:call-next',
  payload: { window: 1, requestId },
  createdAt,
});

describe('pending commands', () => {
  it('keeps one entry per request id and resends the same payload, oldest first', () => {
    let list = addPending(addPending([], cmd('b', 2)), cmd('a', 1));
    list = addPending(list, cmd('a', 9));
    expect(list).toHaveLength(2);
    expect(toResend(list, 0).map((c) => c.requestId)).toEqual(['a', 'b']);
    list = markSent(list, 'a');
    expect(toResend(list, 0).map((c) => c.requestId)).toEqual(['b']);
    expect(list.find((c) => c.requestId === 'a')).toMatchObject({ state: 'sending', attempts: 1 });
  });

  it('a lost answer waits for its retry time; a dropped connection loses everything in flight', () => {
    let list = markSent(markSent(addPending(addPending([], cmd('a', 1)), cmd('b', 2)), 'a'), 'b');
    list = markLost(list, 'a', 1_000);
    expect(toResend(list, 999)).toEqual([]);
    expect(nextDue(list)).toBe(1_000);
    expect(toResend(list, 1_000).map((c) => c.requestId)).toEqual(['a']);
    list = markAllLost(list);
    expect(toResend(list, 1_000).map((c) => c.payload)).toEqual([
      { window: 1, requestId: 'a' },
      { window: 1, requestId: 'b' },
    ]);
    list = settle(settle(list, 'a'), 'b');
    expect(list).toEqual([]);
    expect(nextDue(list)).toBeNull();
  });
});
