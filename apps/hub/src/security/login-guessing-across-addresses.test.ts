import { afterEach, describe, expect, it } from 'vitest';
import { startTestHub, type TestHub } from '../test-support/test-hub.ts';

let t: TestHub;
afterEach(async () => {
  await t.stop();
  t.cleanup();
});

function guess(address: string, username: string, password: string) {
  return t.hub.app.inject({
    method: 'POST',
    url: '/api/v1/auth/login',
    remoteAddress: address,
    payload: { username, password },
  });
}

describe('password guessing that spreads over many addresses', () => {
  it('stops 200 guesses against admin from 20 addresses after a few failures, and the lock grows', async () => {
    t = await startTestHub();
    const codes: string[] = [];
    for (let i = 0; i < 200; i += 1) {
      const r = await guess(`10.1.${i % 20}.7`, 'admin', `guess-number-${i}`);
      codes.push((r.json() as { code: string }).code);
    }
    expect(codes.filter((c) => c === 'INVALID_CREDENTIALS')).toHaveLength(5);
    expect(codes.filter((c) => c === 'RATE_LIMITED')).toHaveLength(195);
    // Even the right password is refused while the username is locked: the attacker learns nothing.
    const locked = await guess('10.9.9.9', 'admin', 'admin-password-1');
    expect(locked.statusCode).toBe(429);
    expect(Number(locked.headers['retry-after'])).toBeGreaterThan(1);

    // Once the lock has passed, one more wrong guess locks it for longer than before.
    t.clock.advance(2_000);
    expect((await guess('10.9.9.9', 'admin', 'another-guess')).statusCode).toBe(401);
    t.clock.advance(2_000);
    expect((await guess('10.9.9.9', 'admin', 'admin-password-1')).statusCode).toBe(429);
    t.clock.advance(2_000);
    // A success resets the count: the next failure does not lock the account.
    expect((await guess('10.9.9.8', 'admin', 'admin-password-1')).statusCode).toBe(200);
    expect((await guess('10.9.9.8', 'admin', 'typo-password')).statusCode).toBe(401);
    expect((await guess('10.9.9.8', 'admin', 'admin-password-1')).statusCode).toBe(200);
  });

  it('stops one address that tries many usernames slowly enough to keep its request bucket full', async () => {
    t = await startTestHub();
    const codes: string[] = [];
    for (let i = 0; i < 40; i += 1) {
      t.clock.advance(6_000); // one request token back each time
      const r = await guess('10.2.0.1', `user-${i}`, 'some-password-1');
      codes.push((r.json() as { code: string }).code);
    }
    expect(codes.filter((c) => c === 'INVALID_CREDENTIALS').length).toBeLessThan(20);
    expect(codes.at(-1)).toBe('RATE_LIMITED');
    // Another address is not affected.
    expect((await guess('10.2.0.2', 'admin', 'admin-password-1')).statusCode).toBe(200);
  });
});
