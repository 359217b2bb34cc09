import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startFakeHub } from './fake-hub.ts';
import type { FakeHub } from './fake-hub.ts';
import { createHubSink } from './hub-sink.ts';
import { manualClock, recordingLogger } from './test-support.ts';

let hub: FakeHub;
beforeEach(async () => {
  hub = await startFakeHub();
});
afterEach(async () => {
  await hub.close();
});

describe('createHubSink', () => {
  it('posts each action with a new requestId the hub schema accepts', async () => {
    const clock = manualClock(1_795_559_499_247);
    const sink = createHubSink({
      hubUrl: `${hub.url}/`,
      token: () => 't0',
      log: recordingLogger(),
      clock: clock.now,
      pauseReason: () => '午休',
    });
    const first = await sink.send({ window: 12, kind: 'call', action: 'call-next' });
    const second = await sink.send({ window: 12, kind: 'call', action: 'pause' }, 'other');
    expect(first).toMatchObject({ ok: true, requestId: 'pad-12-1795559499247-1', result: { ticket: { id: 'T1' } } });
    expect(second.requestId).toBe('pad-12-1795559499247-2');
    expect(hub.requests.map((r) => [r.action, r.body, r.authorization])).toEqual([
      ['call-next', { requestId: 'pad-12-1795559499247-1' }, 'Bearer t0'],
      ['pause', { requestId: 'pad-12-1795559499247-2', reason: '午休' }, 'Bearer other'],
    ]);
    expect(first.requestId).toMatch(/^[A-Za-z0-9._:-]{8,64}$/);
  });

  it('returns the hub error code instead of throwing', async () => {
    const sink = createHubSink({ hubUrl: hub.url, token: () => 't', log: recordingLogger(), clock: Date.now });
    const reply = await sink.send({ window: 1, kind: 'rating', level: 'satisfied' });
    expect(reply).toMatchObject({ ok: false, status: 409, code: 'NO_RATING_PENDING' });
    expect(hub.requests[0]?.body).toMatchObject({ level: 'satisfied', source: 'pad' });
  });

  it('times out and survives an unreachable hub', async () => {
    hub.delayMs = 1_000;
    const log = recordingLogger();
    const slow = createHubSink({ hubUrl: hub.url, token: () => 't', log, clock: Date.now, timeoutMs: 100 });
    expect(await slow.send({ window: 1, kind: 'call', action: 'recall' })).toMatchObject({
      ok: false,
      status: 0,
      code: 'TIMEOUT',
    });
    const gone = createHubSink({ hubUrl: 'http://127.0.0.1:1', token: () => 't', log, clock: Date.now });
    expect(await gone.send({ window: 1, kind: 'call', action: 'recall' })).toMatchObject({
      ok: false,
      status: 0,
      code: 'NETWORK',
    });
    expect(log.entries.filter((e) => e.level === 'warn')).toHaveLength(2);
  });
});
