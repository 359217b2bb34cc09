import { liveBoardSchema } from '@hall/protocol';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, rid, startTestHub, type TestHub } from '../test-support/test-hub.ts';

/** Who may read the live board and acknowledge its alerts: admins and staff with `supervise`, nobody else. */
describe('live board: access', () => {
  let t: TestHub;
  let supervisor: string;
  let rater: string;
  beforeAll(async () => {
    t = await startTestHub();
    const created = await t.hub.accounts.createStaff(
      { username: 'super1', password: 'super-password-1', role: 'clerk', permissions: ['supervise'] },
      'test',
    );
    if (!created.ok) throw new Error(created.error.message);
    const login = await t.hub.accounts.login('super1', 'super-password-1');
    if (!login.ok) throw new Error(login.error.message);
    supervisor = login.value.token;
    rater = t.hub.accounts.createDevice({ role: 'rater', name: 'rater 1', window: 1 }, 'test').token;
  });
  afterAll(async () => {
    await t.stop();
    t.cleanup();
  });

  it('serves the board to an admin and to a clerk with supervise', async () => {
    for (const token of [t.tokens.admin, supervisor]) {
      const r = await api(t.url, '/api/v1/live', { token });
      expect(r.status).toBe(200);
      const board = liveBoardSchema.parse(r.body);
      expect(board.at).toBe(t.clock.now());
      expect(board.zones.map((z) => z.zoneId)).toEqual(['medical', 'tax']);
      expect(board.windows.map((w) => w.number)).toEqual([1, 2, 3, 4, 5]);
    }
  });

  it('refuses clerks without supervise, kiosks, displays and raters with 403, and nobody with 401', async () => {
    for (const token of [t.tokens.clerk, t.tokens.lead, t.tokens.kiosk, t.tokens.display, rater]) {
      expect((await api(t.url, '/api/v1/live', { token })).status).toBe(403);
      const ack = await api(t.url, '/api/v1/alerts/alert-0123456789ab/acknowledge', {
        token,
        body: { requestId: rid() },
      });
      expect(ack.status).toBe(403);
      expect(ack.body.code).toBe('FORBIDDEN');
    }
    expect((await api(t.url, '/api/v1/live')).status).toBe(401);
  });

  it('answers 404 for an unknown alert and 400 for a body without a request id', async () => {
    const unknown = await api(t.url, '/api/v1/alerts/alert-0123456789ab/acknowledge', {
      token: supervisor,
      body: { requestId: rid() },
    });
    expect(unknown.status).toBe(404);
    expect(unknown.body.code).toBe('NOT_FOUND');
    const bad = await api(t.url, '/api/v1/alerts/alert-0123456789ab/acknowledge', { token: supervisor, body: {} });
    expect(bad.status).toBe(400);
  });
});
