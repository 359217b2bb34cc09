import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestHub, type TestHub } from '../test-support/test-hub.ts';

/**
 * The attack: opening engine.io sessions without a token and never completing the socket.io
 * handshake, so that the socket.io middleware (and its connect rate limit) never runs.
 */
describe('anonymous engine.io handshakes', () => {
  let t: TestHub;
  beforeEach(async () => {
    t = await startTestHub();
  });
  afterEach(async () => {
    await t.stop();
    t.cleanup();
  });

  const handshake = async () => (await fetch(`${t.url}/socket.io/?EIO=4&transport=polling`)).status;

  it('are rate limited per address before any session is made', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 60; i++) statuses.push(await handshake());
    expect(statuses.slice(0, 5)).toEqual([200, 200, 200, 200, 200]);
    expect(statuses.filter((s) => s === 403).length).toBeGreaterThanOrEqual(25);
    expect(t.hub.io.engine.clientsCount).toBeLessThanOrEqual(30);
    // The bucket refills: a device that waits may connect again.
    t.clock.advance(2_000);
    expect(await handshake()).toBe(200);
  });

  it('are closed when they do not join within 10 s, instead of socket.io’s 45 s', () => {
    expect(t.hub.io.connectTimeout()).toBeLessThanOrEqual(10_000);
  });
});
