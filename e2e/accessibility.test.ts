import type { DeviceView, IssuedTicket, PrinterStatus } from '@hall/protocol';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { checkCharOf } from '@hall/kiosk/resident-id';
import { ADMIN_PAGES, goTo, openConsole, signInAdmin, signInAs } from './harness/admin-console.ts';
import { AxeAudit } from './harness/axe.ts';
import { launchChromium } from './harness/browser.ts';
import { adminLogin, api, clerkLogin, DEMO_CREDENTIALS } from './harness/clients.ts';
import { pressWhenEnabled, signIn, toWindow } from './harness/counter-page.ts';
import { HALL_DAY, hallAt, hallIso } from './harness/hall-dates.ts';
import { startHub, type HubProcess } from './harness/hub-process.ts';

/**
 * WCAG 2.2 AA, checked by axe-core on every page and screen of every UI the hub serves, in Chinese and (the
 * main screens) in English, against a real demo hub. A screen is reached as its own e2e test reaches it;
 * each test gathers all its screens' violations and fails once with the whole list (harness/axe.ts).
 */

let hub: HubProcess;
let browser: Browser;
let adminToken: string;

const PORTRAIT = { width: 1080, height: 1920 };
const LANDSCAPE = { width: 1920, height: 1080 };
const COUNTER = { width: 1366, height: 768 };
const PHONE = { width: 390, height: 844 };

beforeAll(async () => {
  [hub, browser] = await Promise.all([startHub(), launchChromium()]);
  adminToken = (await adminLogin(hub.url)).token;
});

afterAll(async () => {
  await browser?.close();
  await hub?.stop();
});

let seq = 0;
const rid = (what: string) => `e2e-a11y-${what}-${++seq}-${Date.now().toString(36)}`;

async function issue(serviceId: string, url = hub.url): Promise<IssuedTicket> {
  const r = await api<IssuedTicket>(url, '/api/v1/tickets', {
    token: DEMO_CREDENTIALS.kioskToken,
    body: { requestId: rid('issue'), serviceId },
  });
  expect(r.status, JSON.stringify(r.body)).toBe(201);
  return r.body;
}

async function windowAction(token: string, n: number, action: string): Promise<void> {
  const r = await api(hub.url, `/api/v1/windows/${n}/${action}`, { token, body: { requestId: rid(action) } });
  expect(r.status, JSON.stringify(r.body)).toBe(200);
}

/** A fresh browser profile; every page of the test opens in one so nothing leaks between tests. */
async function withContext<T>(
  options: Parameters<Browser['newContext']>[0],
  run: (context: BrowserContext) => Promise<T>,
): Promise<T> {
  const context = await browser.newContext(options);
  try {
    return await run(context);
  } finally {
    await context.close();
  }
}

/** Holds a request until `release()`: the screen shown while a UI waits for it stays up to be checked. */
async function holdRequests(page: Page, pattern: string): Promise<() => void> {
  let release = () => {};
  const released = new Promise<void>((r) => (release = r));
  await page.route(pattern, async (route) => {
    await released;
    await route.continue();
  });
  return release;
}

/** Answers a request the way a real (non-demo) hall's hub does: no demo configuration here. */
async function noDemoConfig(page: Page, pattern: string): Promise<void> {
  await page.route(pattern, (route) =>
    route.fulfill({ status: 404, contentType: 'application/json', body: '{"code":"NOT_FOUND","message":"no"}' }),
  );
}

describe('the hub’s own pages', () => {
  test('the phone status page and the rating tablet', async () => {
    const audit = new AxeAudit();
    const mine = await issue('resident-medical-insurance');
    await withContext({ viewport: PHONE, deviceScaleFactor: 2 }, async (context) => {
      const page = await context.newPage();
      await page.goto(hub.url + mine.statusPath);
      await expect.poll(() => page.locator('#number').textContent()).toBe(mine.ticket.number);
      await audit.check(page, '/t/<code> waiting (zh-Hans)');
      await page.goto(`${hub.url}${mine.statusPath}?lang=en`);
      await expect.poll(() => page.locator('#number').textContent()).toBe(mine.ticket.number);
      await audit.check(page, '/t/<code> waiting (en)');
      await page.goto(`${hub.url}/t/ABCDEFGHJK`);
      await expect.poll(() => page.locator('#state').textContent()).toContain('未找到此号');
      await audit.check(page, '/t/<code> unknown code (zh-Hans)');
    });

    // Window 1 serves and finishes a ticket: its rating tablet asks for a rating.
    const clerk = (await clerkLogin(hub.url, 'clerk01')).token;
    await windowAction(clerk, 1, 'open');
    await windowAction(clerk, 1, 'call-next');
    await withContext({ viewport: { width: 1280, height: 800 } }, async (context) => {
      const page = await context.newPage();
      await page.goto(hub.url + mine.statusPath);
      await expect.poll(() => page.locator('#ticket').getAttribute('class')).toContain('called');
      await audit.check(page, '/t/<code> called (zh-Hans)');
      await windowAction(clerk, 1, 'start');

      await page.goto(`${hub.url}/rate/1`);
      await page.locator('#main h1').waitFor({ timeout: 10_000 });
      await audit.check(page, '/rate/1 idle');
      await windowAction(clerk, 1, 'finish');
      await page.locator('#main .levels button').first().waitFor({ timeout: 10_000 });
      await audit.check(page, '/rate/1 asking for a rating');
      await page.locator('#main .levels button').first().click();
      await expect.poll(() => page.locator('#main h1').textContent()).toBe('谢谢您的评价！');
      await audit.check(page, '/rate/1 thanks');
    });
    await withContext({ viewport: { width: 1280, height: 800 } }, async (context) => {
      const page = await context.newPage();
      await noDemoConfig(page, '**/rate/2/config.json');
      await page.goto(`${hub.url}/rate/2`);
      await page.locator('#main .setup').waitFor({ timeout: 10_000 });
      await audit.check(page, '/rate/2 setup');
    });
    audit.assertClean();
  });
});

describe('the admin console', () => {
  test('sign-in, a clerk refused, every page, a form with errors, a new device token (zh-Hans; en too)', async () => {
    const audit = new AxeAudit();
    await withContext({ viewport: { width: 1440, height: 900 } }, async (context) => {
      const page = await openConsole(context, hub.url);
      await audit.check(page, '/admin sign-in');
      const clerk = DEMO_CREDENTIALS.clerks[0];
      await signInAs(page, clerk.username, clerk.password);
      await page.locator('[data-testid="login-error"]').waitFor();
      await audit.check(page, '/admin a clerk refused');
      await signInAdmin(page);
      for (const [name, ready] of ADMIN_PAGES) {
        await goTo(page, name, ready);
        await audit.check(page, `/admin ${name}`);
      }
      await goTo(page, 'services', 'tr[data-service]');
      await page.click('[data-testid="service-new"]');
      await page.fill('#svc-prefix', 'ab');
      await page.click('[data-testid="service-save"]');
      await page.locator('#svc-prefix-error').waitFor();
      await audit.check(page, '/admin a new service with errors');
      await goTo(page, 'hours', 'td[data-day]');
      await page.uncheck('#own-regular-inherit');
      await page.fill('#own-regular', '8-');
      await page.click('[data-testid="own-hours-save"]');
      await page.locator('#own-regular-error').waitFor();
      await audit.check(page, "/admin a zone's own hours with an error");
      await goTo(page, 'devices', 'tr[data-device]');
      await page.fill('#device-name', 'a11y kiosk');
      await page.click('[data-testid="device-create"]');
      await page.locator('img[data-testid="device-qr"]').waitFor();
      await audit.check(page, '/admin a new device token');
    });
    await withContext({ viewport: { width: 1440, height: 900 } }, async (context) => {
      const page = await openConsole(context, hub.url, 'en');
      await signInAdmin(page);
      for (const [name, ready] of ADMIN_PAGES.filter(([n]) => ['hall', 'services', 'hours'].includes(n))) {
        await goTo(page, name, ready);
        await audit.check(page, `/admin ${name} (en)`);
      }
    });
    audit.assertClean();
  });
});

describe('the kiosk', () => {
  async function openKiosk(context: BrowserContext): Promise<Page> {
    const page = await context.newPage();
    await page.goto(`${hub.url}/kiosk`);
    await page.locator('[data-step="start"]').waitFor({ timeout: 15_000 });
    await expect.poll(() => page.locator('.zone-tile .wait-line__minutes').count(), { timeout: 10_000 }).toBe(21);
    return page;
  }

  async function chooseLocale(page: Page, locale: string): Promise<void> {
    await page.locator(`.lang-switch button[lang="${locale}"]`).click();
    await expect.poll(() => page.getAttribute('html', 'lang')).toBe(locale);
  }

  const BORN_1950 = '11010519500315002' + checkCharOf('11010519500315002');
  const WRONG_CHECK = BORN_1950.slice(0, 17) + (BORN_1950.endsWith('1') ? '2' : '1');

  async function typeOnKeypad(page: Page, text: string): Promise<void> {
    for (const ch of text) await page.locator(`.keypad button[aria-label="${ch}"]`).click();
  }

  test('loading, setup, and every step of taking a number, checking in a booking and large type (zh-Hans)', async () => {
    const audit = new AxeAudit();
    await withContext({ viewport: PORTRAIT }, async (context) => {
      const page = await context.newPage();
      const release = await holdRequests(page, '**/kiosk/config.json');
      await page.goto(`${hub.url}/kiosk`);
      await page.locator('[data-step="loading"]').waitFor({ timeout: 15_000 });
      await audit.check(page, 'kiosk loading');
      release();
      await page.locator('[data-step="start"]').waitFor({ timeout: 15_000 });
    });
    await withContext({ viewport: PORTRAIT }, async (context) => {
      const page = await context.newPage();
      await noDemoConfig(page, '**/kiosk/config.json');
      await page.goto(`${hub.url}/kiosk`);
      await page.locator('[data-step="setup"]').waitFor({ timeout: 15_000 });
      await audit.check(page, 'kiosk setup');
      await page.locator('#setup-token').fill('not-a-real-token-at-all');
      await page.locator('.setup__staff button[type="submit"]').click();
      await page.locator('.setup__staff [role="alert"]').waitFor({ timeout: 10_000 });
      await audit.check(page, 'kiosk setup, token refused');
    });

    await withContext({ viewport: PORTRAIT }, async (context) => {
      const page = await openKiosk(context);
      await audit.check(page, 'kiosk start (zh-Hans)');
      await page.locator('[data-zone="social-security"]').click();
      await page.locator('[data-step="services"]').waitFor();
      await audit.check(page, 'kiosk services (zh-Hans)');
      await page.locator('[data-service="social-security-card"] button').click();
      await page.locator('[data-step="lane"]').waitFor();
      await audit.check(page, 'kiosk lane (zh-Hans)');

      await page.locator('[data-lane="id"]').click();
      await page.locator('#resident-id').waitFor();
      await audit.check(page, 'kiosk ID entry with keypad (zh-Hans)');
      await typeOnKeypad(page, WRONG_CHECK);
      await page.locator('.entry__submit').click();
      await expect.poll(() => page.locator('#resident-id-problem').textContent()).toContain('校验未通过');
      await audit.check(page, 'kiosk ID entry, number refused (zh-Hans)');

      await page.locator('#resident-id').fill(BORN_1950);
      await page.locator('.entry__submit').click();
      await page.locator('[data-step="confirm"]').waitFor();
      await audit.check(page, 'kiosk confirm, elderly lane (zh-Hans)');
      await page.locator('[data-testid="take-number"]').click();
      await page.locator('[data-testid="result"]').waitFor({ timeout: 20_000 });
      await page.locator('[data-testid="print-preview"]').waitFor();
      await audit.check(page, 'kiosk result (zh-Hans)');
      await page.locator('.result > .btn--huge').click();
      await page.locator('[data-step="start"]').waitFor();

      await page.locator('[data-testid="booking-check-in"]').click();
      await page.locator('[data-step="booking"]').waitFor();
      await audit.check(page, 'kiosk booking check-in (zh-Hans)');
      await typeOnKeypad(page, 'ZZZZ2345');
      await page.locator('.entry__submit').click();
      await page.locator('form[data-stage="digits"]').waitFor({ timeout: 10_000 });
      await audit.check(page, 'kiosk booking check-in, phone digits (zh-Hans)');
      await page.locator('[data-testid="no-phone"]').click();
      await expect
        .poll(() => page.locator('#booking-code-problem').getAttribute('data-code'), { timeout: 10_000 })
        .toBe('UNKNOWN_BOOKING');
      await audit.check(page, 'kiosk booking check-in, unknown code (zh-Hans)');
    });

    // A booking whose check-in opens later: the verdict screen.
    const options = await api<{ days: { day: string }[] }>(hub.url, '/api/v1/public/booking-options');
    const day = options.body.days[0]?.day ?? HALL_DAY;
    const slots = await api<{ slots: { start: number; available: boolean }[] }>(
      hub.url,
      `/api/v1/public/booking-slots?serviceId=housing-fund-withdrawal&day=${day}`,
    );
    // The next slot (check-in open now) and one in the afternoon (too early).
    const next = slots.body.slots.find((s) => s.available);
    const later = slots.body.slots.find((s) => s.available && s.start >= hallAt('14:00', day));
    if (!next || !later) throw new Error(`no slots to book: ${JSON.stringify(slots.body)}`);
    const bookSlot = async (slotStart: number) => {
      const r = await api<{ code: string }>(hub.url, '/api/v1/bookings', {
        token: adminToken,
        body: { serviceId: 'housing-fund-withdrawal', slotStart, name: '张三丰' },
      });
      expect(r.status, JSON.stringify(r.body)).toBe(201);
      return r.body.code;
    };
    const openCode = await bookSlot(next.start);
    const earlyCode = await bookSlot(later.start);

    await withContext({ viewport: PORTRAIT }, async (context) => {
      const page = await openKiosk(context);
      await page.locator('[data-testid="booking-check-in"]').click();
      await page.locator('[data-step="booking"]').waitFor();
      await page.keyboard.type(openCode);
      await page.keyboard.press('Enter');
      // Booked at a counter without a phone: the code alone.
      await page.locator('[data-testid="no-phone"]').click();
      await page.locator('[data-testid="confirm-booking-code"]').waitFor({ timeout: 10_000 });
      await audit.check(page, 'kiosk confirm, a booking (zh-Hans)');
      await page.locator('[data-testid="take-number"]').click();
      await page.locator('[data-testid="result-slot"]').waitFor({ timeout: 20_000 });
      await audit.check(page, 'kiosk result, a booking (zh-Hans)');
      await page.locator('.result > .btn--huge').click();
      await page.locator('[data-step="start"]').waitFor();

      await page.locator('[data-testid="booking-check-in"]').click();
      await page.locator('[data-step="booking"]').waitFor();
      await page.keyboard.type(earlyCode);
      await page.keyboard.press('Enter');
      await page.locator('[data-testid="no-phone"]').click();
      await expect
        .poll(() => page.locator('[data-testid="booking-verdict"]').getAttribute('data-verdict'), { timeout: 10_000 })
        .toBe('too-early');
      await audit.check(page, 'kiosk booking verdict, too early (zh-Hans)');

      // The printer fails: the banner on the start screen and the blocked issue.
      await simulatePrinter({ condition: 'offline', paperNearEnd: false });
      try {
        await page.locator('[data-testid="booking-another"]').click();
        await page.locator('.top-bar__nav button').first().click();
        await page.locator('[data-step="start"]').waitFor();
        await page.locator('[data-testid="status-banner"]').waitFor({ timeout: 10_000 });
        await audit.check(page, 'kiosk start, printer offline (zh-Hans)');
        await page.locator('[data-zone="real-estate"]').click();
        await page.locator('[data-service="property-transfer"] button').click();
        await page.locator('[data-lane="normal"]').click();
        await page.locator('[data-testid="take-number"]').click();
        await page.locator('[data-testid="issue-blocked"]').waitFor({ timeout: 10_000 });
        await audit.check(page, 'kiosk confirm, issue blocked (zh-Hans)');
      } finally {
        await simulatePrinter({ condition: 'ready', paperNearEnd: false });
      }
    });
    audit.assertClean();
  });

  test('the main screens in English and large type', async () => {
    const audit = new AxeAudit();
    await withContext({ viewport: LANDSCAPE }, async (context) => {
      const page = await openKiosk(context);
      await chooseLocale(page, 'en');
      await audit.check(page, 'kiosk start (en)');
      await page.locator('[data-zone="public-security"]').click();
      await page.locator('[data-step="services"]').waitFor();
      await audit.check(page, 'kiosk services (en)');
      await page.locator('.btn--toggle').click();
      await page.locator('html.large-type').waitFor({ state: 'attached' });
      await audit.check(page, 'kiosk services, large type (en)');
      await page.locator('[data-service="resident-id-card"] button').click();
      await page.locator('[data-step="lane"]').waitFor();
      await audit.check(page, 'kiosk lane, large type (en)');
      await page.locator('[data-lane="normal"]').click();
      await page.locator('[data-step="confirm"]').waitFor();
      await audit.check(page, 'kiosk confirm, large type (en)');
      await page.locator('[data-testid="take-number"]').click();
      await page.locator('[data-testid="result"]').waitFor({ timeout: 20_000 });
      await page.locator('[data-testid="print-preview"]').waitFor();
      await audit.check(page, 'kiosk result, large type (en)');
    });
    audit.assertClean();
  });

  test('the evening: closed zones and services, delay-service badges (zh-Hans, en)', async () => {
    const evening = await startHub({ env: { HALL_DEMO_START: hallIso('17:40') } });
    const audit = new AxeAudit();
    try {
      await withContext({ viewport: PORTRAIT }, async (context) => {
        const page = await context.newPage();
        await page.goto(`${evening.url}/kiosk`);
        await page.locator('[data-step="start"]').waitFor({ timeout: 15_000 });
        await expect
          .poll(() => page.locator('.zone-tile .wait-line__minutes, .zone-tile .closed-line').count(), {
            timeout: 10_000,
          })
          .toBe(21);
        await audit.check(page, 'kiosk start in the evening (zh-Hans)');
        await page.locator('[data-zone="housing-fund"]').click();
        await page.locator('[data-step="services"]').waitFor();
        await page.locator('[data-testid="delay-badge"]').first().waitFor();
        await audit.check(page, 'kiosk services in the evening (zh-Hans)');
        await chooseLocale(page, 'en');
        await audit.check(page, 'kiosk services in the evening (en)');
      });
    } finally {
      await evening.stop();
    }
    audit.assertClean();
  });
});

async function simulatePrinter(status: PrinterStatus): Promise<void> {
  const devices = await api<DeviceView[]>(hub.url, '/api/v1/devices', { token: adminToken });
  const kiosk = devices.body.find((d) => d.role === 'kiosk' && d.revokedAt === null);
  if (!kiosk) throw new Error('the demo hub has no kiosk device');
  const res = await fetch(`${hub.url}/api/v1/printers/${kiosk.id}/simulate`, {
    method: 'PUT',
    headers: { authorization: `Bearer ${adminToken}`, 'content-type': 'application/json' },
    body: JSON.stringify(status),
    signal: AbortSignal.timeout(10_000),
  });
  expect(res.status, await res.text()).toBe(200);
}

describe('the counter terminal', () => {
  async function openCounter(context: BrowserContext): Promise<Page> {
    const page = await context.newPage();
    await page.goto(`${hub.url}/counter`);
    await page.locator('[data-screen="login"]').waitFor({ timeout: 15_000 });
    return page;
  }

  test('login, window picker, a called ticket, each dialog (zh-Hans, the main screen in en too)', async () => {
    const audit = new AxeAudit();
    await issue('resident-pension-insurance');
    await withContext({ viewport: COUNTER }, async (context) => {
      const page = await openCounter(context);
      await audit.check(page, 'counter login (zh-Hans)');
      await page.locator('input[name="username"]').fill('clerk02');
      await page.locator('input[name="password"]').fill('not-the-password');
      await page.locator('[data-testid="login-submit"]').click();
      await page.locator('[data-testid="login-error"]').waitFor();
      await audit.check(page, 'counter login, refused (zh-Hans)');
      await page.locator('.lang-switch button[lang="en"]').click();
      await expect.poll(() => page.getAttribute('html', 'lang')).toBe('en');
      await audit.check(page, 'counter login, refused (en)');
      await page.locator('.lang-switch button[lang="zh-Hans"]').click();

      const clerk = DEMO_CREDENTIALS.clerks.find((c) => c.username === 'clerk02');
      await page.locator('input[name="username"]').fill('clerk02');
      await page.locator('input[name="password"]').fill(clerk?.password ?? '');
      await page.locator('[data-testid="login-submit"]').click();
      await page.locator('[data-testid="window-picker"]').waitFor({ timeout: 15_000 });
      await audit.check(page, 'counter window picker (zh-Hans)');
      await page.locator('[data-window="3"] button').click();
      await page.locator('[data-screen="main"] .main[data-window="3"]').waitFor({ timeout: 10_000 });
      await audit.check(page, 'counter main, nobody called (zh-Hans)');

      await pressWhenEnabled(page, 'F1', 'call-next');
      await expect
        .poll(() => page.locator('[data-testid="current-number"]').textContent(), { timeout: 10_000 })
        .toMatch(/^[A-Z]\d{3}$/);
      await audit.check(page, 'counter main, a ticket called (zh-Hans)');
      await page.locator('.lang-switch button[lang="en"]').click();
      await expect.poll(() => page.getAttribute('html', 'lang')).toBe('en');
      await audit.check(page, 'counter main, a ticket called (en)');
      await page.locator('.lang-switch button[lang="zh-Hans"]').click();

      await pressWhenEnabled(page, 'F3', 'start');
      await page.locator('[data-testid="current-ticket"][data-state="serving"]').waitFor({ timeout: 10_000 });
      await audit.check(page, 'counter main, serving (zh-Hans)');
      await pressWhenEnabled(page, 'F7', 'transfer');
      await page.locator('[data-testid="transfer-dialog"]').waitFor();
      await audit.check(page, 'counter transfer dialog (zh-Hans)');
      await page.keyboard.press('Escape');
      await page.locator('[data-testid="transfer-dialog"]').waitFor({ state: 'detached' });

      await pressWhenEnabled(page, 'F4', 'finish');
      await page.locator('.current--empty').waitFor({ timeout: 10_000 });
      await page.locator('[data-testid="rating-status"]').waitFor();
      await audit.check(page, 'counter main, finished, rating pending (zh-Hans)');
      await pressWhenEnabled(page, 'F8', 'pause');
      await page.locator('[data-testid="pause-confirm"]').waitFor();
      await audit.check(page, 'counter pause dialog (zh-Hans)');
      await page.locator('[data-testid="pause-confirm"]').click();
      await page.locator('[data-action="resume"]').waitFor({ timeout: 10_000 });
      await audit.check(page, 'counter main, paused (zh-Hans)');

      await page.locator('[data-testid="new-booking"]').click();
      const dialog = page.locator('[data-testid="new-booking-dialog"]');
      await dialog.waitFor();
      await dialog.locator('select[name="service"]').selectOption('resident-pension-insurance');
      await dialog.locator('[data-testid="slot"]').first().waitFor({ timeout: 10_000 });
      await audit.check(page, 'counter new booking dialog (zh-Hans)');
      await dialog.locator('input[name="phone"]').fill('138-12');
      await dialog.locator('[data-testid="booking-submit"]').click();
      await dialog.locator('[data-testid="booking-problems"]').waitFor();
      await audit.check(page, 'counter new booking dialog, problems (zh-Hans)');
      await dialog.locator('[data-testid="slot"]:not([data-blocked]) input').first().check();
      await dialog.locator('input[name="name"]').fill('张三丰');
      await dialog.locator('input[name="phone"]').fill('138 1234 5678');
      await dialog.locator('[data-testid="booking-submit"]').click();
      const code = dialog.locator('[data-testid="booking-code"]');
      await code.waitFor({ timeout: 10_000 });
      await dialog.locator('img[data-testid="booking-qr"]').waitFor();
      await audit.check(page, 'counter new booking dialog, the code (zh-Hans)');
      const bookingCode = ((await code.textContent()) ?? '').trim();
      await dialog.locator('[data-testid="booking-close"]').click();
      await page
        .locator(`[data-testid="bookings"] li[data-code="${bookingCode}"] [data-testid="cancel-booking"]`)
        .click();
      await page.locator('[data-testid="cancel-booking-dialog"]').waitFor();
      await audit.check(page, 'counter cancel booking dialog (zh-Hans)');
      await page.locator('[data-testid="cancel-booking-confirm"]').click();
      await page.locator('[data-testid="cancel-booking-dialog"]').waitFor({ state: 'detached' });
      await audit.check(page, 'counter main, a booking cancelled (zh-Hans)');
    });

    await withContext({ viewport: COUNTER }, async (context) => {
      const page = await openCounter(context);
      await toWindow(page, 'clerk02', 44);
      await page.locator('[data-testid="complaints-desk"]').waitFor({ timeout: 10_000 });
      await audit.check(page, 'counter complaints desk (zh-Hans)');
    });

    await withContext({ viewport: LANDSCAPE }, async (context) => {
      const page = await openCounter(context);
      await page.locator('input[name="username"]').fill('admin');
      await page.locator('input[name="password"]').fill(DEMO_CREDENTIALS.adminPassword);
      await page.locator('[data-testid="login-submit"]').click();
      await page.locator('[data-testid="toggle-supervisor"]').click();
      await page.locator('[data-testid="supervisor"]').waitFor({ timeout: 10_000 });
      await audit.check(page, 'counter supervisor (zh-Hans)');
      await page.locator('.lang-switch button[lang="en"]').click();
      await expect.poll(() => page.getAttribute('html', 'lang')).toBe('en');
      await audit.check(page, 'counter supervisor (en)');
    });

    // A hub that speaks another protocol version: the terminal stops and says so (the CONNECT packet is
    // rewritten to claim another version; the route applies to pages loaded after it).
    await withContext({ viewport: COUNTER }, async (context) => {
      const page = await context.newPage();
      await page.routeWebSocket(/\/socket\.io\//, (ws) => {
        const server = ws.connectToServer();
        ws.onMessage((message) =>
          server.send(
            typeof message === 'string' && message.startsWith('40')
              ? message.replace(/"protocolVersion":\d+/, '"protocolVersion":999')
              : message,
          ),
        );
      });
      await page.goto(`${hub.url}/counter`);
      await page.locator('[data-screen="login"]').waitFor({ timeout: 15_000 });
      await signIn(page, 'clerk01');
      await page.locator('[data-testid="connection-refused"]').waitFor({ timeout: 15_000 });
      await audit.check(page, 'counter stopped: another protocol version (zh-Hans)');
      await page.locator('.lang-switch button[lang="en"]').click();
      await expect.poll(() => page.getAttribute('html', 'lang')).toBe('en');
      await audit.check(page, 'counter stopped: another protocol version (en)');
    });
    audit.assertClean();
  });
});

describe('the wall display', () => {
  test('hall, zone and window screens, and setup', async () => {
    const audit = new AxeAudit();
    const clerk = (await clerkLogin(hub.url, 'clerk02')).token;
    // Window 28 (comprehensive) calls a ticket: the hall shows it, and its window screen.
    await issue('medical-reimbursement');
    await windowAction(clerk, 28, 'open');
    await windowAction(clerk, 28, 'call-next');
    await withContext({ viewport: LANDSCAPE }, async (context) => {
      const page = await context.newPage();
      await page.goto(`${hub.url}/display?voice=off&lang2=en`);
      await page.locator('[data-screen="hall"]').waitFor({ timeout: 15_000 });
      await audit.check(page, 'display hall (zh-Hans + en)');
      await page.goto(`${hub.url}/display?voice=off&zone=medical-insurance`);
      await page.locator('[data-screen="zone"]').waitFor({ timeout: 15_000 });
      await audit.check(page, 'display zone (zh-Hans)');
    });
    await withContext({ viewport: PORTRAIT }, async (context) => {
      const page = await context.newPage();
      await page.goto(`${hub.url}/display?voice=off`);
      await page.locator('[data-screen="hall"][data-orientation="portrait"]').waitFor({ timeout: 15_000 });
      await audit.check(page, 'display hall, portrait (zh-Hans)');
    });
    await withContext({ viewport: { width: 1280, height: 480 } }, async (context) => {
      const page = await context.newPage();
      await page.goto(`${hub.url}/display/window/28`);
      await page.locator('[data-screen="window"][data-window="28"]').waitFor({ timeout: 15_000 });
      await audit.check(page, 'display window 28, calling');
      await page.goto(`${hub.url}/display/window/6`);
      await page.locator('[data-screen="window"][data-state="closed"]').waitFor({ timeout: 15_000 });
      await audit.check(page, 'display window 6, closed');
    });
    await withContext({ viewport: LANDSCAPE }, async (context) => {
      const page = await context.newPage();
      await noDemoConfig(page, '**/display/config.json');
      await page.goto(`${hub.url}/display?voice=off`);
      await page.locator('[data-screen="setup"]').waitFor({ timeout: 15_000 });
      await audit.check(page, 'display setup');
    });
    audit.assertClean();
  });
});

describe('the booking page', () => {
  const phone = { viewport: PHONE, isMobile: true, hasTouch: true, deviceScaleFactor: 2, locale: 'zh-CN' };

  /** The demo hub shows the texted code on the page; it is typed in as a citizen would. */
  async function proveWithDemoCode(page: Page): Promise<void> {
    const demo = page.locator('[data-testid="demo-code"]');
    await demo.waitFor({ timeout: 10_000 });
    await page.locator('[data-testid="sms-code"]').fill((await demo.getAttribute('data-code')) ?? '');
    await page.locator('[data-testid="verify-code"]').click();
  }

  test('every step, "my bookings" and the error states (zh-Hans, the main steps in en)', async () => {
    const audit = new AxeAudit();
    await withContext(phone, async (context) => {
      const page = await context.newPage();
      await page.route('**/api/v1/public/booking-options', (route) =>
        route.fulfill({ status: 503, contentType: 'application/json', body: '{"code":"INTERNAL","message":"x"}' }),
      );
      await page.goto(`${hub.url}/book`);
      await page.locator('[data-view="loading"] .btn').waitFor({ timeout: 15_000 });
      await audit.check(page, 'book, options failed to load (zh-Hans)');
    });

    // A slot taken by callers while the citizen reads the confirmation: refused, back at the slot list.
    await withContext(phone, async (context) => {
      const page = await context.newPage();
      await page.goto(`${hub.url}/book`);
      await page.locator('[data-step="zone"]').waitFor({ timeout: 15_000 });
      await page.locator('[data-zone="medical-insurance"]').click();
      await page.locator('[data-service="medical-reimbursement"]').click();
      await page.locator(`[data-day="${HALL_DAY}"]`).click();
      const open = page.locator('[data-slot][data-status="open"]').last();
      await open.waitFor({ timeout: 10_000 });
      const slotStart = Number(await open.getAttribute('data-slot'));
      await open.click();
      await page.locator('[data-testid="name"]').fill('李四');
      await page.locator('[data-testid="phone"]').fill('139 0000 2222');
      await page.locator('[data-testid="next"]').click();
      await proveWithDemoCode(page);
      await page.locator('[data-step="confirm"]').waitFor();
      const clerk = (await clerkLogin(hub.url, 'clerk01')).token;
      const { slots } = (
        await api<{ slots: { start: number; capacity: number; booked: number }[] }>(
          hub.url,
          `/api/v1/public/booking-slots?serviceId=medical-reimbursement&day=${HALL_DAY}`,
        )
      ).body;
      const slot = slots.find((s) => s.start === slotStart);
      for (let i = slot?.booked ?? 0; i < (slot?.capacity ?? 0); i++) {
        const r = await api(hub.url, '/api/v1/bookings', {
          token: clerk,
          body: { serviceId: 'medical-reimbursement', slotStart, name: '王五', phone: `1370000${1000 + i}` },
        });
        expect(r.status, JSON.stringify(r.body)).toBe(201);
      }
      await page.locator('[data-testid="confirm"]').click();
      await expect.poll(() => page.locator('[data-testid="error"]').getAttribute('data-code')).toBe('SLOT_FULL');
      await expect.poll(() => page.locator(`[data-slot="${slotStart}"]`).getAttribute('data-status')).toBe('full');
      await audit.check(page, 'book slot, the chosen one just filled (zh-Hans)');
    });

    for (const locale of ['zh-Hans', 'en'] as const) {
      await withContext(phone, async (context) => {
        const page = await context.newPage();
        await page.goto(`${hub.url}/book?lang=${locale}`);
        await page.locator('[data-step="zone"]').waitFor({ timeout: 15_000 });
        await audit.check(page, `book zone (${locale})`);
        await page.locator('[data-testid="tab-mine"]').click();
        await page.locator('[data-step="mine"]').waitFor();
        await audit.check(page, `book my booking, nothing looked up yet (${locale})`);
        await page.locator('[data-testid="tab-book"]').click();
        await page.locator('[data-step="zone"]').waitFor();
        await page.locator('[data-zone="medical-insurance"]').click();
        await page.locator('[data-step="service"]').waitFor();
        await audit.check(page, `book service, with the 延时服务 badge (${locale})`);
        await page.locator('[data-service="resident-medical-insurance"]').click();
        await page.locator('[data-step="day"]').waitFor();
        await audit.check(page, `book day (${locale})`);
        await page.locator(`[data-day="${HALL_DAY}"]`).click();
        await page.locator('[data-step="slot"]').waitFor();
        await page.locator('[data-slot][data-status="open"]').first().waitFor({ timeout: 10_000 });
        await audit.check(page, `book slot (${locale})`);
        await page.locator('[data-slot][data-status="open"]').first().click();
        await page.locator('[data-step="details"]').waitFor();
        await audit.check(page, `book details (${locale})`);
        await page.locator('[data-testid="phone"]').fill('138-12');
        await page.locator('[data-testid="next"]').click();
        await page.locator('[data-testid="phone-problem"]').waitFor();
        await audit.check(page, `book details, problems (${locale})`);
        await page.locator('[data-testid="name"]').fill('李四');
        // A phone of its own per language: a phone gets one code a minute.
        await page.locator('[data-testid="phone"]').fill(locale === 'en' ? '139 0000 3333' : '139 0000 1111');
        await page.locator('[data-testid="next"]').click();
        await page.locator('[data-testid="demo-code"]').waitFor({ timeout: 10_000 });
        await audit.check(page, `book verify, the demo code shown (${locale})`);
        await page.locator('[data-testid="sms-code"]').fill('12');
        await page.locator('[data-testid="verify-code"]').click();
        await page.locator('[data-testid="sms-code-problem"]').waitFor();
        await audit.check(page, `book verify, a short code (${locale})`);
        await proveWithDemoCode(page);
        await page.locator('[data-step="confirm"]').waitFor();
        await audit.check(page, `book confirm (${locale})`);
        await page.locator('[data-testid="confirm"]').click();
        await page.locator('[data-step="result"]').waitFor({ timeout: 10_000 });
        await page.locator('[data-step="result"] img').first().waitFor();
        await audit.check(page, `book result (${locale})`);
        const code = ((await page.locator('[data-testid="booking-code"]').textContent()) ?? '').trim();

        await page.locator('[data-testid="to-mine"]').click();
        await page.locator('[data-step="mine"]').waitFor();
        await page.locator(`[data-testid="found"][data-code="${code}"]`).waitFor({ timeout: 10_000 });
        await audit.check(page, `book my booking, found (${locale})`);
        await page.locator('[data-testid="cancel"]').click();
        await page.locator('[data-testid="cancelled"]').waitFor();
        await audit.check(page, `book my booking, cancelled (${locale})`);
      });
    }
    audit.assertClean();
  });
});

describe('when the hub is away', () => {
  test('the kiosk, counter and display say so, and a clerk whose session ended is told at the login', async () => {
    const own = await startHub();
    const audit = new AxeAudit();
    const contexts: BrowserContext[] = [];
    const open = async (path: string, viewport: { width: number; height: number }) => {
      const context = await browser.newContext({ viewport });
      contexts.push(context);
      const page = await context.newPage();
      await page.goto(`${own.url}${path}`);
      return page;
    };
    try {
      const kiosk = await open('/kiosk', PORTRAIT);
      await kiosk.locator('[data-step="start"]').waitFor({ timeout: 15_000 });
      const display = await open('/display?voice=off', LANDSCAPE);
      await display.locator('[data-screen="hall"]').waitFor({ timeout: 15_000 });
      const counter = await open('/counter', COUNTER);
      await counter.locator('[data-screen="login"]').waitFor({ timeout: 15_000 });
      await toWindow(counter, 'clerk01', 1);
      const ended = await open('/counter', COUNTER);
      await ended.locator('[data-screen="login"]').waitFor({ timeout: 15_000 });
      await toWindow(ended, 'clerk02', 29);

      // The terminal's session is ended from outside (as an expiry would): the login says why.
      const session = await ended.evaluate(
        () =>
          (globalThis as unknown as { sessionStorage: { getItem(k: string): string | null } }).sessionStorage.getItem(
            'hall.counter.session',
          ) ?? '{}',
      );
      const token = (JSON.parse(session) as { token?: string }).token ?? '';
      expect((await api(own.url, '/api/v1/auth/logout', { token, body: {} })).status).toBe(200);
      await ended.locator('[data-testid="session-ended"]').waitFor({ timeout: 15_000 });
      await audit.check(ended, 'counter login, session ended (zh-Hans)');

      await own.stop({ keepFiles: true });
      await kiosk.locator('[data-testid="status-banner"]').waitFor({ timeout: 20_000 });
      await audit.check(kiosk, 'kiosk start, hub offline (zh-Hans)');
      await counter.locator('[data-testid="offline-banner"]').waitFor({ timeout: 20_000 });
      await audit.check(counter, 'counter main, offline (zh-Hans)');
      await display.locator('[data-testid="reconnecting"]').waitFor({ timeout: 20_000 });
      await audit.check(display, 'display hall, reconnecting (zh-Hans)');
    } finally {
      for (const c of contexts) await c.close();
      await own.stop();
    }
    audit.assertClean();
  });
});
