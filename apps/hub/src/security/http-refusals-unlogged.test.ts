import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { api, recordingLog, rid, startTestHub, type TestHub } from '../test-support/test-hub.ts';

/**
 * The attack: probing the HTTP API with stolen, expired or under-privileged tokens (or none) leaves no
 * trace, because these refusals happen before the command gateway that logs refused commands.
 */
describe('HTTP requests refused at the door', () => {
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

  const refusals = () => rec.lines.filter((l) => l.msg === 'request refused');

  it('are logged with the route pattern, the code, the principal and the address, never the URL or body', async () => {
    const stolen = 'not-a-real-token-13812345678';
    const noToken = await api(t.url, '/api/v1/staff');
    const badToken = await api(t.url, '/api/v1/windows/1/call-next', { token: stolen, body: { requestId: rid() } });
    const forbidden = await api(t.url, '/api/v1/staff', { token: t.tokens.clerk });
    expect([noToken.status, badToken.status, forbidden.status]).toEqual([401, 401, 403]);

    const lines = refusals();
    expect(lines.map((l) => [l.method, l.route, l.code])).toEqual([
      ['GET', '/api/v1/staff', 'UNAUTHENTICATED'],
      ['POST', '/api/v1/windows/:window/call-next', 'UNAUTHENTICATED'],
      ['GET', '/api/v1/staff', 'FORBIDDEN'],
    ]);
    const clerk = t.hub.accounts.authenticate(t.tokens.clerk)?.id;
    expect(lines.map((l) => l.principal)).toEqual([undefined, undefined, clerk]);
    for (const l of lines) {
      expect(l.level).toBe(40);
      expect(l.address).toBe('127.0.0.1');
    }
    expect(JSON.stringify(rec.lines)).not.toContain('13812345678');
  });

  it('are logged at most in bursts of 10 per address, the rest counted in the next line', async () => {
    for (let i = 0; i < 25; i++) expect((await api(t.url, '/api/v1/staff')).status).toBe(401);
    const lines = refusals();
    expect(lines).toHaveLength(10);
    expect(lines.some((l) => 'unloggedBefore' in l)).toBe(false);
  });
});
