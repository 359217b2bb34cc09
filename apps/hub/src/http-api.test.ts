import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { api, issue, rid, startTestHub, windowAction, type TestHub } from './test-support/test-hub.ts';

describe('HTTP API', () => {
  let t: TestHub;
  beforeEach(async () => {
    t = await startTestHub();
  });
  afterEach(async () => {
    await t.stop();
    t.cleanup();
  });

  it('answers /healthz once ready', async () => {
    const r = await api(t.url, '/healthz');
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ status: 'ok', businessDay: '2026-11-24', pid: process.pid });
  });

  it('logs staff in and refuses wrong passwords with the same message for unknown users', async () => {
    const ok = await api(t.url, '/api/v1/auth/login', { body: { username: 'clerk1', password: 'clerk-password-1' } });
    expect(ok.status).toBe(200);
    expect(typeof ok.body.token).toBe('string');
    const wrong = await api(t.url, '/api/v1/auth/login', { body: { username: 'clerk1', password: 'nope-nope-nope' } });
    const unknown = await api(t.url, '/api/v1/auth/login', { body: { username: 'ghost', password: 'nope-nope-nope' } });
    expect(wrong).toEqual({
      status: 401,
      body: { code: 'INVALID_CREDENTIALS', message: 'wrong username or password' },
    });
    expect(unknown).toEqual(wrong);
  });

  it('refuses calls without a token, with an unknown token, and outside the role', async () => {
    expect((await api(t.url, '/api/v1/tickets')).status).toBe(401);
    expect((await api(t.url, '/api/v1/hall', { token: 'made-up' })).body.code).toBe('UNAUTHENTICATED');
    // A kiosk cannot list tickets; a display cannot call one; a clerk cannot create devices.
    expect((await api(t.url, '/api/v1/tickets', { token: t.tokens.kiosk })).status).toBe(403);
    const displayCall = await windowAction(t, t.tokens.display, 1, 'call-next');
    expect(displayCall).toMatchObject({ status: 403, body: { code: 'FORBIDDEN' } });
    const clerkDevice = await api(t.url, '/api/v1/devices', {
      token: t.tokens.clerk,
      body: { role: 'kiosk', name: 'x' },
    });
    expect(clerkDevice.status).toBe(403);
    // A clerk cannot issue tickets either: only kiosks take numbers.
    const clerkIssue = await api(t.url, '/api/v1/tickets', {
      token: t.tokens.clerk,
      body: { requestId: rid(), serviceId: 'med-card' },
    });
    expect(clerkIssue.status).toBe(403);
  });

  it('validates every body and says what is wrong, changing nothing', async () => {
    const bad = await api(t.url, '/api/v1/tickets', {
      token: t.tokens.kiosk,
      body: { requestId: 'x', serviceId: 42, extra: 1 },
    });
    expect(bad.status).toBe(400);
    expect(bad.body.code).toBe('VALIDATION_FAILED');
    const paths = (bad.body.issues as { path: string }[]).map((i) => i.path);
    expect(paths).toEqual(expect.arrayContaining(['requestId', 'serviceId']));
    const notJson = await api(t.url, '/api/v1/tickets', { token: t.tokens.kiosk, body: '{"requestId": ' });
    expect(notJson).toMatchObject({ status: 400, body: { code: 'BAD_REQUEST' } });
    const unknownService = await api(t.url, '/api/v1/tickets', {
      token: t.tokens.kiosk,
      body: { requestId: rid(), serviceId: 'nope' },
    });
    expect(unknownService).toMatchObject({ status: 404, body: { code: 'UNKNOWN_SERVICE' } });
    const tickets = await api(t.url, '/api/v1/tickets', { token: t.tokens.admin });
    expect(tickets.body.tickets).toEqual([]);
    expect((await api(t.url, '/api/v1/nothing', { token: t.tokens.admin })).status).toBe(404);
    expect((await windowAction(t, t.tokens.clerk, 1, 'dance')).body.code).toBe('NOT_FOUND');
    expect((await windowAction(t, t.tokens.clerk, 99, 'open')).body.code).toBe('UNKNOWN_WINDOW');
  });

  it('issues numbered tickets with an estimated wait and applies a retried request once', async () => {
    const body = { requestId: rid(), serviceId: 'med-card', lane: 'normal' };
    const first = await api(t.url, '/api/v1/tickets', { token: t.tokens.kiosk, body });
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({
      ticket: { number: 'A001', state: 'waiting' },
      peopleAhead: 0,
      estimatedWaitMinutes: 0,
    });
    const retry = await api(t.url, '/api/v1/tickets', { token: t.tokens.kiosk, body });
    expect(retry.status).toBe(200);
    expect(retry.body).toEqual(first.body);
    const reused = await api(t.url, '/api/v1/tickets', {
      token: t.tokens.kiosk,
      body: { ...body, serviceId: 'tax-invoice' },
    });
    expect(reused).toMatchObject({ status: 409, body: { code: 'REQUEST_ID_REUSED' } });
    // Services sharing a prefix share its sequence; the wait counts the people ahead.
    const second = await issue(t, 'med-claim');
    expect(second.ticket.number).toBe('A002');
    expect((await issue(t, 'med-card')).peopleAhead).toBe(1);
    expect((await issue(t, 'tax-invoice')).ticket.number).toBe('B001');
  });

  it('runs a ticket through a window: open, call, recall, start, finish', async () => {
    const { ticket } = await issue(t, 'med-card');
    expect((await windowAction(t, t.tokens.clerk, 1, 'call-next')).body.code).toBe('WINDOW_CLOSED');
    expect((await windowAction(t, t.tokens.clerk, 1, 'open')).status).toBe(200);
    expect((await windowAction(t, t.tokens.clerk2, 1, 'call-next')).body.code).toBe('WINDOW_HELD_BY_OTHER_CLERK');
    const called = await windowAction(t, t.tokens.clerk, 1, 'call-next');
    expect(called.body).toMatchObject({
      window: { currentTicketId: ticket.id },
      ticket: { state: 'called', window: 1 },
    });
    expect((await windowAction(t, t.tokens.clerk, 1, 'recall')).body.code).toBe('RECALL_COOLDOWN');
    t.clock.advance(10_000);
    expect((await windowAction(t, t.tokens.clerk, 1, 'recall')).body).toMatchObject({ ticket: { recalls: 1 } });
    expect((await windowAction(t, t.tokens.clerk, 1, 'finish')).body.code).toBe('INVALID_TRANSITION');
    expect((await windowAction(t, t.tokens.clerk, 1, 'start')).body).toMatchObject({ ticket: { state: 'serving' } });
    t.clock.advance(7 * 60_000);
    const done = await windowAction(t, t.tokens.clerk, 1, 'finish');
    expect(done.body).toMatchObject({ ticket: { state: 'done' }, window: { currentTicketId: null } });
    expect((await windowAction(t, t.tokens.clerk, 1, 'pause', { reason: '午休' })).body).toMatchObject({
      window: { state: 'paused', pauseReason: '午休' },
    });
    expect((await windowAction(t, t.tokens.clerk, 1, 'pause', {})).body.code).toBe('VALIDATION_FAILED');
    expect((await windowAction(t, t.tokens.clerk, 1, 'resume')).body).toMatchObject({ window: { state: 'open' } });
    expect((await windowAction(t, t.tokens.clerk, 1, 'close')).body).toMatchObject({
      window: { state: 'closed', clerkId: null },
    });
  });

  it('transfers a ticket to another window without a new number, keeping its history', async () => {
    const { ticket } = await issue(t, 'med-card');
    await windowAction(t, t.tokens.clerk, 1, 'open');
    await windowAction(t, t.tokens.clerk2, 3, 'open');
    await windowAction(t, t.tokens.clerk, 1, 'call-next');
    await windowAction(t, t.tokens.clerk, 1, 'start');
    const moved = await windowAction(t, t.tokens.clerk, 1, 'transfer', {
      toServiceId: 'tax-invoice',
      toWindow: 3,
      note: '需开发票',
    });
    expect(moved.body).toMatchObject({
      ticket: { number: ticket.number, state: 'transferred', serviceId: 'tax-invoice', targetWindow: 3 },
    });
    // Window 2 serves tax-invoice too, but the transfer named window 3.
    await windowAction(t, t.tokens.lead, 2, 'open');
    expect((await windowAction(t, t.tokens.lead, 2, 'call-next')).body.code).toBe('NO_TICKET_WAITING');
    const at3 = await windowAction(t, t.tokens.clerk2, 3, 'call-next');
    expect(at3.body).toMatchObject({ ticket: { id: ticket.id, number: ticket.number, window: 3 } });
    const history = (at3.body.ticket as { history: { action: string; note?: string }[] }).history;
    expect(history.map((s) => s.action)).toEqual(['issued', 'called', 'started', 'transferred', 'called']);
    expect(history[3]?.note).toBe('需开发票');
  });

  it('lets only a permitted clerk call a chosen ticket out of order, and audits it', async () => {
    await issue(t, 'med-card');
    const { ticket: second } = await issue(t, 'med-card');
    await windowAction(t, t.tokens.clerk, 1, 'open');
    expect((await windowAction(t, t.tokens.clerk, 1, 'call-ticket', { ticketId: second.id })).body.code).toBe(
      'FORBIDDEN',
    );
    await windowAction(t, t.tokens.lead, 3, 'open');
    const r = await windowAction(t, t.tokens.lead, 3, 'call-ticket', { ticketId: second.id });
    expect(r.body).toMatchObject({ ticket: { id: second.id, state: 'called' } });
    const audit = await api(t.url, '/api/v1/audit', { token: t.tokens.admin });
    expect(JSON.stringify(audit.body)).toContain(`called ${second.number} out of queue order at window 3`);
  });

  it('creates and revokes device tokens; a revoked token stops working', async () => {
    const created = await api(t.url, '/api/v1/devices', {
      token: t.tokens.admin,
      body: { role: 'kiosk', name: '东门取号机' },
    });
    expect(created.status).toBe(201);
    const token = created.body.token as string;
    const id = (created.body.device as { id: string }).id;
    expect((await api(t.url, '/api/v1/queue', { token })).status).toBe(200);
    expect((await api(t.url, `/api/v1/devices/${id}`, { method: 'DELETE', token: t.tokens.admin })).status).toBe(200);
    expect((await api(t.url, '/api/v1/queue', { token })).status).toBe(401);
  });

  it('creates staff; usernames are unique and passwords long enough', async () => {
    const body = { username: 'clerk9', password: 'long-enough-pw', role: 'clerk' };
    expect((await api(t.url, '/api/v1/staff', { token: t.tokens.admin, body })).status).toBe(201);
    expect((await api(t.url, '/api/v1/staff', { token: t.tokens.admin, body })).body.code).toBe('USERNAME_TAKEN');
    const short = await api(t.url, '/api/v1/staff', {
      token: t.tokens.admin,
      body: { ...body, username: 'clerk8', password: 'short' },
    });
    expect(short.body.code).toBe('VALIDATION_FAILED');
  });

  it('stores only masked personal data, and refuses whole numbers from a kiosk', async () => {
    const whole = await api(t.url, '/api/v1/tickets', {
      token: t.tokens.kiosk,
      body: { requestId: rid(), serviceId: 'med-card', holder: { phone: '13812345678' } },
    });
    expect(whole).toMatchObject({ status: 400, body: { code: 'VALIDATION_FAILED' } });
    const masked = await api(t.url, '/api/v1/tickets', {
      token: t.tokens.kiosk,
      body: { requestId: rid(), serviceId: 'med-card', holder: { name: '张三丰', phone: '138****5678' } },
    });
    expect(masked.body).toMatchObject({ ticket: { holder: { name: '张*丰', phone: '138****5678' } } });
    const booking = await api(t.url, '/api/v1/bookings', {
      token: t.tokens.admin,
      body: { serviceId: 'med-card', slotStart: t.clock.now() + 3600_000, name: '李小龙', phone: '13912345678' },
    });
    expect(booking.body).toMatchObject({ name: '李*龙', phone: '139****5678' });
    expect(JSON.stringify(t.store.db.prepare('SELECT * FROM bookings').all())).not.toContain('13912345678');
  });

  it('checks bookings in once, on the booking lane', async () => {
    // The test hall has no opening hours: 30-minute slots around the clock; 09:30 is the next one.
    const slotStart = t.clock.now() + 30 * 60_000;
    const b = await api(t.url, '/api/v1/bookings', {
      token: t.tokens.admin,
      body: { serviceId: 'med-card', slotStart, name: '王五' },
    });
    const code = b.body.code as string;
    const body = { requestId: rid(), serviceId: 'med-card', lane: 'booking', bookingCode: code };
    const checkIn = await api(t.url, '/api/v1/tickets', { token: t.tokens.kiosk, body });
    expect(checkIn.body).toMatchObject({ ticket: { lane: 'booking', booking: { code }, holder: { name: '王*' } } });
    const again = await api(t.url, '/api/v1/tickets', { token: t.tokens.kiosk, body: { ...body, requestId: rid() } });
    expect(again.body.code).toBe('BOOKING_ALREADY_USED');
    const unknown = await api(t.url, '/api/v1/tickets', {
      token: t.tokens.kiosk,
      body: { ...body, requestId: rid(), bookingCode: 'NOPE1234' },
    });
    expect(unknown.body.code).toBe('UNKNOWN_BOOKING');
    // Once its slot has started, the booking goes before an earlier normal ticket.
    await issue(t, 'med-card');
    await windowAction(t, t.tokens.clerk, 1, 'open');
    t.clock.advance(30 * 60_000);
    const called = await windowAction(t, t.tokens.clerk, 1, 'call-next');
    expect(called.body).toMatchObject({ ticket: { lane: 'booking' } });
  });

  it('answers a burst beyond the rate with 429 and applies none of the excess', async () => {
    const replies = await Promise.all(
      Array.from({ length: 40 }, () =>
        api(t.url, '/api/v1/tickets', { token: t.tokens.kiosk, body: { requestId: rid(), serviceId: 'tax-invoice' } }),
      ),
    );
    const issued = replies.filter((r) => r.status === 201).length;
    const limited = replies.filter((r) => r.status === 429).length;
    expect(limited).toBeGreaterThan(0);
    expect(issued + limited).toBe(40);
    const all = await api(t.url, '/api/v1/tickets', { token: t.tokens.admin });
    expect((all.body.tickets as unknown[]).length).toBe(issued);
  });

  it('serves a placeholder page for each UI that is not built yet', async () => {
    for (const ui of ['kiosk', 'counter', 'display', 'book', 'admin']) {
      const res = await fetch(`${t.url}/${ui}`);
      expect(res.status).toBe(200);
      const html = await res.text();
      expect(html).toContain('data-placeholder="true"');
      expect(html).toContain('placeholder');
    }
  });
});
