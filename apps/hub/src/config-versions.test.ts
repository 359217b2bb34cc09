import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  hallConfigSchema,
  type ConfigPush,
  type ConfigVersionList,
  type ConfigVersionView,
  type HallConfig,
  type HallSnapshot,
} from '@hall/protocol';
import { afterEach, describe, expect, it } from 'vitest';
import {
  api,
  connected,
  issue,
  recordingLog,
  socketFor,
  startTestHub,
  TEST_HALL,
  windowAction,
  type TestHub,
} from './test-support/test-hub.ts';

const hubs: TestHub[] = [];
afterEach(async () => {
  for (const h of hubs.splice(0).reverse()) {
    if (h.store.db.open) await h.stop();
    h.cleanup();
  }
});

async function start(o: Parameters<typeof startTestHub>[0] = {}) {
  const h = await startTestHub(o);
  hubs.push(h);
  return h;
}

const TEST_CONFIG: HallConfig = hallConfigSchema.parse(TEST_HALL);

/** The test hall changed by `edit` (a deep copy). */
function edited(edit: (c: HallConfig) => void, from: HallConfig = TEST_CONFIG): HallConfig {
  const c = structuredClone(from);
  edit(c);
  return c;
}

function service(c: HallConfig, id: string) {
  const s = c.services.find((x) => x.id === id);
  if (!s) throw new Error(`no service ${id}`);
  return s;
}

const renamed = edited((c) => {
  service(c, 'med-card').names = { 'zh-Hans': '社保卡', 'zh-Hant': '社保卡', en: 'Social security card' };
});

async function put(t: TestHub, baseVersion: number, config: unknown, token = t.tokens.admin) {
  return api(t.url, '/api/v1/config', { method: 'PUT', token, body: { baseVersion, config } });
}

async function current(t: TestHub): Promise<ConfigVersionView> {
  const r = await api(t.url, '/api/v1/config', { token: t.tokens.admin });
  expect(r.status).toBe(200);
  return r.body as unknown as ConfigVersionView;
}

async function auditOf(t: TestHub, action: string) {
  const r = await api(t.url, `/api/v1/audit?action=${action}`, { token: t.tokens.admin });
  return r.body as unknown as { actor: string; action: string; detail: string }[];
}

describe('the configuration as versions', () => {
  it('starts a new database at version 1, seeded from HALL_CONFIG', async () => {
    const t = await start();
    const v1 = await current(t);
    expect(v1).toMatchObject({ version: 1, createdBy: 'system', rolledBackFrom: null });
    expect(v1.config).toEqual(TEST_CONFIG);
  });

  it('stores a PUT as the next version, applies it at once and keeps the earlier ones', async () => {
    const t = await start();
    const r = await api(t.url, '/api/v1/config', {
      method: 'PUT',
      token: t.tokens.admin,
      body: { baseVersion: 1, config: renamed, note: '医保卡改名' },
    });
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ version: 2, note: '医保卡改名', rolledBackFrom: null });
    const hall = await api(t.url, '/api/v1/hall', { token: t.tokens.kiosk });
    expect(service(hall.body as unknown as HallConfig, 'med-card').names.en).toBe('Social security card');

    const list = (await api(t.url, '/api/v1/config/versions', { token: t.tokens.admin }))
      .body as unknown as ConfigVersionList;
    expect(list.versions.map((v) => v.version)).toEqual([2, 1]);
    expect(list.nextBefore).toBeNull();
    const page = await api(t.url, '/api/v1/config/versions?limit=1', { token: t.tokens.admin });
    expect(page.body).toMatchObject({ versions: [{ version: 2 }], nextBefore: 2 });
    const older = await api(t.url, '/api/v1/config/versions?before=2&limit=1', { token: t.tokens.admin });
    expect(older.body).toMatchObject({ versions: [{ version: 1 }], nextBefore: null });
    const v1 = await api(t.url, '/api/v1/config/versions/1', { token: t.tokens.admin });
    expect(service((v1.body as unknown as ConfigVersionView).config, 'med-card').names.en).toBe('医保卡');
    expect((await api(t.url, '/api/v1/config/versions/9', { token: t.tokens.admin })).status).toBe(404);
  });

  it('audits each change with the versions before and after and what changed', async () => {
    const t = await start();
    const next = edited((c) => {
      c.windows.push({
        number: 6,
        names: { 'zh-Hans': '6号窗口', 'zh-Hant': '6號窗口', en: 'Window 6' },
        kind: 'comprehensive',
        services: 'all',
      });
      c.zones.push({ id: 'civil', names: { 'zh-Hans': '民政', 'zh-Hant': '民政', en: 'Civil' } });
      c.policy.recall.max = 3;
    }, renamed);
    expect((await put(t, 1, next)).status).toBe(200);
    const [entry] = await auditOf(t, 'config.changed');
    expect(entry?.actor).toMatch(/^staff-/);
    expect(entry?.detail).toBe(
      'v1 → v2: zones added: civil; services renamed: med-card "医保卡" → "社保卡"; windows added: 6; policy changed',
    );
  });

  it('refuses a stale base version so two admins never overwrite each other', async () => {
    const t = await start();
    expect((await put(t, 1, renamed)).status).toBe(200);
    const second = await put(
      t,
      1,
      edited((c) => (c.policy.recall.max = 1)),
    );
    expect(second.status).toBe(409);
    expect(second.body).toMatchObject({ code: 'CONFIG_VERSION_CONFLICT', currentVersion: 2 });
    const now = await current(t);
    expect(now.version).toBe(2);
    expect(now.config.policy.recall.max).toBe(2);
  });

  it('rolls back to an earlier version as a new version', async () => {
    const t = await start();
    expect((await put(t, 1, renamed)).status).toBe(200);
    const back = await api(t.url, '/api/v1/config/versions/1/rollback', {
      token: t.tokens.admin,
      body: { baseVersion: 2 },
    });
    expect(back.status).toBe(200);
    expect(back.body).toMatchObject({ version: 3, rolledBackFrom: 1 });
    expect((await current(t)).config).toEqual(TEST_CONFIG);
    const hall = await api(t.url, '/api/v1/hall', { token: t.tokens.kiosk });
    expect(service(hall.body as unknown as HallConfig, 'med-card').names.en).toBe('医保卡');
    const [entry] = await auditOf(t, 'config.rolled-back');
    expect(entry?.detail).toBe('v2 → v3 (rollback to v1): services renamed: med-card "社保卡" → "医保卡"');

    const stale = await api(t.url, '/api/v1/config/versions/2/rollback', {
      token: t.tokens.admin,
      body: { baseVersion: 2 },
    });
    expect(stale.body).toMatchObject({ code: 'CONFIG_VERSION_CONFLICT', currentVersion: 3 });
    const unknown = await api(t.url, '/api/v1/config/versions/7/rollback', {
      token: t.tokens.admin,
      body: { baseVersion: 3 },
    });
    expect(unknown.status).toBe(404);
  });

  it('refuses an invalid document with paths into the document, and stores nothing', async () => {
    const t = await start();
    const bad = edited((c) => {
      service(c, 'tax-invoice').prefix = 'bb';
    });
    const r = await put(t, 1, bad);
    expect(r.status).toBe(400);
    expect(r.body).toMatchObject({ code: 'VALIDATION_FAILED', issues: [{ path: 'services.2.prefix' }] });
    const unknownService = edited((c) => {
      c.windows[0] = { ...c.windows[0], services: ['nope'] } as HallConfig['windows'][number];
    });
    expect((await put(t, 1, unknownService)).body).toMatchObject({ issues: [{ path: 'windows.0.services.0' }] });
    const noBase = await api(t.url, '/api/v1/config', {
      method: 'PUT',
      token: t.tokens.admin,
      body: { config: renamed },
    });
    expect(noBase.body).toMatchObject({ code: 'VALIDATION_FAILED', issues: [{ path: 'baseVersion' }] });
    const noConfig = await api(t.url, '/api/v1/config', {
      method: 'PUT',
      token: t.tokens.admin,
      body: { baseVersion: 1 },
    });
    expect(noConfig.body).toMatchObject({ code: 'VALIDATION_FAILED', issues: [{ path: 'config' }] });
    expect((await current(t)).version).toBe(1);
  });

  it('takes a document up to 1 MiB (the demo hall is larger than other bodies may be) and no more', async () => {
    const t = await start();
    const demo = JSON.parse(readFileSync(join(import.meta.dirname, '../config/demo-hall.json'), 'utf8')) as unknown;
    // An imported file as people keep it, indented.
    const body = JSON.stringify({ baseVersion: 1, config: demo }, null, 2);
    expect(body.length).toBeGreaterThan(64 * 1024);
    expect((await api(t.url, '/api/v1/config', { method: 'PUT', token: t.tokens.admin, body })).status).toBe(200);
    const huge = { ...TEST_CONFIG, hallName: { ...TEST_CONFIG.hallName, en: 'x'.repeat(1024 * 1024) } };
    const r = await put(t, 2, huge);
    expect(r.status).toBe(400);
    expect(r.body).toMatchObject({ code: 'BAD_REQUEST', message: 'request body larger than 1024 KiB' });
  });

  it('refuses with STORAGE_UNAVAILABLE while the database is read-only, and changes nothing', async () => {
    const t = await start();
    t.store.db.pragma('query_only = 1');
    const r = await put(t, 1, renamed);
    expect(r.status).toBe(503);
    expect(r.body.code).toBe('STORAGE_UNAVAILABLE');
    expect(t.hub.hall.configVersion).toBe(1);
    t.store.db.pragma('query_only = 0');
    expect((await put(t, 1, renamed)).status).toBe(200);
  });

  it('exports the current document as a file', async () => {
    const t = await start();
    expect((await put(t, 1, renamed)).status).toBe(200);
    const res = await fetch(`${t.url}/api/v1/config/export`, {
      headers: { authorization: `Bearer ${t.tokens.admin}` },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="hall-config-v2.json"');
    expect(await res.json()).toEqual(renamed);
  });

  it('answers 403 to clerks, supervisors and devices on every configuration route, 401 without a token', async () => {
    const t = await start();
    const made = await t.hub.accounts.createStaff(
      {
        username: 'super1',
        password: 'clerk-password-1',
        role: 'clerk',
        permissions: ['supervise', 'call-out-of-order'],
      },
      'test',
    );
    expect(made.ok).toBe(true);
    const login = await t.hub.accounts.login('super1', 'clerk-password-1');
    if (!login.ok) throw new Error(login.error.message);
    const routes: [string, string, unknown?][] = [
      ['GET', '/api/v1/config'],
      ['PUT', '/api/v1/config', { baseVersion: 1, config: renamed }],
      ['GET', '/api/v1/config/versions'],
      ['GET', '/api/v1/config/versions/1'],
      ['POST', '/api/v1/config/versions/1/rollback', { baseVersion: 1 }],
      ['GET', '/api/v1/config/export'],
    ];
    const tokens = [t.tokens.clerk, t.tokens.lead, login.value.token, t.tokens.kiosk, t.tokens.display];
    for (const [method, path, body] of routes) {
      for (const token of tokens) {
        const r = await api(t.url, path, { method, token, body });
        expect(r.status, `${method} ${path}`).toBe(403);
        expect(r.body.code).toBe('FORBIDDEN');
      }
      expect((await api(t.url, path, { method, body })).status).toBe(401);
    }
    expect((await current(t)).version).toBe(1);
  });
});

describe('safe changes during an open day', () => {
  async function refused(t: TestHub, config: HallConfig) {
    const r = await put(t, 1, config);
    expect(r.status).toBe(409);
    expect(r.body.code).toBe('UNSAFE_CONFIG_CHANGE');
    expect((await current(t)).version).toBe(1);
    return (r.body as unknown as { problems: { code: string; path: string }[] }).problems;
  }

  const withoutTaxInvoice = edited((c) => {
    c.services = c.services.filter((s) => s.id !== 'tax-invoice');
    c.windows = c.windows.filter((w) => w.number !== 2 && w.number !== 5);
  });

  it('refuses to remove a service with tickets waiting, and allows it once they are served', async () => {
    const t = await start();
    await issue(t, 'tax-invoice');
    expect(await refused(t, withoutTaxInvoice)).toEqual([
      expect.objectContaining({ code: 'SERVICE_HAS_TICKETS', path: 'services.2' }),
    ]);
    for (const action of ['open', 'call-next', 'start', 'finish', 'close']) {
      expect((await windowAction(t, t.tokens.clerk, 2, action)).status).toBe(200);
    }
    expect((await put(t, 1, withoutTaxInvoice)).status).toBe(200);
  });

  it('refuses to remove a window that is open', async () => {
    const t = await start();
    expect((await windowAction(t, t.tokens.clerk, 4, 'open')).status).toBe(200);
    const problems = await refused(
      t,
      edited((c) => (c.windows = c.windows.filter((w) => w.number !== 4))),
    );
    expect(problems).toEqual([expect.objectContaining({ code: 'WINDOW_IN_USE', path: 'windows.3' })]);
  });

  it('refuses to change a prefix used today; the numbers issued keep theirs', async () => {
    const t = await start();
    const { ticket } = await issue(t, 'tax-invoice');
    const problems = await refused(
      t,
      edited((c) => (service(c, 'tax-invoice').prefix = 'C')),
    );
    expect(problems).toEqual([expect.objectContaining({ code: 'PREFIX_USED_TODAY', path: 'services.2.prefix' })]);
    expect(t.store.tickets.get(ticket.id)?.number).toBe('B001');
  });

  it('refuses to remove a zone in use', async () => {
    const t = await start();
    await issue(t, 'tax-invoice');
    const problems = await refused(
      t,
      edited((c) => {
        c.zones = c.zones.filter((z) => z.id !== 'tax');
        service(c, 'tax-invoice').zoneId = 'medical';
        c.windows = c.windows.map((w) => (w.zoneId === 'tax' ? { ...w, zoneId: 'medical' } : w));
      }),
    );
    expect(problems).toEqual([expect.objectContaining({ code: 'ZONE_IN_USE', path: 'zones.1' })]);
  });

  it('refuses a booking slot change that would drop a booking', async () => {
    const t = await start();
    const slotStart = Date.parse('2026-11-24T10:00:00+08:00');
    const booked = await api(t.url, '/api/v1/bookings', {
      token: t.tokens.admin,
      body: { serviceId: 'med-card', slotStart, name: '张三丰', phone: '13812345678' },
    });
    expect(booked.status).toBe(201);
    const problems = await refused(
      t,
      edited((c) => (c.booking.slotMinutes = 20)),
    );
    expect(problems).toEqual([expect.objectContaining({ code: 'BOOKINGS_WOULD_BE_DROPPED', path: 'services.0' })]);
    // A longer capacity keeps every booking in its slot.
    expect(
      (
        await put(
          t,
          1,
          edited((c) => (c.booking.capacity = 5)),
        )
      ).status,
    ).toBe(200);
  });
});

describe('a new version applied live', () => {
  it('adds a window closed, keeps the queue and its numbers, and a clerk can open the new window', async () => {
    const t = await start();
    await issue(t, 'med-card');
    expect((await windowAction(t, t.tokens.clerk, 1, 'open')).status).toBe(200);
    const next = edited((c) => {
      c.windows.push({
        number: 7,
        names: { 'zh-Hans': '7号窗口', 'zh-Hant': '7號窗口', en: 'Window 7' },
        kind: 'comprehensive',
        services: 'all',
      });
    });
    expect((await put(t, 1, next)).status).toBe(200);
    const windows = (await api(t.url, '/api/v1/windows', { token: t.tokens.admin })).body as unknown as {
      number: number;
      state: string;
    }[];
    expect(windows.map((w) => [w.number, w.state])).toEqual([
      [1, 'open'],
      [2, 'closed'],
      [3, 'closed'],
      [4, 'closed'],
      [5, 'closed'],
      [7, 'closed'],
    ]);
    expect((await issue(t, 'med-card')).ticket.number).toBe('A002');
    expect((await windowAction(t, t.tokens.clerk2, 7, 'open')).status).toBe(200);
    expect((await windowAction(t, t.tokens.clerk2, 7, 'call-next')).body).toMatchObject({ ticket: { number: 'A001' } });
  });

  it('pushes hall:config to every connected client, and snapshots carry the version', async () => {
    const t = await start();
    const kiosk = socketFor(t.url, t.tokens.kiosk);
    const display = socketFor(t.url, t.tokens.display);
    const clerk = socketFor(t.url, t.tokens.clerk);
    const rater = socketFor(
      t.url,
      t.hub.accounts.createDevice({ role: 'rater', name: 'pad 1', window: 1 }, 'test').token,
    );
    const raterGot: string[] = [];
    rater.on('hall:config', () => raterGot.push('hall:config'));
    await Promise.all([connected(kiosk), connected(display), connected(clerk), connected(rater)]);
    // A rating tablet may not read the hall: it gets the new snapshot (its waits), never the document.
    const raterSnapshot = new Promise<HallSnapshot>((resolve) => rater.once('hall:snapshot', resolve));
    const pushes = [kiosk, display, clerk].map(
      (s) => new Promise<ConfigPush>((resolve) => s.once('hall:config', resolve)),
    );
    const snapshot = new Promise<HallSnapshot>((resolve) => clerk.once('hall:snapshot', resolve));
    expect((await put(t, 1, renamed)).status).toBe(200);
    for (const push of await Promise.all(pushes)) {
      expect(push.version).toBe(2);
      expect(service(push.config, 'med-card').names.en).toBe('Social security card');
    }
    expect((await snapshot).configVersion).toBe(2);
    expect((await raterSnapshot).configVersion).toBe(2);
    expect(raterGot).toEqual([]);
    for (const s of [kiosk, display, clerk, rater]) s.disconnect();
    const rest = await api(t.url, '/api/v1/snapshot', { token: t.tokens.kiosk });
    expect(rest.body).toMatchObject({ configVersion: 2 });
  });

  it('keeps the latest version across a restart and ignores HALL_CONFIG then', async () => {
    const first = await start();
    expect((await put(first, 1, renamed)).status).toBe(200);
    await first.stop();
    const { log, lines } = recordingLog();
    const again = await start({ dbPath: first.dbPath, clock: first.clock, config: TEST_HALL, log });
    const now = await current(again);
    expect(now.version).toBe(2);
    expect(service(now.config, 'med-card').names.en).toBe('Social security card');
    const hall = await api(again.url, '/api/v1/hall', { token: again.tokens.kiosk });
    expect(service(hall.body as unknown as HallConfig, 'med-card').names.en).toBe('Social security card');
    expect(lines.map((l) => l.msg)).toContainEqual(expect.stringContaining('HALL_CONFIG is ignored'));
  });
});
