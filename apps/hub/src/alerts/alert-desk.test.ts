import { alertsPushSchema, liveBoardSchema, type AlertsPush, type HallAlert, type LiveBoard } from '@hall/protocol';
import { afterEach, describe, expect, it } from 'vitest';
import {
  api,
  connected,
  emitAck,
  issue,
  rid,
  socketFor,
  startTestHub,
  TEST_HALL,
  windowAction,
  type StartOptions,
  type TestHub,
} from '../test-support/test-hub.ts';

const MINUTE = 60_000;

/** Alerts raised and cleared by the hub on a stepped clock; `hub.alerts.check()` is what its timer runs. */
describe('live board: alerts raised and cleared by the hub', () => {
  const hubs: TestHub[] = [];
  afterEach(async () => {
    for (const h of hubs.splice(0)) {
      await h.stop().catch(() => undefined);
      h.cleanup();
    }
  });
  async function start(o: StartOptions = {}): Promise<TestHub> {
    const h = await startTestHub(o);
    hubs.push(h);
    return h;
  }
  async function board(t: TestHub): Promise<LiveBoard> {
    const r = await api(t.url, '/api/v1/live', { token: t.tokens.admin });
    expect(r.status).toBe(200);
    return liveBoardSchema.parse(r.body);
  }
  /** Every alert ever stored for a key, cleared or not. */
  function stored(t: TestHub, key: string): HallAlert[] {
    return t.store.db
      .prepare('SELECT id FROM alerts WHERE key = ? ORDER BY raised_at')
      .all(key)
      .map((r) => t.store.alerts.get((r as { id: string }).id))
      .filter((a) => a !== undefined);
  }
  async function acknowledge(t: TestHub, id: string, requestId = rid(), token = t.tokens.admin) {
    return api(t.url, `/api/v1/alerts/${id}/acknowledge`, { token, body: { requestId } });
  }

  it('a ticket waiting past its target: raised after 30 minutes, cleared by its call, acknowledged and audited', async () => {
    const t = await start();
    const { ticket } = await issue(t, 'med-card');
    const key = `wait-over-target:${ticket.id}`;
    t.clock.advance(30 * MINUTE);
    expect(t.hub.alerts.check()).toBe(false);
    expect((await board(t)).alerts).toEqual([]);

    t.clock.advance(1);
    const raisedAt = t.clock.now();
    expect(t.hub.alerts.check()).toBe(true);
    // The timer runs again: nothing new.
    expect(t.hub.alerts.check()).toBe(false);
    const raised = (await board(t)).alerts;
    expect(raised).toEqual([
      {
        id: expect.stringMatching(/^alert-/) as unknown as string,
        kind: 'wait-over-target',
        key,
        subject: { ticketId: ticket.id, ticketNumber: ticket.number, serviceId: 'med-card', zoneId: 'medical' },
        raisedAt,
        clearedAt: null,
        acknowledgedAt: null,
        acknowledgedBy: null,
      },
    ]);
    const id = raised[0]?.id ?? '';

    // Calling the ticket clears it at once (the hub checks after every command); unacknowledged, it stays shown.
    t.clock.advance(MINUTE);
    const calledAt = t.clock.now();
    expect((await windowAction(t, t.tokens.clerk, 1, 'open')).status).toBe(200);
    expect((await windowAction(t, t.tokens.clerk, 1, 'call-next')).status).toBe(200);
    expect((await board(t)).alerts).toMatchObject([{ id, clearedAt: calledAt, acknowledgedAt: null }]);

    t.clock.advance(MINUTE);
    const requestId = rid();
    const acked = await acknowledge(t, id, requestId);
    expect(acked.status).toBe(200);
    expect(acked.body).toMatchObject({
      id,
      clearedAt: calledAt,
      acknowledgedAt: t.clock.now(),
      acknowledgedBy: '管理员',
    });
    // A retry gets the first answer; a second acknowledgement changes nothing; one audit row names who and which.
    t.clock.advance(MINUTE);
    expect(await acknowledge(t, id, requestId)).toEqual(acked);
    expect((await acknowledge(t, id)).body).toEqual(acked.body);
    expect((await acknowledge(t, 'alert-000000000000', requestId)).body.code).toBe('REQUEST_ID_REUSED');
    const audit = t.store.audit.find({ action: 'alert.acknowledged', limit: 10 });
    expect(audit).toHaveLength(1);
    expect(audit[0]?.actor).toBe(t.store.staff.findByUsername('admin')?.id);
    expect(audit[0]?.detail).toBe(`${id} ${key}`);
    // Acknowledged and cleared: off the board, kept in the table.
    expect((await board(t)).alerts).toEqual([]);
    expect(stored(t, key)).toHaveLength(1);
  });

  it('a window paused too long: raised past 20 minutes, cleared when it resumes; raised anew by a new pause', async () => {
    const t = await start();
    await windowAction(t, t.tokens.clerk, 1, 'open');
    await windowAction(t, t.tokens.clerk, 1, 'pause', { reason: '午休' });
    const key = 'window-paused-too-long:1';
    t.clock.advance(20 * MINUTE);
    t.hub.alerts.check();
    expect((await board(t)).alerts).toEqual([]);
    t.clock.advance(1);
    t.hub.alerts.check();
    const first = (await board(t)).alerts;
    expect(first).toMatchObject([{ key, kind: 'window-paused-too-long', subject: { window: 1, zoneId: 'medical' } }]);
    // Acknowledged while it stands: still on the board until the window resumes.
    expect((await acknowledge(t, first[0]?.id ?? '')).status).toBe(200);
    expect((await board(t)).alerts).toMatchObject([{ key, clearedAt: null }]);
    await windowAction(t, t.tokens.clerk, 1, 'resume');
    expect((await board(t)).alerts).toEqual([]);

    await windowAction(t, t.tokens.clerk, 1, 'pause', { reason: '午休' });
    t.clock.advance(21 * MINUTE);
    for (let i = 0; i < 3; i++) t.hub.alerts.check();
    const again = stored(t, key);
    expect(again).toHaveLength(2);
    expect(again.filter((a) => a.clearedAt === null)).toHaveLength(1);
    expect(again[1]?.id).not.toBe(again[0]?.id);
  });

  it("a kiosk printer's low paper, reported by the kiosk: raised and cleared at once", async () => {
    const t = await start();
    const kiosk = t.store.devices.list().find((d) => d.role === 'kiosk');
    const report = (paperNearEnd: boolean) =>
      api(t.url, '/api/v1/kiosk/printer-status', {
        token: t.tokens.kiosk,
        body: { condition: 'ready', paperNearEnd },
      });
    expect((await report(true)).status).toBe(200);
    expect((await board(t)).alerts).toMatchObject([
      {
        kind: 'printer-problem',
        key: `printer-problem:${kiosk?.id}:paper-near-end`,
        subject: { deviceId: kiosk?.id, deviceName: 'kiosk', condition: 'paper-near-end' },
        clearedAt: null,
      },
    ]);
    t.clock.advance(MINUTE);
    expect((await report(false)).status).toBe(200);
    expect((await board(t)).alerts).toMatchObject([{ kind: 'printer-problem', clearedAt: t.clock.now() }]);
  });

  it('a display offline: raised 3 minutes after its socket left, cleared when it comes back', async () => {
    const t = await start();
    const display = t.store.devices.list().find((d) => d.role === 'display');
    const first = socketFor(t.url, t.tokens.display);
    await connected(first);
    first.disconnect();
    await expect.poll(() => t.hub.alerts.conditions(t.clock.now() + 4 * MINUTE).length).toBe(1);
    t.clock.advance(3 * MINUTE);
    t.hub.alerts.check();
    expect((await board(t)).alerts).toEqual([]);
    t.clock.advance(1);
    t.hub.alerts.check();
    expect((await board(t)).alerts).toMatchObject([
      { kind: 'device-offline', key: `device-offline:${display?.id}`, subject: { deviceName: 'display' } },
    ]);
    const back = socketFor(t.url, t.tokens.display);
    try {
      await connected(back);
      await expect.poll(async () => (await board(t)).alerts[0]?.clearedAt).toBe(t.clock.now());
    } finally {
      back.close();
    }
  });

  it('a follow-up open too long: raised past followUpOpenHours, cleared once a supervisor closes it', async () => {
    const t = await start({
      config: { ...TEST_HALL, policy: { ...TEST_HALL.policy, alerts: { followUpOpenHours: 1 } } },
    });
    await issue(t, 'med-card');
    for (const action of ['open', 'call-next', 'start', 'finish']) {
      expect((await windowAction(t, t.tokens.clerk, 1, action)).status).toBe(200);
    }
    expect((await windowAction(t, t.tokens.clerk, 1, 'rate', { level: 'unsatisfied', source: 'pad' })).status).toBe(
      200,
    );
    const [followUp] = t.store.followUps.openOnes();
    t.clock.advance(60 * MINUTE);
    t.hub.alerts.check();
    expect((await board(t)).alerts).toEqual([]);
    t.clock.advance(1);
    t.hub.alerts.check();
    expect((await board(t)).alerts).toMatchObject([
      {
        kind: 'follow-up-overdue',
        key: `follow-up-overdue:${followUp?.id}`,
        subject: { followUpId: followUp?.id, window: 1 },
      },
    ]);
    const closed = await api(t.url, `/api/v1/follow-ups/${followUp?.id}/close`, {
      token: t.tokens.admin,
      body: { note: '已回访' },
    });
    expect(closed.status).toBe(200);
    t.hub.alerts.check();
    expect((await board(t)).alerts).toMatchObject([{ kind: 'follow-up-overdue', clearedAt: t.clock.now() }]);
  });

  it('a zone queue while a comprehensive window stands idle: raised after the grace, cleared by its call', async () => {
    const t = await start();
    await windowAction(t, t.tokens.clerk2, 3, 'open');
    await issue(t, 'tax-invoice');
    t.clock.advance(2 * MINUTE - 1);
    t.hub.alerts.check();
    expect((await board(t)).alerts).toEqual([]);
    t.clock.advance(1);
    t.hub.alerts.check();
    expect((await board(t)).alerts).toMatchObject([
      {
        kind: 'zone-queue-comprehensive-idle',
        key: 'zone-queue-comprehensive-idle:tax',
        subject: { zoneId: 'tax', window: 3 },
        clearedAt: null,
      },
    ]);
    await windowAction(t, t.tokens.clerk2, 3, 'call-next');
    expect((await board(t)).alerts).toMatchObject([{ clearedAt: t.clock.now() }]);
  });

  it('still shows the board while the database is read-only; an acknowledgement is refused as STORAGE_UNAVAILABLE', async () => {
    const t = await start();
    await windowAction(t, t.tokens.clerk, 1, 'open');
    await windowAction(t, t.tokens.clerk, 1, 'pause', { reason: '午休' });
    t.clock.advance(21 * MINUTE);
    t.hub.alerts.check();
    const [raised] = (await board(t)).alerts;
    // A new condition cannot be stored now: the board answers with what is stored.
    await issue(t, 'med-card');
    t.store.db.pragma('query_only = 1');
    t.clock.advance(31 * MINUTE);
    const live = await api(t.url, '/api/v1/live', { token: t.tokens.admin });
    expect(live.status).toBe(200);
    expect(liveBoardSchema.parse(live.body).alerts.map((a) => a.id)).toEqual([raised?.id]);
    const refused = await acknowledge(t, raised?.id ?? '');
    expect(refused.status).toBe(503);
    expect(refused.body.code).toBe('STORAGE_UNAVAILABLE');
    t.store.db.pragma('query_only = 0');
    expect((await acknowledge(t, raised?.id ?? '')).status).toBe(200);
    expect((await board(t)).alerts.map((a) => a.kind)).toEqual(['wait-over-target', 'window-paused-too-long']);
  });

  it('pushes hall:alerts to supervisors only: at connect and when the board changes', async () => {
    const t = await start();
    const pushes = new Map<string, AlertsPush[]>();
    const sockets = { admin: t.tokens.admin, clerk: t.tokens.clerk, display: t.tokens.display, kiosk: t.tokens.kiosk };
    const open = Object.entries(sockets).map(([who, token]) => {
      const s = socketFor(t.url, token);
      pushes.set(who, []);
      s.on('hall:alerts', (body: unknown) => pushes.get(who)?.push(alertsPushSchema.parse(body)));
      return s;
    });
    try {
      await Promise.all(open.map((s) => connected(s)));
      await expect.poll(() => pushes.get('admin')?.length).toBe(1);
      expect(pushes.get('admin')?.[0]).toEqual({ at: t.clock.now(), alerts: [] });

      await windowAction(t, t.tokens.clerk, 1, 'open');
      await windowAction(t, t.tokens.clerk, 1, 'pause', { reason: '午休' });
      t.clock.advance(21 * MINUTE);
      t.hub.alerts.check();
      await expect.poll(() => pushes.get('admin')?.length).toBe(2);
      expect(pushes.get('admin')?.[1]?.alerts).toMatchObject([{ key: 'window-paused-too-long:1' }]);
      // An acknowledgement changes the board too.
      const id = pushes.get('admin')?.[1]?.alerts[0]?.id ?? '';
      expect((await acknowledge(t, id)).status).toBe(200);
      await expect.poll(() => pushes.get('admin')?.length).toBe(3);
      expect(pushes.get('admin')?.[2]?.alerts).toMatchObject([{ id, acknowledgedBy: '管理员' }]);

      // Whatever was pushed to the others would have arrived before the answer to a later request.
      const [, clerkSocket, displaySocket] = open;
      for (const [who, socket] of [
        ['clerk', clerkSocket],
        ['display', displaySocket],
      ] as const) {
        if (!socket) throw new Error(`no ${who} socket`);
        expect(await emitAck(socket, 'sync:request', { lastEventId: 0 })).toMatchObject({ ok: true });
        expect(pushes.get(who), who).toEqual([]);
      }
      expect(pushes.get('kiosk')).toEqual([]);
    } finally {
      for (const s of open) s.close();
    }
  });
});

describe('live board: figures', () => {
  it('per zone and per window, against figures computed by hand', async () => {
    const t = await startTestHub();
    try {
      // 09:00 A001 med-card, 09:01 A002 med-claim, 09:02 B001 tax-invoice.
      await issue(t, 'med-card');
      t.clock.advance(MINUTE);
      await issue(t, 'med-claim');
      t.clock.advance(MINUTE);
      await issue(t, 'tax-invoice');
      // 09:03 window 1 calls and serves A001 until 09:13; window 2 opens and pauses at 09:04.
      t.clock.advance(MINUTE);
      await windowAction(t, t.tokens.clerk, 1, 'open');
      await windowAction(t, t.tokens.clerk2, 2, 'open');
      await windowAction(t, t.tokens.clerk, 1, 'call-next');
      await windowAction(t, t.tokens.clerk, 1, 'start');
      t.clock.advance(MINUTE);
      await windowAction(t, t.tokens.clerk2, 2, 'pause', { reason: '午休' });
      const pausedAt = t.clock.now();
      t.clock.advance(9 * MINUTE);
      await windowAction(t, t.tokens.clerk, 1, 'finish');
      // 09:15: the rating of A001 has timed out (what the hub's timer does), freeing window 1 then.
      t.clock.advance(2 * MINUTE);
      t.hub.hall.expireRatings();
      const r = await api(t.url, '/api/v1/live', { token: t.tokens.admin });
      expect(r.status).toBe(200);
      const live = liveBoardSchema.parse(r.body);
      expect(live.at).toBe(t.clock.now());
      expect(live.businessDay).toBe('2026-11-24');
      expect(live.zones).toEqual([
        {
          zoneId: 'medical',
          waiting: 1,
          longestWaitMinutes: 14,
          windowsOpen: 1,
          windowsPaused: 0,
          windowsIdle: 1,
          servedLastHour: 1,
          // med-claim (the one waiting): no finished sample, 20 minutes configured, one open window (1).
          estimatedWaitMinutes: 20,
        },
        {
          zoneId: 'tax',
          waiting: 1,
          longestWaitMinutes: 13,
          windowsOpen: 0,
          windowsPaused: 1,
          windowsIdle: 0,
          servedLastHour: 0,
          // tax-invoice: 5 minutes, no window open for it (counted as one).
          estimatedWaitMinutes: 5,
        },
      ]);
      const clerkName = t.store.windows.list().find((w) => w.number === 1)?.clerkName ?? null;
      expect(clerkName).not.toBeNull();
      expect(live.windows).toEqual([
        { number: 1, state: 'open', busy: false, since: t.clock.now(), clerkName, pauseReason: null },
        {
          number: 2,
          state: 'paused',
          busy: false,
          since: pausedAt,
          clerkName: expect.any(String) as unknown as string,
          pauseReason: '午休',
        },
        ...[3, 4, 5].map((number) => ({
          number,
          state: 'closed',
          busy: false,
          since: expect.any(Number) as unknown as number,
          clerkName: null,
          pauseReason: null,
        })),
      ]);
    } finally {
      await t.stop();
      t.cleanup();
    }
  });
});
