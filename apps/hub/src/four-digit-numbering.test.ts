import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  api,
  recordingLog,
  rid,
  startTestHub,
  TEST_HALL,
  windowAction,
  type TestHub,
} from './test-support/test-hub.ts';

/** TEST_HALL with the tax service (prefix B, on its own) numbered with 4 digits. */
const HALL_4 = {
  ...TEST_HALL,
  services: TEST_HALL.services.map((s) => (s.id === 'tax-invoice' ? { ...s, numberDigits: 4 as const } : s)),
};

interface Issued {
  ticket: { id: string; number: string; seq: number; statusCode: string };
  statusPath: string;
}

describe('numbers never run out (issue 14), end to end over the API', () => {
  let t: TestHub;
  let lines: Record<string, unknown>[];
  beforeEach(async () => {
    const recorded = recordingLog();
    lines = recorded.lines;
    t = await startTestHub({ config: HALL_4, log: recorded.log });
  });
  afterEach(async () => {
    await t.stop();
    t.cleanup();
  });

  const issue = async (serviceId: string): Promise<Issued> => {
    const r = await api(t.url, '/api/v1/tickets', { token: t.tokens.kiosk, body: { requestId: rid(), serviceId } });
    expect(r.status, JSON.stringify(r.body)).toBe(201);
    return r.body as unknown as Issued;
  };
  /** Pretends the prefix has already issued `last` numbers today (the counter is the only state numbering has). */
  const jumpCounter = (prefix: string, last: number) => {
    const changed = t.store.db
      .prepare('UPDATE number_counters SET last_n = ? WHERE business_day = ? AND prefix = ?')
      .run(last, t.hub.hall.state.businessDay, prefix).changes;
    expect(changed).toBe(1);
  };
  const numbering = async (token = t.tokens.admin) => api(t.url, '/api/v1/numbering', { token });
  const warnings = () => lines.filter((l) => l.level === 40 && typeof l.prefix === 'string');

  it('issues B0001 in a 4-digit service beside A001, and the phone page, the window and the display show it', async () => {
    const b = await issue('tax-invoice');
    expect(b.ticket).toMatchObject({ number: 'B0001', seq: 1, id: `${t.hub.hall.state.businessDay}/B0001` });
    expect((await issue('med-card')).ticket.number).toBe('A001');

    const status = await api(t.url, `/api/v1/public/tickets/${b.ticket.statusCode}`);
    expect(status.body).toMatchObject({ number: 'B0001', state: 'waiting' });

    await windowAction(t, t.tokens.clerk, 2, 'open');
    const called = await windowAction(t, t.tokens.clerk, 2, 'call-next');
    expect(called.body).toMatchObject({ ticket: { number: 'B0001' }, window: { number: 2 } });
    const snapshot = await api(t.url, '/api/v1/snapshot', { token: t.tokens.display });
    const tickets = snapshot.body.tickets as { number: string; state: string }[];
    expect(tickets.find((x) => x.number === 'B0001')).toMatchObject({ state: 'called' });
  });

  it('goes on past B9999 with B10000, warns the admin at 90 % and on overflow, once each', async () => {
    await issue('tax-invoice');
    expect((await numbering()).body).toMatchObject({
      businessDay: t.hub.hall.state.businessDay,
      prefixes: [
        { prefix: 'A', numberDigits: 3, serviceIds: ['med-card', 'med-claim'], lastSeq: 0, level: 'ok' },
        { prefix: 'B', numberDigits: 4, serviceIds: ['tax-invoice'], lastSeq: 1, warnAt: 9000, level: 'ok' },
      ],
    });
    jumpCounter('B', 8998);
    expect((await issue('tax-invoice')).ticket.number).toBe('B8999');
    expect(warnings()).toEqual([]);
    expect((await issue('tax-invoice')).ticket.number).toBe('B9000');
    expect((await issue('tax-invoice')).ticket.number).toBe('B9001');
    expect(warnings()).toEqual([expect.objectContaining({ prefix: 'B', numbering: 'low', number: 'B9000' })]);
    expect(((await numbering()).body.prefixes as { level: string }[])[1]).toMatchObject({
      lastSeq: 9001,
      level: 'low',
    });

    jumpCounter('B', 9998);
    const numbers = [];
    for (let i = 0; i < 3; i++) numbers.push((await issue('tax-invoice')).ticket.number);
    expect(numbers).toEqual(['B9999', 'B10000', 'B10001']);
    expect(warnings().map((w) => `${String(w.prefix)} ${String(w.numbering)} ${String(w.number)}`)).toEqual([
      'B low B9000',
      'B overflowed B10000',
    ]);
    expect(((await numbering()).body.prefixes as { level: string }[])[1]).toMatchObject({ level: 'overflowed' });
  });

  it('keeps one sequence for a shared 3-digit prefix across A999 → A1000', async () => {
    await issue('med-card');
    jumpCounter('A', 998);
    const numbers = [];
    for (const id of ['med-claim', 'med-card', 'med-claim']) numbers.push((await issue(id)).ticket.number);
    expect(numbers).toEqual(['A999', 'A1000', 'A1001']);
  });

  it('prints an overflowed number on the virtual printer, named after it', async () => {
    const printed = await api(t.url, '/api/v1/kiosk/print', {
      token: t.tokens.kiosk,
      body: {
        locale: 'zh-Hans',
        hallName: '测试大厅',
        number: 'B10000',
        serviceName: '发票',
        zoneName: '税务',
        waitAt: '税务专区 · 2号窗口',
        laneLabel: null,
        peopleAhead: 3,
        estimatedWaitMinutes: 15,
        issuedAt: '2026-11-24 09:00',
        statusUrl: 'http://hall.local/t/ABCDEFGHJK',
        footer: [],
      },
    });
    expect(printed.body).toMatchObject({ ok: true });
    expect(printed.body.previewUrl).toMatch(/-B10000\.png$/);
  });

  it('shows the numbering to the admin only', async () => {
    expect((await numbering(t.tokens.clerk)).status).toBe(403);
    expect((await numbering(t.tokens.kiosk)).status).toBe(403);
    expect((await api(t.url, '/api/v1/numbering')).status).toBe(401);
  });
});
