import type { WindowState } from '@hall/protocol';
import {
  addPending,
  HubRequestError,
  markSent,
  refusalOf,
  toResend,
  type Pending,
  type PendingCommand,
} from '@hall/hub-client';
import type { ErrorCode } from '@hall/protocol';
import { describe, expect, test } from 'vitest';
import { afterCommandReply, dueAtReconnect } from './command-outcome.ts';
import { ticketOf as ticket, windowStateOf } from '@hall/protocol/testing';

/** Window 1, open and idle, held by the signed-in clerk `me`. */
const win = (p: Partial<WindowState> = {}): WindowState =>
  windowStateOf({ number: 1, clerkId: 'me', clerkName: 'Me', ...p });

const payload = { window: 1, requestId: 'counter-a' };

/** One pending command after `attempts` attempts (the last one in flight). */
function sentTimes(attempts: number): { list: Pending; cmd: PendingCommand } {
  let list = addPending([], { requestId: 'counter-a', event: 'window:call-next', payload, createdAt: 1 });
  for (let i = 0; i < attempts; i++) list = markSent(list, 'counter-a');
  const cmd = list[0];
  if (!cmd) throw new Error('no pending command');
  return { list, cmd };
}

const refused = (code: ErrorCode) => ({
  kind: 'refused' as const,
  error: refusalOf(undefined, { code, message: code }),
});

describe('after a window command is answered, or not', () => {
  test('an answer settles it and carries the result to apply', () => {
    const { list, cmd } = sentTimes(1);
    const result = {
      window: win({ currentTicketId: 't1' }),
      ticket: ticket({ id: 't1', state: 'called' }),
      eventIds: [11],
    };
    const next = afterCommandReply(list, cmd, { kind: 'ok', value: { ok: true, ...result } }, 0);
    expect(next).toMatchObject({ kind: 'done', pending: [], result });
  });

  test('a lost answer is resent with the same id and payload, however often', () => {
    const { list, cmd } = sentTimes(50);
    const next = afterCommandReply(list, cmd, { kind: 'no-answer' }, 10_000);
    if (next.kind !== 'retry') throw new Error(`expected a retry, got ${next.kind}`);
    expect(toResend(next.pending, 10_000)).toEqual([]);
    expect(toResend(next.pending, 11_200).map((c) => c.payload)).toEqual([payload]);
  });

  test('a refusal for now is tried again a few times, then reported', () => {
    const { list, cmd } = sentTimes(5);
    expect(afterCommandReply(list, cmd, refused('RATE_LIMITED'), 0).kind).toBe('retry');
    const last = sentTimes(6);
    expect(afterCommandReply(last.list, last.cmd, refused('RATE_LIMITED'), 0)).toMatchObject({
      kind: 'failed',
      pending: [],
      error: { code: 'RATE_LIMITED' },
    });
  });

  test('a refused transition is reported at once', () => {
    const { list, cmd } = sentTimes(1);
    expect(afterCommandReply(list, cmd, refused('WINDOW_BUSY'), 0)).toMatchObject({
      kind: 'failed',
      error: { code: 'WINDOW_BUSY', message: 'WINDOW_BUSY' },
    });
  });

  test('another protocol version or an ended session stops the connection instead of retrying', () => {
    for (const code of ['PROTOCOL_VERSION_MISMATCH', 'UNAUTHENTICATED'] as const) {
      const { list, cmd } = sentTimes(1);
      const next = afterCommandReply(list, cmd, refused(code), 0);
      expect(next.kind).toBe('refused');
      if (next.kind === 'refused') expect(next.error).toBeInstanceOf(HubRequestError);
      if (next.kind === 'refused') expect(next.error.code).toBe(code);
    }
  });

  test('after a reconnect a command waiting for its retry is sent at once, with its id', () => {
    const { list, cmd } = sentTimes(1);
    const next = afterCommandReply(list, cmd, { kind: 'no-answer' }, 10_000);
    if (next.kind !== 'retry') throw new Error(`expected a retry, got ${next.kind}`);
    expect(toResend(next.pending, 10_500)).toEqual([]);
    expect(toResend(dueAtReconnect(next.pending), 10_500).map((c) => c.requestId)).toEqual(['counter-a']);
    const inFlight = sentTimes(1).list;
    expect(dueAtReconnect(inFlight)).toEqual(inFlight);
  });
});
