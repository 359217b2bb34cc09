import type { CommandName } from '@hall/protocol';
import { describe, expect, it } from 'vitest';
import { COUNTER_COMMAND_RETRY, KIOSK_ISSUE_RETRY } from './command-retry.ts';
import { runCommand } from './command-runner.ts';
import type { CommandReply } from './hall-connection.ts';
import { HubRequestError } from './hub-request-error.ts';

const refused = (code: 'RATE_LIMITED' | 'PROTOCOL_VERSION_MISMATCH'): CommandReply<CommandName> => ({
  kind: 'refused',
  error: new HubRequestError({ kind: 'hub', status: 400, code }),
});
const ok = { kind: 'ok', value: { ok: true } } as unknown as CommandReply<CommandName>;

/** A connection that answers from a script and records every payload sent. */
function scripted(replies: CommandReply<CommandName>[]) {
  const sent: unknown[] = [];
  return {
    sent,
    connection: {
      command: async <N extends CommandName>(_name: N, payload: Record<string, unknown>) => {
        sent.push(payload);
        return (replies.shift() ?? { kind: 'no-answer' }) as CommandReply<N>;
      },
    },
  };
}

describe('runCommand', () => {
  it('sends the same payload (same request id) until answered, waiting as the table says', async () => {
    const s = scripted([{ kind: 'no-answer' }, refused('RATE_LIMITED'), { kind: 'no-answer' }, ok]);
    const waits: number[] = [];
    const payload = { window: 1, requestId: 'counter-1' };
    const result = await runCommand({
      ...s,
      name: 'window:call-next',
      payload,
      timeoutMs: 8_000,
      policy: COUNTER_COMMAND_RETRY,
      sleep: async (ms) => void waits.push(ms),
    });
    expect(result.kind).toBe('ok');
    expect(s.sent).toEqual([payload, payload, payload, payload]);
    expect(waits).toEqual([1_200, 1_200, 1_200]);
  });

  it('stops at once on PROTOCOL_VERSION_MISMATCH and reports it', async () => {
    const s = scripted([refused('PROTOCOL_VERSION_MISMATCH'), ok]);
    const result = await runCommand({
      ...s,
      name: 'window:open',
      payload: { window: 1, requestId: 'counter-2' },
      timeoutMs: 8_000,
      policy: COUNTER_COMMAND_RETRY,
      sleep: async () => undefined,
    });
    expect(result).toMatchObject({ kind: 'gave-up', code: 'PROTOCOL_VERSION_MISMATCH', byHand: false });
    expect(s.sent).toHaveLength(1);
  });

  it('gives a kiosk back to the citizen after four unanswered attempts', async () => {
    const s = scripted([]);
    const result = await runCommand({
      ...s,
      name: 'ticket:issue',
      payload: { serviceId: 'med-card', lane: 'normal', requestId: 'kiosk-1' },
      timeoutMs: 5_000,
      policy: KIOSK_ISSUE_RETRY,
      sleep: async () => undefined,
    });
    expect(result).toEqual({ kind: 'gave-up', code: 'NO_ANSWER', byHand: true, error: null });
    expect(s.sent).toHaveLength(4);
  });
});
