import type { HallSnapshot } from '@hall/protocol';
import type { Socket } from 'socket.io-client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { disconnectEndedSessions } from './socket/socket-server.ts';
import {
  api,
  connected,
  emitAck,
  issue,
  rid,
  socketFor,
  startTestHub,
  windowAction,
  type TestHub,
} from './test-support/test-hub.ts';

describe('hub hardening', () => {
  let t: TestHub;
  const sockets: Socket[] = [];
  beforeEach(async () => {
    t = await startTestHub();
  });
  afterEach(async () => {
    sockets.splice(0).forEach((s) => s.disconnect());
    if (t.store.db.open) await t.stop();
    t.cleanup();
  });
  const open = (token: string) => {
    const s = socketFor(t.url, token);
    sockets.push(s);
    return s;
  };

  it('ignores a stale token on public routes instead of refusing them', async () => {
    expect((await api(t.url, '/healthz', { token: 'left-over-token' })).status).toBe(200);
    const login = await api(t.url, '/api/v1/auth/login', {
      token: 'left-over-token',
      body: { username: 'clerk1', password: 'clerk-password-1' },
    });
    expect(login.status).toBe(200);
  });

  it('cuts the sockets of a session that logs out, and refuses commands once a session has expired', async () => {
    const s = open(t.tokens.clerk);
    await connected(s);
    const gone = new Promise<string>((resolve) => s.on('disconnect', resolve));
    expect((await api(t.url, '/api/v1/auth/logout', { token: t.tokens.clerk, body: {} })).status).toBe(200);
    expect(await gone).toBe('io server disconnect');

    const login = await t.hub.accounts.login('clerk2', 'clerk-password-1');
    const token = login.ok ? login.value.token : '';
    const s2 = open(token);
    await connected(s2);
    t.clock.advance(15 * 3600_000);
    expect(await emitAck(s2, 'window:open', { requestId: rid(), window: 1 })).toMatchObject({
      ok: false,
      code: 'UNAUTHENTICATED',
    });
  });

  it('shows a kiosk no window states (clerk names are not its business)', async () => {
    await windowAction(t, t.tokens.clerk, 1, 'open');
    const snap = await api(t.url, '/api/v1/snapshot', { token: t.tokens.kiosk });
    expect((snap.body as unknown as HallSnapshot).windows).toEqual([]);
    const display = await api(t.url, '/api/v1/snapshot', { token: t.tokens.display });
    expect((display.body as unknown as HallSnapshot).windows.length).toBe(5);
  });

  it('tells a rate-limited command when to retry', async () => {
    let last: Response | undefined;
    for (let i = 0; i < 25; i++) {
      last = await fetch(`${t.url}/api/v1/windows/1/open`, {
        method: 'POST',
        headers: { authorization: `Bearer ${t.tokens.clerk}`, 'content-type': 'application/json' },
        body: JSON.stringify({ requestId: rid() }),
      });
    }
    expect(last?.status).toBe(429);
    expect(last?.headers.get('retry-after')).toBe('1');
  });

  it('accepts a booking code typed in lower case', async () => {
    const slotStart = t.clock.now() + 30 * 60_000;
    const b = await api(t.url, '/api/v1/bookings', {
      token: t.tokens.admin,
      body: { serviceId: 'med-card', slotStart },
    });
    const code = (b.body.code as string).toLowerCase();
    const r = await api(t.url, '/api/v1/tickets', {
      token: t.tokens.kiosk,
      body: { requestId: rid(), serviceId: 'med-card', lane: 'booking', bookingCode: ` ${code} ` },
    });
    expect(r.status).toBe(201);
  });

  it('refuses a whole phone number even when it is written with spaces or dashes', async () => {
    for (const phone of ['1381234 5678', '138-1234-5678', '+86 138 1234 5678']) {
      const r = await api(t.url, '/api/v1/tickets', {
        token: t.tokens.kiosk,
        body: { requestId: rid(), serviceId: 'med-card', holder: { phone } },
      });
      expect(r.body.code).toBe('VALIDATION_FAILED');
    }
  });

  it('forgets request ids after a few days so the table does not grow for ever', async () => {
    await issue(t, 'med-card');
    expect(t.store.db.prepare('SELECT COUNT(*) AS n FROM requests').get()).toEqual({ n: 1 });
    t.clock.advance(4 * 24 * 3600_000);
    t.hub.hall.advanceDay();
    expect(t.store.db.prepare('SELECT COUNT(*) AS n FROM requests').get()).toEqual({ n: 0 });
  });
});

describe('staff account management', () => {
  let t: TestHub;
  beforeEach(async () => {
    t = await startTestHub();
  });
  afterEach(async () => {
    await t.stop();
    t.cleanup();
  });

  it('lets staff change their own password, which ends their other sessions', async () => {
    const other = await t.hub.accounts.login('clerk1', 'clerk-password-1');
    const otherToken = other.ok ? other.value.token : '';
    const wrong = await api(t.url, '/api/v1/auth/password', {
      token: t.tokens.clerk,
      body: { currentPassword: 'not-it-at-all', newPassword: 'a-new-password-1' },
    });
    // 403, not 401: the session is valid, so a client must not take this for being logged out.
    expect(wrong).toMatchObject({ status: 403, body: { code: 'WRONG_CURRENT_PASSWORD' } });
    const changed = await api(t.url, '/api/v1/auth/password', {
      token: t.tokens.clerk,
      body: { currentPassword: 'clerk-password-1', newPassword: 'a-new-password-1' },
    });
    expect(changed.status).toBe(200);
    expect((await api(t.url, '/api/v1/me', { token: t.tokens.clerk })).status).toBe(200);
    expect((await api(t.url, '/api/v1/me', { token: otherToken })).status).toBe(401);
    expect((await t.hub.accounts.login('clerk1', 'a-new-password-1')).ok).toBe(true);
    const device = await api(t.url, '/api/v1/auth/password', {
      token: t.tokens.kiosk,
      body: { currentPassword: 'x', newPassword: 'a-new-password-1' },
    });
    expect(device.status).toBe(403);
  });

  it('lets an admin reset a password and disable a leaver, but never the last admin', async () => {
    const clerk = t.store.staff.findByUsername('clerk2');
    const admin = t.store.staff.findByUsername('admin');
    if (!clerk || !admin) throw new Error('fixture missing');
    const reset = await api(t.url, `/api/v1/staff/${clerk.id}/password`, {
      token: t.tokens.admin,
      body: { password: 'reset-by-admin-1' },
    });
    expect(reset.status).toBe(200);
    expect((await api(t.url, '/api/v1/me', { token: t.tokens.clerk2 })).status).toBe(401);
    expect((await t.hub.accounts.login('clerk2', 'reset-by-admin-1')).ok).toBe(true);
    const disabled = await api(t.url, `/api/v1/staff/${clerk.id}/disable`, { token: t.tokens.admin, body: {} });
    expect(disabled.body).toMatchObject({ username: 'clerk2', disabled: true });
    expect(await t.hub.accounts.login('clerk2', 'reset-by-admin-1')).toMatchObject({ ok: false });
    const last = await api(t.url, `/api/v1/staff/${admin.id}/disable`, { token: t.tokens.admin, body: {} });
    expect(last).toMatchObject({ status: 409, body: { code: 'LAST_ADMIN' } });
    expect((await api(t.url, `/api/v1/staff/${clerk.id}/disable`, { token: t.tokens.clerk, body: {} })).status).toBe(
      403,
    );
  });

  it("cuts the sockets of the sessions a password change ended, and keeps the changer's own", async () => {
    const other = await t.hub.accounts.login('clerk1', 'clerk-password-1');
    const otherSocket = socketFor(t.url, other.ok ? other.value.token : '');
    const ownSocket = socketFor(t.url, t.tokens.clerk);
    await Promise.all([connected(otherSocket), connected(ownSocket)]);
    const gone = new Promise<string>((resolve) => otherSocket.on('disconnect', resolve));
    await api(t.url, '/api/v1/auth/password', {
      token: t.tokens.clerk,
      body: { currentPassword: 'clerk-password-1', newPassword: 'a-new-password-1' },
    });
    expect(await gone).toBe('io server disconnect');
    expect(ownSocket.connected).toBe(true);
    ownSocket.disconnect();
  });

  it('slows password guessing on the change-password route like a login', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 12; i++) {
      const r = await api(t.url, '/api/v1/auth/password', {
        token: t.tokens.clerk,
        body: { currentPassword: `guess-${i}`, newPassword: 'a-new-password-1' },
      });
      statuses.push(r.status);
    }
    expect(statuses.slice(0, 10).every((s) => s === 403)).toBe(true);
    expect(statuses.slice(10)).toEqual([429, 429]);
  });

  it('disconnects the sockets of sessions that expired on their own', async () => {
    const s = socketFor(t.url, t.tokens.clerk);
    const kiosk = socketFor(t.url, t.tokens.kiosk);
    await Promise.all([connected(s), connected(kiosk)]);
    const gone = new Promise<string>((resolve) => s.on('disconnect', resolve));
    expect(disconnectEndedSessions(t.hub.io, t.hub.accounts)).toBe(0);
    t.clock.advance(15 * 3600_000);
    expect(disconnectEndedSessions(t.hub.io, t.hub.accounts)).toBe(1);
    expect(await gone).toBe('io server disconnect');
    // Device tokens do not expire.
    expect(kiosk.connected).toBe(true);
    kiosk.disconnect();
  });

  it('leaves a device token valid when a device calls logout', async () => {
    expect((await api(t.url, '/api/v1/auth/logout', { token: t.tokens.display, body: {} })).status).toBe(200);
    expect((await api(t.url, '/api/v1/queue', { token: t.tokens.display })).status).toBe(200);
  });
});

describe('admin recovery', () => {
  it('lets someone at the hub machine set a lost admin password, re-enabling the account', async () => {
    const t = await startTestHub();
    try {
      const admin = t.store.staff.findByUsername('admin');
      if (!admin) throw new Error('no admin');
      await t.hub.accounts.createStaff(
        { username: 'admin2', password: 'second-admin-1', role: 'admin', permissions: [] },
        'test',
      );
      expect(t.hub.accounts.disableStaff(admin.id, 'test').ok).toBe(true);
      await t.hub.accounts.recoverAdmin('recovered-password-1');
      expect((await t.hub.accounts.login('admin', 'recovered-password-1')).ok).toBe(true);
      expect((await api(t.url, '/api/v1/me', { token: t.tokens.admin })).status).toBe(401);
      expect(JSON.stringify(t.store.audit.recent(5))).toContain('staff.admin-recovered');
    } finally {
      await t.stop();
      t.cleanup();
    }
  });
});
