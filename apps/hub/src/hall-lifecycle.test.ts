import { hallConfigSchema } from '@hall/protocol';
import { indexHall } from '@hall/queue-core';
import { HallStore } from '@hall/store';
import pino from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import { actorOf, type Principal } from './auth/principal.ts';
import { HallService } from './hall/hall-service.ts';
import { HALL_MORNING, ManualClock } from './test-support/manual-clock.ts';
import { api, issue, rid, startTestHub, TEST_HALL, windowAction, type TestHub } from './test-support/test-hub.ts';

const HOUR = 3600_000;

describe('hall lifecycle', () => {
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

  it('rebuilds called and serving tickets, open windows and numbering after a restart', async () => {
    const first = await start();
    await issue(first, 'med-card');
    await issue(first, 'med-card');
    await windowAction(first, first.tokens.clerk, 1, 'open');
    await windowAction(first, first.tokens.clerk, 1, 'call-next');
    await windowAction(first, first.tokens.clerk, 1, 'start');
    await first.stop();

    const second = await start({ dbPath: first.dbPath, clock: first.clock });
    const windows = await api(second.url, '/api/v1/windows', { token: second.tokens.admin });
    expect((windows.body as unknown as { number: number; state: string; currentTicketId: string }[])[0]).toMatchObject({
      number: 1,
      state: 'open',
      currentTicketId: '2026-11-24/A001',
    });
    expect(second.hub.hall.state.tickets.get('2026-11-24/A001')?.state).toBe('serving');
    expect((await issue(second, 'med-card')).ticket.number).toBe('A003');
    // The clerk carries on where they were, with a new session after the restart.
    const done = await windowAction(second, second.tokens.clerk, 1, 'finish');
    expect(done.body).toMatchObject({ ticket: { number: 'A001', state: 'done' } });
    expect((await windowAction(second, second.tokens.clerk, 1, 'call-next')).body).toMatchObject({
      ticket: { number: 'A002' },
    });
  });

  it('resets numbers at local midnight and cancels the waiting tickets of the closed day', async () => {
    const clock = new ManualClock(HALL_MORNING);
    const h = await start({ clock });
    await issue(h, 'med-card');
    await issue(h, 'med-card');
    await windowAction(h, h.tokens.clerk, 1, 'open');
    await windowAction(h, h.tokens.clerk, 1, 'call-next');
    // 09:00 + 15 h = 00:00 the next day in Asia/Shanghai.
    clock.advance(15 * HOUR);
    const next = await issue(h, 'med-card');
    expect(next.ticket.id).toBe('2026-11-25/A001');
    // Sessions last a shift (14 h): the admin logs in again the next day.
    expect((await api(h.url, '/api/v1/tickets', { token: h.tokens.admin })).status).toBe(401);
    const login = await h.hub.accounts.login('admin', 'admin-password-1');
    const admin = login.ok ? login.value.token : '';
    const yesterday = await api(h.url, '/api/v1/tickets?day=2026-11-24', { token: admin });
    const states = (yesterday.body.tickets as { number: string; state: string }[]).map((t) => [t.number, t.state]);
    // A001 is still held at window 1 (an evening service is not cut off); A002 was waiting: cancelled.
    expect(states).toEqual([
      ['A001', 'called'],
      ['A002', 'cancelled'],
    ]);
  });

  it('closes a day that ended while the hub was down as soon as it starts', async () => {
    const clock = new ManualClock(HALL_MORNING);
    const first = await start({ clock });
    await issue(first, 'med-card');
    await first.stop();
    clock.advance(24 * HOUR);
    const next = await start({ dbPath: first.dbPath, clock });
    expect((await api(next.url, '/healthz')).body).toMatchObject({ businessDay: '2026-11-25' });
    expect(next.store.tickets.get('2026-11-24/A001')?.state).toBe('cancelled');
  });

  it('does not reopen a closed day or repeat a number when the clock steps back', async () => {
    const clock = new ManualClock(HALL_MORNING + 15 * HOUR + 60_000); // 00:01 on the 25th
    const h = await start({ clock });
    expect((await issue(h, 'tax-invoice')).ticket.id).toBe('2026-11-25/B001');
    clock.advance(-2 * 60_000); // NTP steps back to 23:59 on the 24th
    expect((await issue(h, 'tax-invoice')).ticket.id).toBe('2026-11-25/B002');
    await h.stop();
    // Also across a restart while the clock is still behind.
    const again = await start({ dbPath: h.dbPath, clock });
    expect(again.hub.hall.state.businessDay).toBe('2026-11-25');
    expect((await issue(again, 'tax-invoice')).ticket.id).toBe('2026-11-25/B003');
  });

  it('keeps a hub whose memory went stale from calling a ticket another process called', async () => {
    const h = await start();
    const { ticket } = await issue(h, 'med-card');
    await windowAction(h, h.tokens.clerk, 1, 'open');
    await windowAction(h, h.tokens.clerk2, 3, 'open');
    // A second service on the same file, as if a second hub had been started by mistake.
    const otherStore = new HallStore(h.dbPath);
    const other = new HallService(
      indexHall(hallConfigSchema.parse(TEST_HALL)),
      otherStore,
      h.clock,
      pino({ level: 'silent' }),
    );
    const clerk2 = h.store.staff.findByUsername('clerk2');
    if (!clerk2) throw new Error('clerk2 missing');
    const principal: Principal = { kind: 'staff', id: clerk2.id, role: 'clerk', staff: clerk2, tokenHash: 'x' };
    expect(actorOf(principal).id).toBe(clerk2.id);
    const firstCall = await windowAction(h, h.tokens.clerk, 1, 'call-next');
    expect(firstCall.body).toMatchObject({ ticket: { id: ticket.id } });
    const stale = other.windowCommand(principal, { action: 'call-next', window: 3, requestId: rid() });
    expect(stale.result).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    // After the refusal it reloaded from the database and sees the truth.
    expect(other.state.tickets.get(ticket.id)?.window).toBe(1);
    otherStore.close();
  });
});
