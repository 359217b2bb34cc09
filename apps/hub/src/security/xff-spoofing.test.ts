import { afterEach, describe, expect, it } from 'vitest';
import { io as connect } from 'socket.io-client';
import { startTestHub, type TestHub } from '../test-support/test-hub.ts';

/**
 * Wrong logins until the per-address login bucket (burst 10) refuses one; returns the statuses. Each guess names
 * another username, so the per-username lock (5 failures) stays out of what this file is about: addresses.
 */
async function wrongLogins(t: TestHub, count: number, forwardedFor: (i: number) => string): Promise<number[]> {
  const statuses: number[] = [];
  for (let i = 0; i < count; i++) {
    const res = await fetch(`${t.url}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': forwardedFor(i) },
      body: JSON.stringify({ username: `guess-${i}`, password: 'wrong-password' }),
    });
    statuses.push(res.status);
  }
  return statuses;
}

/**
 * Socket handshakes with a bad token; true when the hub refused one for its rate: RATE_LIMITED from socket.io, or
 * the engine.io session itself refused (no socket.io reply at all). A bad token alone gets another code.
 */
async function handshakeLimited(t: TestHub, forwardedFor: string): Promise<boolean> {
  const socket = connect(t.url, {
    transports: ['websocket'],
    reconnection: false,
    auth: { token: 'nope', protocolVersion: 0 },
    extraHeaders: { 'x-forwarded-for': forwardedFor },
  });
  return new Promise((resolve) => {
    socket.on('connect_error', (err: Error & { data?: { code?: string } }) => {
      socket.close();
      resolve(err.data?.code === undefined || err.data.code === 'RATE_LIMITED');
    });
  });
}

describe('X-Forwarded-For: a client picks its rate bucket only through a trusted proxy', () => {
  let t: TestHub | undefined;
  afterEach(async () => {
    await t?.stop();
    t?.cleanup();
  });

  it('ignores a spoofed header from a direct client (no HALL_TRUSTED_PROXIES): one bucket for all its guesses', async () => {
    t = await startTestHub();
    const statuses = await wrongLogins(t, 12, (i) => `203.0.113.${i + 1}`);
    expect(statuses.slice(0, 10).every((s) => s === 401)).toBe(true);
    expect(statuses.slice(10)).toEqual([429, 429]);
    const limited: boolean[] = [];
    for (let i = 0; i < 32; i++) limited.push(await handshakeLimited(t, `203.0.113.${i + 1}`));
    expect(limited.at(-1)).toBe(true);
  });

  it("gives a trusted proxy's clients a bucket each, for HTTP and socket handshakes alike", async () => {
    t = await startTestHub({ trustedProxies: ['127.0.0.1/32'] });
    const statuses = await wrongLogins(t, 12, (i) => `203.0.113.${i + 1}`);
    expect(statuses).toEqual(Array.from({ length: 12 }, () => 401));
    // One client behind the proxy still has one bucket, whatever it adds to the header itself.
    const one = await wrongLogins(t, 11, (i) => `198.51.100.${i + 1}, 203.0.113.200`);
    expect(one.slice(0, 10).every((s) => s === 401)).toBe(true);
    expect(one[10]).toBe(429);
    const limited: boolean[] = [];
    for (let i = 0; i < 32; i++) limited.push(await handshakeLimited(t, `203.0.113.${i + 1}`));
    expect(limited.some(Boolean)).toBe(false);
  });
});
