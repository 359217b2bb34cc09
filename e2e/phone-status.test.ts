import { writeFileSync } from 'node:fs';
import type { IssuedTicket, PublicTicketStatus } from '@hall/protocol';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchChromium, screenshotPath } from './harness/browser.ts';
import { api, clerkLogin, DEMO_CREDENTIALS } from './harness/clients.ts';
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

describe('the phone status page behind the QR code', () => {
  test('shows the wait, then the window when a clerk calls the ticket through the API', async () => {
    const kiosk = DEMO_CREDENTIALS.kioskToken;
    const issue = (requestId: string) =>
      api<IssuedTicket>(hub.url, '/api/v1/tickets', {
        token: kiosk,
        body: { requestId, serviceId: 'resident-medical-insurance' },
      });
    await issue('phone-e2e-first');
    const mine = (await issue('phone-e2e-second')).body;
    expect(mine.statusPath).toMatch(/^\/t\/[A-Z2-9]{10}$/);

    // A phone-sized screen, as a citizen would open it after scanning the ticket.
    const page = await browser.newPage({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2 });
    try {
      await page.goto(hub.url + mine.statusPath);
      await expect.poll(() => page.locator('#number').textContent()).toBe(mine.ticket.number);
      await expect.poll(() => page.locator('#state').textContent()).toBe('排队等候中');
      expect(await page.locator('#details').textContent()).toContain('前面还有1 人');
      // The hub's forecast, as the page tells it: a range of minutes, or "soon".
      const code = mine.statusPath.replace('/t/', '');
      const { wait } = (await api<PublicTicketStatus>(hub.url, `/api/v1/public/tickets/${code}`)).body;
      expect(wait).not.toBeNull();
      expect(await page.locator('#details').textContent()).toContain(
        wait && wait.high > 5 ? `预计等候约 ${wait.low}–${wait.high} 分钟` : '预计等候即将叫号，请留意',
      );
      writeFileSync(screenshotPath('phone-waiting'), await page.screenshot({ fullPage: true }));

      const clerk = await clerkLogin(hub.url, 'clerk01');
      const act = (action: string, requestId: string) =>
        api(hub.url, `/api/v1/windows/1/${action}`, { token: clerk.token, body: { requestId } });
      expect((await act('open', 'phone-e2e-open')).status).toBe(200);
      await act('call-next', 'phone-e2e-call-1');
      await act('start', 'phone-e2e-start-1');
      await act('finish', 'phone-e2e-finish-1');
      await act('call-next', 'phone-e2e-call-2');

      // The page polls: within a few seconds it says where to go, without a reload.
      await expect
        .poll(() => page.locator('#state').textContent(), { timeout: 10_000 })
        .toBe('请到 1号窗口 · 医保 办理');
      expect(await page.locator('#ticket').getAttribute('class')).toContain('called');
      writeFileSync(screenshotPath('phone-called'), await page.screenshot({ fullPage: true }));

      // Another language, and nothing personal anywhere on the page.
      await page.goto(`${hub.url}${mine.statusPath}?lang=en`);
      await expect.poll(() => page.locator('#state').textContent()).toBe('Please go to Window 1 · Medical Insurance');
      const html = await page.content();
      expect(html).not.toMatch(/holder|138\*/);
    } finally {
      await page.close();
    }
  });

  test('says when it was updated on the hall clock, not the phone clock or zone', async () => {
    const mine = await api<IssuedTicket>(hub.url, '/api/v1/tickets', {
      token: DEMO_CREDENTIALS.kioskToken,
      body: { requestId: 'phone-e2e-zone', serviceId: 'resident-medical-insurance' },
    });
    const hallMinute = async () => {
      const s = (await api<PublicTicketStatus>(hub.url, `/api/v1/public/tickets/${mine.body.ticket.statusCode}`)).body;
      const format = new Intl.DateTimeFormat('en-GB', {
        timeZone: s.timeZone,
        hour: '2-digit',
        minute: '2-digit',
        hourCycle: 'h23',
      });
      return format.format(s.serverTime);
    };
    // A visitor's phone still set to another zone (and its own clock): the page shows the hall's time.
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, timezoneId: 'America/New_York' });
    try {
      const page = await context.newPage();
      const before = await hallMinute();
      await page.goto(hub.url + mine.body.statusPath);
      await expect.poll(() => page.locator('#updated').textContent()).toMatch(/^更新于 \d\d:\d\d:\d\d$/);
      const shown = ((await page.locator('#updated').textContent()) ?? '').slice('更新于 '.length, -':ss'.length);
      const after = await hallMinute();
      expect([before, after]).toContain(shown);
    } finally {
      await context.close();
    }
  });

  test('says so plainly for a code that does not exist', async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    try {
      await page.goto(`${hub.url}/t/ABCDEFGHJK`);
      await expect.poll(() => page.locator('#state').textContent()).toContain('未找到此号');
    } finally {
      await page.close();
    }
  });
});
