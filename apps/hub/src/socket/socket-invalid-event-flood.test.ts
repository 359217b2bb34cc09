import type { Socket } from 'socket.io-client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { connected, emitAck, recordingLog, socketFor, startTestHub, type TestHub } from '../test-support/test-hub.ts';

/** The attack: a client keeps sending events the hub must reject, to burn its CPU and fill its log. */
describe('a socket flooding invalid events', () => {
  let t: TestHub;
  let rec: ReturnType<typeof recordingLog>;
  let socket: Socket;
  beforeEach(async () => {
    rec = recordingLog();
    t = await startTestHub({ log: rec.log });
    socket = socketFor(t.url, t.tokens.clerk);
    await connected(socket);
  });
  afterEach(async () => {
    socket.disconnect();
    await t.stop();
    t.cleanup();
  });

  const cut = () => new Promise<string>((resolve) => socket.once('disconnect', resolve));

  it('is disconnected after a run of unknown events and events without acknowledgement, logging only a few lines', async () => {
    const closed = cut();
    for (let i = 0; i < 200; i++) {
      socket.emit(i % 2 ? 'no:such-event' : 'window:call-next', { junk: i });
    }
    expect(await closed).toBe('io server disconnect');
    const about = rec.lines.filter((l) => /invalid|acknowledgement|unknown event/.test(String(l.msg)));
    expect(about.length).toBeGreaterThan(0);
    expect(about.length).toBeLessThanOrEqual(5);
  });

  it('is disconnected after a run of payloads that fail the schema, even when sent one at a time', async () => {
    const closed = cut();
    for (let i = 0; i < 100 && socket.connected; i++) {
      t.clock.advance(100); // within the command rate: each refusal is about the payload
      await emitAck(socket, 'sync:request', { lastEventId: 'not a number' }).catch(() => null);
    }
    expect(await closed).toBe('io server disconnect');
  });

  it('keeps a socket that sends an occasional bad event', async () => {
    for (let i = 0; i < 3; i++) {
      const r = await emitAck<{ ok: boolean; code?: string }>(socket, 'sync:request', { lastEventId: 'x' });
      expect(r.code).toBe('VALIDATION_FAILED');
    }
    const good = await emitAck<{ ok: boolean }>(socket, 'sync:request', { lastEventId: 0 });
    expect(good.ok).toBe(true);
    expect(socket.connected).toBe(true);
  });
});
