import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { api, issue, rid, startTestHub, windowAction, type TestHub } from './test-support/test-hub.ts';

describe('phone status page', () => {
  let t: TestHub;
  beforeEach(async () => {
    t = await startTestHub();
  });
  afterEach(async () => {
    await t.stop();
    t.cleanup();
  });

  async function issueWithPath(serviceId: string) {
    const r = await api(t.url, '/api/v1/tickets', {
      token: t.tokens.kiosk,
      body: { requestId: rid(), serviceId, holder: { name: '张三丰', phone: '138****5678' } },
    });
    return r.body as unknown as { ticket: { number: string; statusCode: string }; statusPath: string };
  }

  it('gives each ticket an unguessable status path and shows its progress without a login', async () => {
    await issue(t, 'med-card');
    const mine = await issueWithPath('med-card');
    expect(mine.statusPath).toMatch(/^\/t\/[A-Z2-9]{10}$/);
    const path = `/api/v1/public/tickets/${mine.ticket.statusCode}`;
    const waiting = await api(t.url, path);
    expect(waiting.status).toBe(200);
    expect(waiting.body).toMatchObject({ number: 'A002', state: 'waiting', peopleAhead: 1, window: null });
    // The page shows "updated at" on the hall's clock: the hub says which zone that is.
    expect(waiting.body).toMatchObject({ timeZone: 'Asia/Shanghai' }); // TEST_HALL's (the default)
    expect((waiting.body.serviceNames as { 'zh-Hans': string })['zh-Hans']).toBe('医保卡');
    // Nothing personal, nothing to identify the holder.
    const text = JSON.stringify(waiting.body);
    expect(text).not.toContain('张');
    expect(text).not.toContain('5678');
    expect(text).not.toContain('history');

    await windowAction(t, t.tokens.clerk, 1, 'open');
    await windowAction(t, t.tokens.clerk, 1, 'call-next');
    expect((await api(t.url, path)).body).toMatchObject({ peopleAhead: 0 });
    await windowAction(t, t.tokens.clerk, 1, 'start');
    await windowAction(t, t.tokens.clerk, 1, 'finish');
    await windowAction(t, t.tokens.clerk, 1, 'call-next');
    const called = await api(t.url, path);
    expect(called.body).toMatchObject({ state: 'called', window: 1, peopleAhead: null });
    expect((called.body.windowNames as { 'zh-Hans': string })['zh-Hans']).toBe('1号窗口');
  });

  it('answers an unknown or malformed code with a clear 404', async () => {
    expect((await api(t.url, '/api/v1/public/tickets/ABCDEFGHJK')).body.code).toBe('UNKNOWN_TICKET');
    expect((await api(t.url, '/api/v1/public/tickets/..%2F..')).status).toBe(404);
  });

  it('serves the page for a code, mobile first', async () => {
    const mine = await issueWithPath('tax-invoice');
    const res = await fetch(t.url + mine.statusPath);
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
    const html = await res.text();
    expect(html).toContain('name="viewport"');
    // The page reads its code from its address (apps/citizen); without a build, it says it is not built.
    expect(html).toContain('data-ui="status"');
  });

  it('hands the kiosk page a device token only in demo mode', async () => {
    expect((await fetch(`${t.url}/kiosk/config.json`)).status).toBe(404);
  });
});
