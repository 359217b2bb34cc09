import { createServer, type AddressInfo, type Socket } from 'node:net';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import iconv from 'iconv-lite';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { api, startTestHub, TEST_HALL, type TestHub } from './test-support/test-hub.ts';

/** What the desk page sends to print: laid out as a kiosk does (hub-side only the number is checked). */
const jobFor = (number: string) => ({
  locale: 'zh-Hans',
  hallName: '测试大厅',
  number,
  serviceName: '医保卡',
  zoneName: '医保',
  waitAt: '医保专区 · 1、3号窗口',
  laneLabel: '老年人优先',
  peopleAhead: 0,
  estimatedWaitMinutes: 5,
  waitLow: 0,
  waitHigh: 5,
  issuedAt: '2026-11-24 09:00',
  statusUrl: 'http://hall.local/t/ABCDEFGHJK',
  footer: ['请留意叫号屏'],
});

const path = (id: string, action: string) => `/api/v1/tickets/${encodeURIComponent(id)}/${action}`;

interface Issued {
  ticket: { id: string; number: string; queueSeq: number; queuedAt: number };
}

describe('the guidance desk', () => {
  let t: TestHub;
  let seq = 0;
  const rid = () => `desk-test-${++seq}`.padEnd(10, '0');
  beforeEach(async () => {
    t = await startTestHub();
  });
  afterEach(async () => {
    await t.stop();
    t.cleanup();
  });

  async function issue(token: string, serviceId = 'med-card', extra: object = {}): Promise<Issued> {
    const r = await api(t.url, '/api/v1/tickets', { token, body: { requestId: rid(), serviceId, ...extra } });
    expect(r.status, JSON.stringify(r.body)).toBe(201);
    return r.body as unknown as Issued;
  }

  /** The slips the virtual desk printer wrote, oldest first, as text. */
  function deskSlips(): string[] {
    const dir = join(dirname(t.dbPath), 'print-previews', 'guide-desk');
    return readdirSync(dir)
      .filter((f) => f.endsWith('.bin'))
      .sort()
      .map((f) => iconv.decode(readFileSync(join(dir, f)), 'gb18030'));
  }

  it('lets a guide issue an elderly walk-in ticket with a masked holder, idempotent by request id', async () => {
    const body = { requestId: 'walk-in-0001', serviceId: 'med-card', lane: 'elderly', holder: { name: '张三丰' } };
    const first = await api(t.url, '/api/v1/tickets', { token: t.tokens.guide, body });
    expect(first.status).toBe(201);
    const again = await api(t.url, '/api/v1/tickets', { token: t.tokens.guide, body });
    expect(again.status).toBe(200);
    expect(again.body).toEqual(first.body);
    const ticket = (first.body as unknown as Issued).ticket;
    const found = await api(t.url, `/api/v1/tickets/lookup?number=${ticket.number.toLowerCase()}`, {
      token: t.tokens.guide,
    });
    expect(found.status).toBe(200);
    expect(found.body).toMatchObject({ id: ticket.id, lane: 'elderly', state: 'waiting', holder: { name: '张*丰' } });
    expect(found.body).toMatchObject({ reprints: 0, reprintsLeft: 3 });
    expect(found.body).not.toHaveProperty('history');
    expect((await api(t.url, '/api/v1/tickets/lookup?number=A999', { token: t.tokens.guide })).body.code).toBe(
      'UNKNOWN_TICKET',
    );
    expect((await api(t.url, '/api/v1/tickets/lookup?number=12', { token: t.tokens.guide })).status).toBe(400);
  });

  it('refuses the desk to kiosks, displays and clerks, and window operation and configuration to guides', async () => {
    const { ticket } = await issue(t.tokens.kiosk);
    const desk: [string, string, object | undefined][] = [
      ['GET', `/api/v1/tickets/lookup?number=${ticket.number}`, undefined],
      ['POST', '/api/v1/desk/print', { ticketId: ticket.id, job: jobFor(ticket.number) }],
      ['GET', '/api/v1/desk/printer', undefined],
      ['POST', path(ticket.id, 'reprint'), { requestId: rid(), job: jobFor(ticket.number) }],
      ['POST', path(ticket.id, 'move'), { requestId: rid(), toServiceId: 'tax-invoice' }],
      ['POST', path(ticket.id, 'cancel'), { requestId: rid(), reason: 'left' }],
      ['POST', path(ticket.id, 'refer-complaints'), { requestId: rid(), note: 'x' }],
    ];
    for (const token of [t.tokens.kiosk, t.tokens.display, t.tokens.clerk]) {
      for (const [method, url, body] of desk) {
        const r = await api(t.url, url, { method, token, body });
        expect(r.status, `${method} ${url}`).toBe(403);
        expect(r.body.code).toBe('FORBIDDEN');
      }
    }
    expect((await api(t.url, desk[0]?.[1] ?? '', { token: t.tokens.guide })).status).toBe(200);
    const refusedToGuide: [string, string, object | undefined][] = [
      ['POST', '/api/v1/windows/1/open', { requestId: rid() }],
      ['POST', '/api/v1/windows/1/call-next', { requestId: rid() }],
      ['GET', '/api/v1/config', undefined],
      ['GET', '/api/v1/staff', undefined],
      ['GET', '/api/v1/tickets', undefined],
      ['GET', '/api/v1/audit', undefined],
      ['PUT', '/api/v1/desk/printer/simulate', { condition: 'offline', paperNearEnd: false }],
    ];
    for (const [method, url, body] of refusedToGuide) {
      expect((await api(t.url, url, { method, token: t.tokens.guide, body })).status, `${method} ${url}`).toBe(403);
    }
  });

  it('prints the first slip of a ticket issued at the desk once, on the desk printer, and shows it', async () => {
    const { ticket } = await issue(t.tokens.guide, 'med-card', { lane: 'elderly' });
    const printed = await api(t.url, '/api/v1/desk/print', {
      token: t.tokens.guide,
      body: { ticketId: ticket.id, job: jobFor(ticket.number) },
    });
    expect(printed.body).toMatchObject({ ok: true, status: { condition: 'ready' } });
    const preview = await fetch(t.url + (printed.body.previewUrl as string));
    expect(preview.headers.get('content-type')).toBe('image/png');
    expect(deskSlips()).toHaveLength(1);
    expect(deskSlips()[0]).toContain(ticket.number);
    expect(deskSlips()[0]).toContain('老年人优先');
    expect(deskSlips()[0]).not.toContain('REPRINT');
    const printer = await api(t.url, '/api/v1/desk/printer', { token: t.tokens.guide });
    expect(printer.body).toMatchObject({
      kind: 'virtual',
      lastNumber: ticket.number,
      lastPreviewUrl: printed.body.previewUrl,
    });

    const twice = await api(t.url, '/api/v1/desk/print', {
      token: t.tokens.guide,
      body: { ticketId: ticket.id, job: jobFor(ticket.number) },
    });
    expect(twice.status).toBe(409);
    expect(twice.body.code).toBe('INVALID_TRANSITION');
    const other = await issue(t.tokens.guide);
    const wrongNumber = await api(t.url, '/api/v1/desk/print', {
      token: t.tokens.guide,
      body: { ticketId: other.ticket.id, job: jobFor('B999') },
    });
    expect(wrongNumber.status).toBe(400);
    const kioskTicket = await issue(t.tokens.kiosk);
    const notOurs = await api(t.url, '/api/v1/desk/print', {
      token: t.tokens.guide,
      body: { ticketId: kioskTicket.ticket.id, job: jobFor(kioskTicket.ticket.number) },
    });
    expect(notOurs.status).toBe(403);
  }, 60_000);

  it('keeps the ticket issued when the desk printer is out of paper, says so, and reprints it once refilled', async () => {
    const simulate = (condition: string) =>
      api(t.url, '/api/v1/desk/printer/simulate', {
        method: 'PUT',
        token: t.tokens.admin,
        body: { condition, paperNearEnd: false },
      });
    await simulate('paper-end');
    const { ticket } = await issue(t.tokens.guide);
    const printed = await api(t.url, '/api/v1/desk/print', {
      token: t.tokens.guide,
      body: { ticketId: ticket.id, job: jobFor(ticket.number) },
    });
    expect(printed.status).toBe(200);
    expect(printed.body).toMatchObject({ ok: false, status: { condition: 'paper-end' } });
    expect(printed.body.message).toMatch(/缺纸.*out of paper/);
    const found = await api(t.url, `/api/v1/tickets/lookup?number=${ticket.number}`, { token: t.tokens.guide });
    expect(found.body).toMatchObject({ state: 'waiting' });
    await simulate('ready');
    const reprinted = await api(t.url, path(ticket.id, 'reprint'), {
      token: t.tokens.guide,
      body: { requestId: rid(), job: jobFor(ticket.number) },
    });
    expect(reprinted.body).toMatchObject({ reprint: 1, print: { ok: true } });
    expect(deskSlips()).toHaveLength(1);
  }, 60_000);

  it('reprints with the same number and a mark, audited, at most policy.reprintsPerTicket times', async () => {
    const { ticket } = await issue(t.tokens.kiosk);
    const reprint = (requestId: string) =>
      api(t.url, path(ticket.id, 'reprint'), {
        token: t.tokens.guide,
        body: { requestId, job: { ...jobFor(ticket.number), reprint: { copy: 9, of: 9 } } },
      });
    const first = await reprint('reprint-0001');
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({
      reprint: 1,
      ticket: { number: ticket.number, reprints: 1, reprintsLeft: 2 },
      print: { ok: true },
    });
    // A retried request is not counted again.
    const retried = await reprint('reprint-0001');
    expect(retried.body).toMatchObject({ reprint: 1, ticket: { reprints: 1 } });
    expect((await reprint('reprint-0002')).body).toMatchObject({ reprint: 2 });
    expect((await reprint('reprint-0003')).body).toMatchObject({ reprint: 3, ticket: { reprintsLeft: 0 } });
    const refused = await reprint('reprint-0004');
    expect(refused.status).toBe(409);
    expect(refused.body.code).toBe('REPRINT_LIMIT_REACHED');
    const slips = deskSlips();
    expect(slips.every((s) => s.includes(ticket.number))).toBe(true);
    // The hub sets the mark itself; what the page sent is ignored.
    expect(slips.map((s) => /补打 REPRINT (\d\/\d)/.exec(s)?.[1])).toEqual(['1/3', '1/3', '2/3', '3/3']);
    const audit = await api(t.url, '/api/v1/audit?action=desk.reprint', { token: t.tokens.admin });
    const entries = audit.body as unknown as { detail: string }[];
    expect(entries.map((e) => e.detail)).toEqual([
      `${ticket.id} reprint 3/3`,
      `${ticket.id} reprint 2/3`,
      `${ticket.id} reprint 1/3`,
    ]);
    const reused = await api(t.url, path(ticket.id, 'move'), {
      token: t.tokens.guide,
      body: { requestId: 'reprint-0001', toServiceId: 'tax-invoice' },
    });
    expect(reused.body.code).toBe('REQUEST_ID_REUSED');
  }, 60_000);

  it('follows the configured reprint limit', async () => {
    await t.stop();
    t.cleanup();
    t = await startTestHub({ config: { ...TEST_HALL, policy: { ...TEST_HALL.policy, reprintsPerTicket: 1 } } });
    const { ticket } = await issue(t.tokens.kiosk);
    const body = () => ({ requestId: rid(), job: jobFor(ticket.number) });
    expect((await api(t.url, path(ticket.id, 'reprint'), { token: t.tokens.guide, body: body() })).status).toBe(200);
    const refused = await api(t.url, path(ticket.id, 'reprint'), { token: t.tokens.guide, body: body() });
    expect(refused.body.code).toBe('REPRINT_LIMIT_REACHED');
  }, 60_000);

  it('moves a waiting ticket to another service keeping its place: it is called between the tickets around it', async () => {
    const before = await issue(t.tokens.kiosk, 'med-card');
    const moved = await issue(t.tokens.kiosk, 'tax-invoice');
    const after = await issue(t.tokens.kiosk, 'med-claim');
    t.clock.advance(5 * 60_000);
    const body = { requestId: 'move-00001', toServiceId: 'med-card' };
    const r = await api(t.url, path(moved.ticket.id, 'move'), { token: t.tokens.guide, body });
    expect(r.status).toBe(200);
    expect(r.body.ticket).toMatchObject({
      number: moved.ticket.number,
      serviceId: 'med-card',
      state: 'waiting',
      queueSeq: moved.ticket.queueSeq,
      queuedAt: moved.ticket.queuedAt,
    });
    expect((await api(t.url, path(moved.ticket.id, 'move'), { token: t.tokens.guide, body })).status).toBe(200);
    const unknown = await api(t.url, path(after.ticket.id, 'move'), {
      token: t.tokens.guide,
      body: { requestId: rid(), toServiceId: 'nowhere' },
    });
    expect(unknown.body.code).toBe('UNKNOWN_SERVICE');
    const badId = await api(t.url, '/api/v1/tickets/A001/move', { token: t.tokens.guide, body });
    expect(badId.status).toBe(400);

    await api(t.url, '/api/v1/windows/1/open', { token: t.tokens.clerk, body: { requestId: rid() } });
    const calledOrder: string[] = [];
    for (let i = 0; i < 3; i++) {
      const c = await api(t.url, '/api/v1/windows/1/call-next', { token: t.tokens.clerk, body: { requestId: rid() } });
      calledOrder.push((c.body.ticket as { id: string }).id);
      await api(t.url, '/api/v1/windows/1/start', { token: t.tokens.clerk, body: { requestId: rid() } });
      await api(t.url, '/api/v1/windows/1/finish', { token: t.tokens.clerk, body: { requestId: rid() } });
    }
    expect(calledOrder).toEqual([before.ticket.id, moved.ticket.id, after.ticket.id]);
    const notWaiting = await api(t.url, path(moved.ticket.id, 'move'), {
      token: t.tokens.guide,
      body: { requestId: rid(), toServiceId: 'tax-invoice' },
    });
    expect(notWaiting.status).toBe(409);
    const audit = await api(t.url, '/api/v1/audit?action=desk.move', { token: t.tokens.admin });
    expect((audit.body as unknown as unknown[]).length).toBe(1);
  });

  it('cancels a waiting ticket at the citizen’s request with the reason in its history, once', async () => {
    const { ticket } = await issue(t.tokens.kiosk);
    const body = { requestId: 'cancel-0001', reason: '材料没带齐，明天再来' };
    const r = await api(t.url, path(ticket.id, 'cancel'), { token: t.tokens.guide, body });
    expect(r.status).toBe(200);
    expect(r.body.ticket).toMatchObject({ state: 'cancelled' });
    expect((await api(t.url, path(ticket.id, 'cancel'), { token: t.tokens.guide, body })).status).toBe(200);
    const again = await api(t.url, path(ticket.id, 'cancel'), {
      token: t.tokens.guide,
      body: { requestId: rid(), reason: 'again' },
    });
    expect(again.body.code).toBe('INVALID_TRANSITION');
    const day = await api(t.url, '/api/v1/tickets', { token: t.tokens.admin });
    const { tickets } = day.body as unknown as {
      tickets: { id: string; history: { action: string; note?: string }[] }[];
    };
    const stored = tickets.find((x) => x.id === ticket.id);
    expect(stored?.history.at(-1)).toMatchObject({ action: 'cancelled', note: body.reason });
    const reprint = await api(t.url, path(ticket.id, 'reprint'), {
      token: t.tokens.guide,
      body: { requestId: rid(), job: jobFor(ticket.number) },
    });
    expect(reprint.body.code).toBe('INVALID_TRANSITION');
  });

  it('sends a citizen whose matter was not done to the could-not-get-it-done window, which calls the same number', async () => {
    const { ticket } = await issue(t.tokens.kiosk, 'med-card');
    for (const action of ['open', 'call-next', 'start', 'finish']) {
      await api(t.url, `/api/v1/windows/1/${action}`, { token: t.tokens.clerk, body: { requestId: rid() } });
    }
    const r = await api(t.url, path(ticket.id, 'refer-complaints'), {
      token: t.tokens.guide,
      body: { requestId: rid(), note: '缺少证明材料，窗口无法受理' },
    });
    expect(r.status).toBe(200);
    expect(r.body.ticket).toMatchObject({ number: ticket.number, state: 'transferred', targetWindow: 5 });
    await api(t.url, '/api/v1/windows/5/open', { token: t.tokens.clerk2, body: { requestId: rid() } });
    const called = await api(t.url, '/api/v1/windows/5/call-next', {
      token: t.tokens.clerk2,
      body: { requestId: rid() },
    });
    expect(called.body.ticket).toMatchObject({ id: ticket.id, number: ticket.number });
    const audit = await api(t.url, '/api/v1/audit?action=desk.refer-complaints', { token: t.tokens.admin });
    expect((audit.body as unknown as { detail: string }[])[0]?.detail).toContain('→ window 5');
  });

  it('reports a network desk printer that does not answer as offline, and keeps the ticket', async () => {
    await t.stop();
    t.cleanup();
    // A port nothing listens on: the TCP transport's connection is refused.
    const free = createServer();
    await new Promise<void>((resolve) => free.listen(0, '127.0.0.1', resolve));
    const port = (free.address() as AddressInfo).port;
    await new Promise<void>((resolve) => free.close(() => resolve()));
    t = await startTestHub({ guidePrinter: { kind: 'tcp', host: '127.0.0.1', port } });
    const { ticket } = await issue(t.tokens.guide);
    const printed = await api(t.url, '/api/v1/desk/print', {
      token: t.tokens.guide,
      body: { ticketId: ticket.id, job: jobFor(ticket.number) },
    });
    expect(printed.status).toBe(200);
    expect(printed.body).toMatchObject({ ok: false, status: { condition: 'offline' } });
    expect(printed.body.message).toMatch(/未连接.*offline/);
    expect((await api(t.url, '/api/v1/desk/printer', { token: t.tokens.guide })).body).toMatchObject({
      kind: 'tcp',
      status: { condition: 'offline' },
      lastPreviewUrl: null,
    });
    const simulate = await api(t.url, '/api/v1/desk/printer/simulate', {
      method: 'PUT',
      token: t.tokens.admin,
      body: { condition: 'ready', paperNearEnd: false },
    });
    expect(simulate.status).toBe(409);
    const found = await api(t.url, `/api/v1/tickets/lookup?number=${ticket.number}`, { token: t.tokens.guide });
    expect(found.body).toMatchObject({ state: 'waiting' });
  }, 60_000);

  it('prints on a network desk printer over TCP 9100: the ESC/POS bytes of the slip and of its reprint', async () => {
    await t.stop();
    t.cleanup();
    // A ticket printer on raw TCP: takes the bytes and answers each DLE EOT n status query with "all well".
    const READY = new Map([
      [1, 0x16],
      [2, 0x12],
      [3, 0x12],
      [4, 0x12],
    ]);
    const received: Buffer[] = [];
    const sockets = new Set<Socket>();
    const printer = createServer((socket) => {
      sockets.add(socket);
      socket.on('error', () => undefined);
      socket.on('data', (chunk: Buffer) => {
        received.push(chunk);
        for (let at = chunk.indexOf(Buffer.from([0x10, 0x04])); at >= 0 && at + 2 < chunk.length;) {
          const reply = READY.get(chunk[at + 2] ?? 0);
          if (reply !== undefined) socket.write(Buffer.from([reply]));
          at = chunk.indexOf(Buffer.from([0x10, 0x04]), at + 3);
        }
      });
    });
    await new Promise<void>((resolve) => printer.listen(0, '127.0.0.1', resolve));
    try {
      const port = (printer.address() as AddressInfo).port;
      t = await startTestHub({ guidePrinter: { kind: 'tcp', host: '127.0.0.1', port } });
      const { ticket } = await issue(t.tokens.guide);
      const printed = await api(t.url, '/api/v1/desk/print', {
        token: t.tokens.guide,
        body: { ticketId: ticket.id, job: jobFor(ticket.number) },
      });
      expect(printed.body).toMatchObject({ ok: true, status: { condition: 'ready' } });
      expect(printed.body).not.toHaveProperty('previewUrl');
      const reprinted = await api(t.url, path(ticket.id, 'reprint'), {
        token: t.tokens.guide,
        body: { requestId: rid(), job: jobFor(ticket.number) },
      });
      expect(reprinted.body).toMatchObject({ reprint: 1, print: { ok: true } });
      const paper = new TextDecoder('gb18030').decode(Buffer.concat(received));
      expect(paper.split(ticket.number).length - 1).toBe(2);
      expect(paper).toContain('补打 REPRINT 1/3');
      expect((await api(t.url, '/api/v1/desk/printer', { token: t.tokens.guide })).body).toMatchObject({
        kind: 'tcp',
        lastNumber: ticket.number,
        lastPreviewUrl: null,
      });
    } finally {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => printer.close(() => resolve()));
    }
  }, 60_000);
});
