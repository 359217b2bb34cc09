import { afterEach, describe, expect, it } from 'vitest';
import { startTestHub, type TestHub } from '../test-support/test-hub.ts';

let t: TestHub;
afterEach(async () => {
  await t.stop();
  t.cleanup();
});

describe('a flood of wrong logins from many addresses', () => {
  it('does not hold a page or /healthz behind the password hashing', { timeout: 60_000 }, async () => {
    t = await startTestHub();
    // One wrong login first, so the flood below goes straight to hashing.
    await t.hub.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      remoteAddress: '10.5.0.1',
      payload: { username: 'nobody', password: 'wrong-password-1' },
    });
    let answered401 = 0;
    let firstRefusal: () => void = () => undefined;
    const refused = new Promise<void>((resolve) => (firstRefusal = resolve));
    const logins = Array.from({ length: 400 }, (_, i) =>
      t.hub.app
        .inject({
          method: 'POST',
          url: '/api/v1/auth/login',
          remoteAddress: `10.4.${Math.floor(i / 10)}.1`,
          payload: { username: `nobody-${i}`, password: 'wrong-password-1' },
        })
        .then((r) => {
          if (r.statusCode === 401) answered401 += 1;
          if (r.statusCode === 429) firstRefusal();
          return r;
        }),
    );
    // Ask for the page once the logins have reached the password check: when the first is refused for
    // lack of room, or (with nothing refused) after 100 ms.
    await Promise.race([refused, new Promise((resolve) => setTimeout(resolve, 100))]);
    const [page, health] = await Promise.all([
      t.hub.app.inject({ method: 'GET', url: '/book' }),
      t.hub.app.inject({ method: 'GET', url: '/healthz' }),
    ]);
    const before = answered401;
    const replies = await Promise.all(logins);
    expect(page.statusCode).toBe(200);
    expect(health.statusCode).toBe(200);
    // Most logins that were hashed at all were still waiting for it when the page answered (unqueued,
    // the page's file look-up waited behind all 400 hashes in libuv's thread pool).
    expect(answered401 - before).toBeGreaterThan(0);
    expect((answered401 - before) * 2).toBeGreaterThanOrEqual(answered401);
    expect(replies.every((r) => r.statusCode === 401 || r.statusCode === 429)).toBe(true);
    expect(
      replies.filter((r) => r.statusCode === 429).every((r) => r.json<{ code: string }>().code === 'RATE_LIMITED'),
    ).toBe(true);
  });
});
