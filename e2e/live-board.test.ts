import type { ConfigVersionView, HallSnapshot, IssuedTicket, LoginReply } from '@hall/protocol';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  consoleShot,
  focusedAttribute,
  goTo,
  openConsole,
  openSignedIn,
  signInAdmin,
  signInAs,
} from './harness/admin-console.ts';
import { AxeAudit } from './harness/axe.ts';
import { launchChromium } from './harness/browser.ts';
import { adminLogin, api, clerkLogin, DEMO_CREDENTIALS } from './harness/clients.ts';
import { startHub, type HubProcess } from './harness/hub-process.ts';
import { steppedClock, type SteppedClock } from './harness/stepped-clock.ts';

/**
 * The supervisors' live board at /admin in Chromium against a demo hub whose clock the test steps
 * (libfaketime, harness/stepped-clock.ts): a supervisor (`lead01`) signs in and sees only the pages of
 * supervision; a clerk is refused; an admin sets a service's target wait in the service form; a ticket
 * waits past it on the hub's clock and the board raises the alert without a reload, says it to screen
 * readers, takes the acknowledgement, and drops it once the ticket is called.
 */

let hub: HubProcess;
let browser: Browser;
let clock: SteppedClock;
const VIEWPORT = { width: 1440, height: 900 };
const SERVICE = 'resident-medical-insurance';
const ZONE = 'medical-insurance';
const TARGET_MINUTES = 20;

beforeAll(async () => {
  clock = steppedClock();
  [hub, browser] = await Promise.all([startHub({ env: clock.env }), launchChromium()]);
});

afterAll(async () => {
  await browser?.close();
  await hub?.stop();
});

let seq = 0;
const rid = (what: string) => `e2e-live-${what}-${++seq}-${Date.now().toString(36)}`;

async function withContext<T>(run: (context: BrowserContext) => Promise<T>): Promise<T> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  try {
    return await run(context);
  } finally {
    await context.close();
  }
}

function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  return errors;
}

/** The hub's clock now, as its snapshot says it. */
async function hubClock(token: string): Promise<number> {
  const r = await api<HallSnapshot>(hub.url, '/api/v1/snapshot', { token });
  expect(r.status).toBe(200);
  return r.body.serverTime;
}

async function windowAction(token: string, n: number, action: string): Promise<void> {
  const r = await api(hub.url, `/api/v1/windows/${n}/${action}`, { token, body: { requestId: rid(action) } });
  expect(r.status, JSON.stringify(r.body)).toBe(200);
}

/** The menu's pages, by their address. */
async function menuPages(page: Page): Promise<string[]> {
  return page.locator('nav.menu a').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
}

describe('who gets in', () => {
  test('a supervisor sees only the pages of supervision and lands on the live board; a clerk is refused', async () => {
    const audit = new AxeAudit();
    await withContext(async (context) => {
      const page = await openConsole(context, hub.url);
      const errors = watchErrors(page);
      const clerk = DEMO_CREDENTIALS.clerks.find((c) => c.username === 'clerk01');
      if (!clerk) throw new Error('no demo clerk01');
      await signInAs(page, clerk.username, clerk.password);
      await expect.poll(() => page.locator('[data-testid="login-error"]').textContent()).toContain('不是管理员');
      await audit.check(page, '/admin a clerk refused');

      const lead = DEMO_CREDENTIALS.clerks.find((c) => c.username === 'lead01');
      if (!lead) throw new Error('no demo lead01');
      await signInAs(page, lead.username, lead.password);
      await page.locator('main[data-page="live"] [data-testid="live-board"]').waitFor({ timeout: 15_000 });
      const pages = await menuPages(page);
      expect(pages).toContain('#live');
      // Part D's reports page joins it when merged; nothing of the configuration shows.
      expect(pages.every((p) => p === '#live' || p === '#reports')).toBe(true);
      expect(await page.locator('.topbar__user').textContent()).toContain('值班主管');
      await expect.poll(() => page.locator('[data-testid="live-zones"] tr[data-zone]').count()).toBe(21);
      await audit.check(page, '/admin live board (supervisor)');
      await consoleShot(page, 'live-supervisor');

      // An address of an admin's page shows the live board instead.
      await page.goto(`${hub.url}/admin/#staff`);
      await page.locator('main[data-page="live"] [data-testid="live-board"]').waitFor({ timeout: 15_000 });
      expect(errors).toEqual([]);
    });
    await withContext(async (context) => {
      // An admin sees the live board in the menu with every other page, and at /admin/live.
      const page = await openConsole(context, hub.url, 'en');
      const errors = watchErrors(page);
      await signInAdmin(page);
      const pages = await menuPages(page);
      expect(pages).toContain('#live');
      expect(pages).toContain('#staff');
      await page.goto(`${hub.url}/admin/live?lang=en`);
      await page.locator('main[data-page="live"] [data-testid="live-board"]').waitFor({ timeout: 15_000 });
      expect(await page.getAttribute('html', 'lang')).toBe('en');
      expect(await page.locator('.page__title').textContent()).toBe('Live board');
      await audit.check(page, '/admin live board (admin, en)');
      await consoleShot(page, 'live-admin-en');
      expect(errors).toEqual([]);
    });
    audit.assertClean();
  });
});

describe('an alert on the board', () => {
  let admin: LoginReply;
  let lead: LoginReply;

  beforeAll(async () => {
    admin = await adminLogin(hub.url);
    lead = await clerkLogin(hub.url, 'lead01');
  });

  test('an admin sets the target wait in the service form', async () => {
    await withContext(async (context) => {
      const page = await openSignedIn(context, hub.url, admin);
      const errors = watchErrors(page);
      await goTo(page, 'services', 'tr[data-service]');
      await page.locator(`tr[data-service="${SERVICE}"] .actions .btn`).first().click();
      const field = page.locator('#svc-target-wait');
      expect(await field.inputValue()).toBe('30');
      await field.fill('0');
      await page.click('[data-testid="service-save"]');
      await page.locator('#svc-target-wait-error').waitFor();
      await field.fill(String(TARGET_MINUTES));
      await page.click('[data-testid="service-save"]');
      await page.locator('[data-testid="config-saved"]').waitFor({ timeout: 10_000 });
      expect(errors).toEqual([]);
    });
    const stored = await api<ConfigVersionView>(hub.url, '/api/v1/config', { token: admin.token });
    expect(stored.body.config.services.find((s) => s.id === SERVICE)?.targetWaitMinutes).toBe(TARGET_MINUTES);
  });

  test('a ticket waits past its target on the hub clock: raised live, announced, acknowledged, gone once called', async () => {
    const audit = new AxeAudit();
    const clerk = await clerkLogin(hub.url, 'clerk01');
    await withContext(async (context) => {
      const page = await openSignedIn(context, hub.url, lead);
      const errors = watchErrors(page);
      await page.locator('main[data-page="live"] [data-testid="live-board"]').waitFor({ timeout: 15_000 });
      // A reload would lose this mark.
      await page.evaluate(() => Object.assign(globalThis, { liveTestMark: 'still here' }));

      await windowAction(clerk.token, 1, 'open');
      const issued = await api<IssuedTicket>(hub.url, '/api/v1/tickets', {
        token: DEMO_CREDENTIALS.kioskToken,
        body: { requestId: rid('issue'), serviceId: SERVICE },
      });
      expect(issued.status, JSON.stringify(issued.body)).toBe(201);
      const number = issued.body.ticket.number;
      const zoneRow = page.locator(`[data-testid="live-zones"] tr[data-zone="${ZONE}"]`);
      await expect.poll(() => zoneRow.getAttribute('data-waiting'), { timeout: 15_000 }).toBe('1');
      const waitAlert = page.locator('li[data-kind="wait-over-target"]');
      expect(await waitAlert.count()).toBe(0);

      const before = await hubClock(lead.token);
      clock.step((TARGET_MINUTES + 1) * 60_000);
      expect(await hubClock(lead.token)).toBeGreaterThanOrEqual(before + (TARGET_MINUTES + 1) * 60_000);

      await waitAlert.waitFor({ timeout: 45_000 });
      expect(await waitAlert.textContent()).toContain(number);
      expect(await waitAlert.textContent()).toContain('等候超过目标时间');
      expect(await waitAlert.getAttribute('data-cleared')).toBe('false');
      // Said to screen readers, politely.
      await expect
        .poll(() => page.locator('[data-testid="alert-announcer"]').textContent(), { timeout: 10_000 })
        .toContain(`新提醒：等候超过目标时间：${number} 号`);
      expect(await page.locator('[data-testid="alert-announcer"]').getAttribute('aria-live')).toBe('polite');
      // Durations are the hub's: the window opened a step of the hub clock ago, which the browser never saw.
      await expect
        .poll(() => page.locator('tr[data-window="1"] [data-testid="window-for"]').textContent(), { timeout: 10_000 })
        .toBe(`${TARGET_MINUTES + 1} 分钟`);
      // The zone's longest wait comes with the next read of the board (the alert came first, pushed).
      await expect.poll(() => zoneRow.textContent(), { timeout: 10_000 }).toContain(`${TARGET_MINUTES + 1} 分钟`);
      expect(await page.evaluate(() => (globalThis as unknown as { liveTestMark?: string }).liveTestMark)).toBe(
        'still here',
      );
      await consoleShot(page, 'live-alert-raised');
      await audit.check(page, '/admin live board with an alert');

      await waitAlert.locator('[data-testid="alert-acknowledge"]').click();
      // Acknowledged while its ticket still waits: it stays, marked, with no button.
      await expect.poll(() => waitAlert.getAttribute('data-acknowledged'), { timeout: 10_000 }).toBe('true');
      expect(await waitAlert.textContent()).toContain('已确认');
      expect(await waitAlert.locator('[data-testid="alert-acknowledge"]').count()).toBe(0);
      // The button went: focus is on the alert itself, not lost to the page.
      await expect.poll(() => focusedAttribute(page, 'data-alert')).toBe(await waitAlert.getAttribute('data-alert'));
      await consoleShot(page, 'live-alert-acknowledged');

      // The ticket is called: the alert's cause is gone, and acknowledged and cleared it leaves the board.
      await windowAction(clerk.token, 1, 'call-next');
      await expect.poll(() => waitAlert.count(), { timeout: 45_000 }).toBe(0);
      await expect.poll(() => zoneRow.getAttribute('data-waiting'), { timeout: 15_000 }).toBe('0');
      await consoleShot(page, 'live-alert-gone');
      expect(errors).toEqual([]);
    });
    audit.assertClean();
  });
});
