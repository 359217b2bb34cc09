import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  connected,
  emitAck,
  recordingLog,
  rid,
  socketFor,
  startTestHub,
  windowAction,
  type TestHub,
} from '../test-support/test-hub.ts';

/** The attack: probing commands (wrong role, bad bodies, out-of-turn actions) without leaving a trace in the log. */
describe('refused commands', () => {
  let t: TestHub;
  let rec: ReturnType<typeof recordingLog>;
  beforeEach(async () => {
    rec = recordingLog();
    t = await startTestHub({ log: rec.log });
  });
  afterEach(async () => {
    await t.stop();
    t.cleanup();
  });

  const refusals = () => rec.lines.filter((l) => l.msg === 'command refused');

  it('are logged with the command, the principal and the code, and nothing the caller typed', async () => {
    const socket = socketFor(t.url, t.tokens.clerk);
    await connected(socket);
    const forbidden = await emitAck(socket, 'ticket:issue', {
      requestId: rid(),
      serviceId: 'med-card',
      lane: 'normal',
    });
    expect(forbidden.code).toBe('FORBIDDEN');
    const invalid = await emitAck(socket, 'window:pause', {
      window: 1,
      requestId: rid(),
      reason: '',
      x: '13812345678',
    });
    expect(invalid.code).toBe('VALIDATION_FAILED');
    socket.disconnect();
    const busy = await windowAction(t, t.tokens.clerk, 1, 'call-next');
    expect(busy.status).toBeGreaterThanOrEqual(400);

    const lines = refusals();
    expect(lines.map((l) => [l.command, l.code])).toEqual([
      ['ticket:issue', 'FORBIDDEN'],
      ['window:pause', 'VALIDATION_FAILED'],
      ['window:call-next', busy.body.code],
    ]);
    const clerk = t.hub.accounts.authenticate(t.tokens.clerk)?.id;
    for (const l of lines) {
      expect(l.principal).toBe(clerk);
      expect(l.level).toBe(40);
    }
    expect(JSON.stringify(rec.lines)).not.toContain('13812345678');
  });
});
