import type { Complaint, FollowUp } from '@hall/protocol';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { api, issue, rid, startTestHub, windowAction, type TestHub } from './test-support/test-hub.ts';

type Rated = { ticket: { id: string; rating: { level: string; source: string; clerkId: string } } };

describe('ratings (好差评)', () => {
  let t: TestHub;
  beforeEach(async () => {
    t = await startTestHub();
  });
  afterEach(async () => {
    await t.stop();
    t.cleanup();
  });

  async function serveOne(window = 1, service = 'med-card') {
    const { ticket } = await issue(t, service);
    await windowAction(t, t.tokens.clerk, window, 'open');
    await windowAction(t, t.tokens.clerk, window, 'call-next');
    await windowAction(t, t.tokens.clerk, window, 'start');
    const done = await windowAction(t, t.tokens.clerk, window, 'finish');
    expect(done.body).toMatchObject({ window: { ratingTicketId: ticket.id } });
    return ticket;
  }

  it("takes the rating from the window's clerk terminal (a USB pad), once per ticket", async () => {
    const ticket = await serveOne();
    const rated = await windowAction(t, t.tokens.clerk, 1, 'rate', { level: 'very-satisfied', source: 'pad' });
    expect(rated.status).toBe(200);
    const clerk = t.store.staff.findByUsername('clerk1');
    expect((rated.body as unknown as Rated).ticket.rating).toMatchObject({
      level: 'very-satisfied',
      source: 'pad',
      clerkId: clerk?.id,
    });
    expect(t.store.tickets.get(ticket.id)?.rating?.level).toBe('very-satisfied');
    const again = await windowAction(t, t.tokens.clerk, 1, 'rate', { level: 'unsatisfied', source: 'pad' });
    expect(again.body.code).toBe('NO_RATING_PENDING');
    // Another clerk cannot rate a window that is not theirs.
    await serveOne(3, 'tax-invoice');
    expect((await windowAction(t, t.tokens.clerk2, 3, 'rate', { level: 'satisfied', source: 'pad' })).body.code).toBe(
      'WINDOW_HELD_BY_OTHER_CLERK',
    );
  });

  it('takes the rating from a tablet bound to the window, and only for that window', async () => {
    const tablet = await api(t.url, '/api/v1/devices', {
      token: t.tokens.admin,
      body: { role: 'rater', name: '1号评价器', window: 1 },
    });
    expect(tablet.status).toBe(201);
    const token = tablet.body.token as string;
    expect((await api(t.url, '/api/v1/rater/status', { token })).body).toMatchObject({ window: 1, pending: null });
    const ticket = await serveOne();
    expect((await api(t.url, '/api/v1/rater/status', { token })).body).toMatchObject({
      pending: { ticketNumber: ticket.number },
    });
    const other = await api(t.url, '/api/v1/windows/3/rate', {
      token,
      body: { requestId: rid(), level: 'satisfied', source: 'tablet' },
    });
    expect(other.status).toBe(403);
    const ok = await api(t.url, '/api/v1/windows/1/rate', {
      token,
      body: { requestId: rid(), level: 'satisfied', source: 'tablet' },
    });
    expect(ok.status).toBe(200);
    // The tablet faces the citizen: it hears back the rating, not the ticket's history or holder.
    expect(ok.body).toEqual({
      ticket: { id: ticket.id, number: ticket.number, rating: expect.objectContaining({ level: 'satisfied' }) },
    });
    const nowhere = await api(t.url, '/api/v1/devices', {
      token: t.tokens.admin,
      body: { role: 'rater', name: 'x', window: 77 },
    });
    expect(nowhere.body.code).toBe('UNKNOWN_WINDOW');
    // A rating tablet can do nothing else: no calls, no tickets, no hall data.
    expect((await windowAction(t, token, 1, 'call-next')).status).toBe(403);
    expect((await api(t.url, '/api/v1/tickets', { token })).status).toBe(403);
    expect((await api(t.url, '/api/v1/snapshot', { token })).status).toBe(403);
    const missing = await api(t.url, '/api/v1/devices', { token: t.tokens.admin, body: { role: 'rater', name: 'x' } });
    expect(missing.body.code).toBe('VALIDATION_FAILED');
  });

  it('stores a rating nobody gave in time as not rated', async () => {
    const ticket = await serveOne();
    t.clock.advance(61_000);
    t.hub.hall.expireRatings();
    expect(t.store.tickets.get(ticket.id)?.rating).toMatchObject({ level: 'not-rated', source: 'timeout' });
    expect(t.hub.hall.state.windows.get(1)?.ratingTicketId).toBeNull();
  });

  it('opens a follow-up for a supervisor on an unsatisfied rating', async () => {
    const ticket = await serveOne();
    await windowAction(t, t.tokens.clerk, 1, 'rate', { level: 'very-unsatisfied', source: 'pad' });
    expect((await api(t.url, '/api/v1/follow-ups', { token: t.tokens.clerk })).status).toBe(403);
    const list = await api(t.url, '/api/v1/follow-ups', { token: t.tokens.admin });
    const [followUp] = list.body as unknown as FollowUp[];
    expect(followUp).toMatchObject({ ticketId: ticket.id, level: 'very-unsatisfied', state: 'open', window: 1 });
    const closed = await api(t.url, `/api/v1/follow-ups/${followUp?.id ?? ''}/close`, {
      token: t.tokens.admin,
      body: { note: '已电话回访，群众表示理解' },
    });
    expect(closed.body).toMatchObject({ state: 'closed', notes: [{ text: '已电话回访，群众表示理解' }] });
  });

  it('serves the rating tablet page for configured windows only', async () => {
    // The page is the citizen app's build (its texts, 非常满意 and all, are in its bundle: e2e/rating-tablet.test.ts);
    // this test hub has no build, so the page says plainly that the rating tablet is not built.
    const page = await fetch(`${t.url}/rate/1`);
    expect(page.status).toBe(200);
    expect(page.headers.get('cache-control')).toBe('no-store');
    expect(await page.text()).toContain('服务评价');
    expect((await fetch(`${t.url}/rate/99`)).status).toBe(404);
    expect((await fetch(`${t.url}/rate/1/config.json`)).status).toBe(404);
  });
});

describe('could-not-get-it-done desk (办不成事)', () => {
  let t: TestHub;
  beforeEach(async () => {
    t = await startTestHub();
  });
  afterEach(async () => {
    await t.stop();
    t.cleanup();
  });

  it('records a matter at the desk with masked contact, and follows it to resolved', async () => {
    const body = {
      window: 5,
      matter: '异地医保转移接续办不成，两边系统互相推',
      departments: ['医保', '社保'],
      contactName: '王小明',
      contactPhone: '13912345678',
    };
    expect((await api(t.url, '/api/v1/complaints', { token: t.tokens.clerk, body })).status).toBe(403);
    await windowAction(t, t.tokens.clerk, 5, 'open');
    const created = await api(t.url, '/api/v1/complaints', { token: t.tokens.clerk, body });
    expect(created.status).toBe(201);
    const matter = created.body as unknown as Complaint;
    expect(matter).toMatchObject({ state: 'open', contactName: '王*明', contactPhone: '139****5678' });
    expect(JSON.stringify(t.store.db.prepare('SELECT * FROM complaints').all())).not.toContain('13912345678');

    const step = (state: string, note: string) =>
      api(t.url, `/api/v1/complaints/${matter.id}/progress`, { token: t.tokens.clerk, body: { state, note } });
    expect((await step('open', '还是开着')).body.code).toBe('INVALID_TRANSITION');
    expect((await step('coordinating', '已联系医保局、社保局会商')).body).toMatchObject({ state: 'coordinating' });
    expect((await step('coordinating', '医保局已回复')).body).toMatchObject({ state: 'coordinating' });
    expect((await step('open', '退回')).body.code).toBe('INVALID_TRANSITION');
    expect((await step('resolved', '已办结')).body).toMatchObject({ state: 'resolved', notes: [{}, {}, {}] });
    expect((await step('open', '再开')).body.code).toBe('INVALID_TRANSITION');

    const desk = await api(t.url, '/api/v1/complaints?window=5', { token: t.tokens.clerk });
    expect((desk.body as unknown as Complaint[]).map((c) => c.id)).toEqual([matter.id]);
    expect((await api(t.url, '/api/v1/complaints', { token: t.tokens.clerk })).status).toBe(403);
    expect((await api(t.url, '/api/v1/complaints', { token: t.tokens.admin })).body).toHaveLength(1);
  });

  it('refuses matters at windows that are not the desk, and unknown matters', async () => {
    await windowAction(t, t.tokens.clerk, 1, 'open');
    const r = await api(t.url, '/api/v1/complaints', { token: t.tokens.clerk, body: { window: 1, matter: '办不成' } });
    expect(r.body.code).toBe('VALIDATION_FAILED');
    const unknown = await api(t.url, '/api/v1/complaints/matter-nope/progress', {
      token: t.tokens.admin,
      body: { state: 'resolved', note: 'x' },
    });
    expect(unknown.body.code).toBe('UNKNOWN_COMPLAINT');
  });
});
