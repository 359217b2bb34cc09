import type { NoticesBody } from '@hall/protocol';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { api, connected, socketFor, startTestHub, type TestHub } from './test-support/test-hub.ts';

const tr = (s: string) => ({ 'zh-Hans': s, 'zh-Hant': s, en: s });

describe('hall notices for the wall displays', () => {
  let t: TestHub;
  beforeEach(async () => {
    t = await startTestHub();
  });
  afterEach(async () => {
    await t.stop();
    t.cleanup();
  });

  it('lets an admin set them, shows them to displays at once, and hides expired ones', async () => {
    const display = socketFor(t.url, t.tokens.display);
    const pushed: NoticesBody[] = [];
    display.on('hall:notices', (b: NoticesBody) => pushed.push(b));
    await connected(display);
    const body = {
      notices: [
        { id: 'maintenance', text: tr('今日16:00起医保系统维护'), until: t.clock.now() + 3600_000 },
        { id: 'old', text: tr('昨天的通知'), until: t.clock.now() - 1 },
      ],
    };
    expect((await api(t.url, '/api/v1/notices', { method: 'PUT', token: t.tokens.clerk, body })).status).toBe(403);
    const set = await api(t.url, '/api/v1/notices', { method: 'PUT', token: t.tokens.admin, body });
    expect((set.body.notices as { id: string }[]).map((n) => n.id)).toEqual(['maintenance']);
    const got = await api(t.url, '/api/v1/notices', { token: t.tokens.display });
    expect(got.body).toEqual(set.body);
    await expect.poll(() => pushed.at(-1)?.notices.map((n) => n.id)).toEqual(['maintenance']);
    display.disconnect();
    const bad = await api(t.url, '/api/v1/notices', {
      method: 'PUT',
      token: t.tokens.admin,
      body: { notices: [{ id: 'x' }] },
    });
    expect(bad.body.code).toBe('VALIDATION_FAILED');
  });

  it('keeps a notice that starts later (the display shows it on time) and refuses one that ends before it starts', async () => {
    const now = t.clock.now();
    const later = { id: 'afternoon', text: tr('14:00起暂停办理'), from: now + 3600_000, until: now + 7200_000 };
    const set = await api(t.url, '/api/v1/notices', {
      method: 'PUT',
      token: t.tokens.admin,
      body: { notices: [later] },
    });
    expect(set.status).toBe(200);
    expect(set.body.notices).toEqual([later]);
    expect((await api(t.url, '/api/v1/notices', { token: t.tokens.display })).body.notices).toEqual([later]);

    for (const from of [later.until, later.until + 1]) {
      const bad = await api(t.url, '/api/v1/notices', {
        method: 'PUT',
        token: t.tokens.admin,
        body: { notices: [{ ...later, from }] },
      });
      expect(bad.status).toBe(400);
      expect(bad.body.code).toBe('VALIDATION_FAILED');
    }
    // The refused lists left the stored one as it was.
    expect((await api(t.url, '/api/v1/notices', { token: t.tokens.admin })).body.notices).toEqual([later]);
  });

  it("lets displays read the day's bookings (masked) but keeps the demo display token to the demo", async () => {
    expect((await api(t.url, '/api/v1/bookings', { token: t.tokens.display })).status).toBe(200);
    expect((await fetch(`${t.url}/display/config.json`)).status).toBe(404);
  });
});
