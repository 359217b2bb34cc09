import type { IssuedTicket, RaterStatus, Ticket } from '@hall/protocol';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchChromium } from './harness/browser.ts';
import { adminLogin, api, clerkLogin, DEMO_CREDENTIALS } from './harness/clients.ts';
import { startHub, type HubProcess } from './harness/hub-process.ts';

let hub: HubProcess;
let browser: Browser;

beforeAll(async () => {
  [hub, browser] = await Promise.all([startHub(), launchChromium()]);
});

afterAll(async () => {
  await browser?.close();
  await hub?.stop();
});

const TABLET = { viewport: { width: 1280, height: 800 } };
let seq = 0;
const rid = (what: string) => `e2e-tablet-${what}-${++seq}-${Date.now().toString(36)}`;

async function windowAction(token: string, n: number, action: string): Promise<void> {
  const r = await api(hub.url, `/api/v1/windows/${n}/${action}`, { token, body: { requestId: rid(action) } });
  expect(r.status, JSON.stringify(r.body)).toBe(200);
}

const heading = (page: Page) => page.locator('#main h1').textContent();

/** The browser's storages, seen from this Node-typed test (only types: the functions run in the page). */
interface PageStorages {
  localStorage: { getItem(key: string): string | null; setItem(key: string, value: string): void };
  sessionStorage: { getItem(key: string): string | null; setItem(key: string, value: string): void };
}
const storedToken = (page: Page, window: number) =>
  page.evaluate((key) => (globalThis as unknown as PageStorages).localStorage.getItem(key), `hall.rater.${window}`);

describe('the rating tablet page /rate/<n>', () => {
  test('takes the demo token, asks after a finished service, thanks for 4 s, and the rating reaches the hub', async () => {
    const issued = await api<IssuedTicket>(hub.url, '/api/v1/tickets', {
      token: DEMO_CREDENTIALS.kioskToken,
      body: { requestId: rid('issue'), serviceId: 'resident-medical-insurance' },
    });
    const clerk = (await clerkLogin(hub.url, 'clerk01')).token;
    await windowAction(clerk, 1, 'open');
    await windowAction(clerk, 1, 'call-next');
    await windowAction(clerk, 1, 'start');

    const context = await browser.newContext(TABLET);
    try {
      const page = await context.newPage();
      expect((await page.goto(`${hub.url}/rate/1`))?.headers()['cache-control']).toBe('no-store');
      await expect.poll(() => heading(page), { timeout: 10_000 }).toBe('感谢您的光临');
      expect(await page.locator('#main p').textContent()).toContain('Thank you for your visit · 工作人员 ');
      // The demo token is kept where the tablet always kept it.
      expect(await storedToken(page, 1)).toBe(DEMO_CREDENTIALS.raterToken(1));
      expect(await page.locator('header').textContent()).toBe('服务评价 Service rating1号窗口 · Window 1');

      await windowAction(clerk, 1, 'finish');
      await expect.poll(() => heading(page), { timeout: 10_000 }).toBe('请为本次服务评价');
      expect(await page.locator('#main p').textContent()).toBe(
        `Please rate this service · ${issued.body.ticket.number}`,
      );
      const buttons = page.locator('#main .levels button');
      expect(await buttons.evaluateAll((all) => all.map((b) => b.getAttribute('aria-label')))).toEqual([
        '非常满意 Very satisfied',
        '满意 Satisfied',
        '基本满意 Basically satisfied',
        '不满意 Unsatisfied',
        '非常不满意 Very unsatisfied',
      ]);
      expect(await buttons.first().textContent()).toContain('非常满意');

      await page.locator('#main button[data-level="satisfied"]').click();
      await expect.poll(() => heading(page)).toBe('谢谢您的评价！');
      const thankedAt = Date.now();
      // The thank-you stays about 4 s, then the tablet welcomes the next visitor.
      await expect.poll(() => heading(page), { timeout: 10_000, interval: 200 }).toBe('感谢您的光临');
      expect(Date.now() - thankedAt).toBeGreaterThanOrEqual(3_000);

      const admin = await adminLogin(hub.url);
      const tickets = await api<{ tickets: Ticket[] }>(hub.url, '/api/v1/tickets', { token: admin.token });
      const rated = tickets.body.tickets.find((t) => t.id === issued.body.ticket.id);
      expect(rated?.rating).toMatchObject({ level: 'satisfied', source: 'tablet', window: 1 });
    } finally {
      await context.close();
    }
  });

  test('forgets a refused token and asks staff; a token typed in is kept and used', async () => {
    const context = await browser.newContext(TABLET);
    try {
      const page = await context.newPage();
      // A token this hall does not know, put there before the page's first load only.
      await page.addInitScript(() => {
        const { localStorage, sessionStorage } = globalThis as unknown as PageStorages;
        if (sessionStorage.getItem('seeded') === null) {
          localStorage.setItem('hall.rater.2', 'not-a-token-of-this-hall');
          sessionStorage.setItem('seeded', '1');
        }
      });
      await page.goto(`${hub.url}/rate/2`);
      await page.locator('#main .setup').waitFor({ timeout: 10_000 });
      expect(await page.locator('#main .setup p').first().textContent()).toBe('令牌无效 · The token was refused');
      expect(await storedToken(page, 2)).toBeNull();

      await page.locator('#token').fill(`  ${DEMO_CREDENTIALS.raterToken(2)}  `);
      await page.locator('#save').click();
      await expect.poll(() => heading(page), { timeout: 10_000 }).toBe('感谢您的光临');
      expect(await storedToken(page, 2)).toBe(DEMO_CREDENTIALS.raterToken(2));
      const status = await api<RaterStatus>(hub.url, '/api/v1/rater/status', { token: DEMO_CREDENTIALS.raterToken(2) });
      expect(status.body.window).toBe(2);
    } finally {
      await context.close();
    }
  });

  test('a window that is not in the hall gets no page', async () => {
    const res = await fetch(`${hub.url}/rate/99`);
    expect(res.status).toBe(404);
    expect(await res.json()).toMatchObject({ code: 'UNKNOWN_WINDOW' });
  });
});
