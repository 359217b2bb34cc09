import { writeFileSync } from 'node:fs';
import { SimulatedDeviceProvider, simulatedRatingPad, silentLogger, startPadBridge } from '@hall/hid';
import type { IssuedTicket, Ticket } from '@hall/protocol';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchChromium, screenshotPath } from './harness/browser.ts';
import { adminLogin, api, DEMO_CREDENTIALS } from './harness/clients.ts';
import { bookAsStaff, bookingsOfToday, bookingToday, slotsOf } from './harness/clerk-desk.ts';
import { HALL_DAY, hallAt } from './harness/hall-dates.ts';
import { ticketsOfDay } from './harness/hall-reads.ts';
import { demoStartFor, startHub, type HubProcess } from './harness/hub-process.ts';
import { pressWhenEnabled, signIn, toWindow } from './harness/counter-page.ts';
import { step } from './harness/steps.ts';

/**
 * The counter terminal's web UI as the hub serves it at /counter, driven in Chromium against a real demo
 * hub: clerks sign in, open windows, call, serve and transfer with the keyboard, and a dropped connection
 * in the middle of a call neither loses nor doubles it.
 */

let hub: HubProcess;
let browser: Browser;
let adminToken: string;

const SMALL = { width: 1366, height: 768 };
const LARGE = { width: 1920, height: 1080 };
const TRANSFER_NOTE = '材料已核验，请继续办理医保关系。';

beforeAll(async () => {
  [hub, browser] = await Promise.all([startHub(), launchChromium()]);
  adminToken = (await adminLogin(hub.url)).token;
});

afterAll(async () => {
  await browser?.close();
  await hub?.stop();
});

let issueSeq = 0;
async function issueAtKiosk(serviceId: string): Promise<Ticket> {
  issueSeq += 1;
  const r = await api<IssuedTicket>(hub.url, '/api/v1/tickets', {
    token: DEMO_CREDENTIALS.kioskToken,
    body: { requestId: `e2e-counter-${issueSeq}-${Date.now().toString(36)}`, serviceId },
  });
  expect(r.status).toBe(201);
  return r.body.ticket;
}

async function hubTicket(id: string): Promise<Ticket | undefined> {
  return (await ticketsOfDay(hub.url, adminToken)).tickets.find((t) => t.id === id);
}

async function shot(page: Page, name: string): Promise<void> {
  writeFileSync(screenshotPath(`counter-${name}`), await page.screenshot());
}

interface CounterPage {
  page: Page;
  errors: string[];
}

async function openCounter(viewport: { width: number; height: number }): Promise<CounterPage> {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  const res = await page.goto(`${hub.url}/counter`);
  expect(res?.status()).toBe(200);
  await page.locator('[data-screen="login"]').waitFor({ timeout: 15_000 });
  return { page, errors };
}

const currentNumber = (page: Page) =>
  page
    .locator('[data-testid="current-number"]')
    .textContent({ timeout: 500 })
    .then((t) => (t ?? '').trim())
    .catch(() => '');

describe('a ticket goes from the kiosk through two counters', () => {
  test('clerk01 calls, starts and transfers it with a note; clerk02 at window 28 calls and finishes it; the citizen rates it on a simulated pad', async () => {
    const ticket = await issueAtKiosk('resident-medical-insurance');
    const one = await openCounter(SMALL);
    const two = await openCounter(LARGE);
    try {
      // A wrong password is said in words, not as a code.
      await one.page.locator('input[name="username"]').fill('clerk01');
      await one.page.locator('input[name="password"]').fill('not-the-password');
      await one.page.locator('[data-testid="login-submit"]').click();
      await one.page.locator('[data-testid="login-error"]').waitFor();
      expect(await one.page.locator('[data-testid="login-error"]').textContent()).toContain('用户名或密码不正确');
      await shot(one.page, 'login');

      await toWindow(one.page, 'clerk01', 1);
      // The call button carries its shortcut; F1 presses it.
      expect(await one.page.locator('[data-action="call-next"] kbd').textContent()).toBe('F1');
      await expect
        .poll(() => one.page.locator(`[data-testid="queue"] [data-ticket="${ticket.number}"]`).count())
        .toBe(1);
      await pressWhenEnabled(one.page, 'F1', 'call-next');
      await expect.poll(() => currentNumber(one.page), { timeout: 10_000 }).toBe(ticket.number);
      expect((await hubTicket(ticket.id))?.state).toBe('called');
      await shot(one.page, 'main-called');
      await one.page.locator('.lang-switch button[lang="en"]').click();
      await expect.poll(() => one.page.getAttribute('html', 'lang')).toBe('en');
      expect(await one.page.locator('[data-action="call-next"]').textContent()).toContain('Call next');
      await shot(one.page, 'main-called-en');
      await one.page.locator('.lang-switch button[lang="zh-Hans"]').click();

      await pressWhenEnabled(one.page, 'F3', 'start');
      await one.page.locator('[data-testid="current-ticket"][data-state="serving"]').waitFor({ timeout: 10_000 });

      await pressWhenEnabled(one.page, 'F7', 'transfer');
      const dialog = one.page.locator('[data-testid="transfer-dialog"]');
      await dialog.waitFor();
      // Only windows serving the ticket's service in its lane are offered: the comprehensive ones, window 2, the elderly window is not.
      const offered = await dialog
        .locator('select[name="window"] option')
        .evaluateAll((os) => os.map((o) => (o as unknown as { value: string }).value));
      expect(offered).toContain('28');
      expect(offered).toContain('2');
      expect(offered).not.toContain('1');
      expect(offered).not.toContain('43');
      expect(offered).not.toContain('5');
      await dialog.locator('select[name="window"]').selectOption('28');
      await dialog.locator('textarea[name="note"]').fill(TRANSFER_NOTE);
      await shot(one.page, 'transfer');
      await dialog.locator('[data-testid="transfer-confirm"]').click();
      await one.page.locator('.current--empty').waitFor({ timeout: 10_000 });
      const transferred = await hubTicket(ticket.id);
      expect(transferred).toMatchObject({ state: 'transferred', targetWindow: 28 });

      // clerk02 at the comprehensive window 28 sees it in the queue (marked as sent here), calls and finishes it.
      await toWindow(two.page, 'clerk02', 28);
      const row = two.page.locator(`[data-testid="queue"] [data-ticket="${ticket.number}"]`);
      await row.waitFor({ timeout: 10_000 });
      expect(await row.textContent()).toContain('指定本窗口');
      await pressWhenEnabled(two.page, 'F1', 'call-next');
      await expect.poll(() => currentNumber(two.page), { timeout: 10_000 }).toBe(ticket.number);
      expect(await two.page.locator('[data-testid="transfer-notes"]').textContent()).toContain(TRANSFER_NOTE);
      await pressWhenEnabled(two.page, 'F3', 'start');
      await two.page.locator('[data-testid="current-ticket"][data-state="serving"]').waitFor({ timeout: 10_000 });
      await pressWhenEnabled(two.page, 'F4', 'finish');
      await two.page.locator('.current--empty').waitFor({ timeout: 10_000 });
      expect((await hubTicket(ticket.id))?.state).toBe('done');

      // The rating status of the finished ticket shows: pending with a countdown (or already decided).
      const rating = two.page.locator('[data-testid="rating-status"]');
      await expect.poll(() => rating.getAttribute('data-kind')).toMatch(/^(pending|rated|not-rated)$/);
      expect(await rating.textContent()).toContain(ticket.number);
      // The clerk's own figures count it.
      expect(await two.page.locator('[data-testid="figures"] dd').first().textContent()).toBe('1');

      // The citizen rates on window 28's USB rating pad (simulated), through the pad bridge on the counter PC.
      const devices = new SimulatedDeviceProvider();
      const pad = simulatedRatingPad({ serialNumber: 'RP-28' });
      devices.plug(pad);
      const clerk02 = DEMO_CREDENTIALS.clerks.find((c) => c.username === 'clerk02');
      const session = (
        await api<{ token: string }>(hub.url, '/api/v1/auth/login', {
          body: clerk02 && { username: clerk02.username, password: clerk02.password },
        })
      ).body;
      const bridge = await startPadBridge({
        hubUrl: hub.url,
        token: session.token,
        devices,
        log: silentLogger,
        pads: [
          { kind: 'rating', window: 28, match: { vendorId: '0x1209', productId: '0x0002', serialNumber: 'RP-28' } },
        ],
      });
      try {
        pad.press('2'); // 满意 / satisfied
        await bridge.whenIdle();
      } finally {
        await bridge.close();
      }
      expect((await hubTicket(ticket.id))?.rating).toMatchObject({ level: 'satisfied', source: 'pad', window: 28 });
      await expect.poll(() => rating.getAttribute('data-kind'), { timeout: 10_000 }).toBe('rated');
      await shot(two.page, 'main-finished-1920');

      expect(one.errors).toEqual([]);
      expect(two.errors).toEqual([]);
    } finally {
      await one.page.context().close();
      await two.page.context().close();
    }
  });
});

describe('a dropped connection in the middle of a call', () => {
  test('the call is sent again with the same requestId after the reconnect, and made exactly once', async () => {
    const ticket = await issueAtKiosk('medical-reimbursement');
    const { page, errors } = await openCounter(SMALL);
    try {
      // Keep a hand on the page's WebSockets (test instrumentation only), and note every call-next sent.
      await page.addInitScript(() => {
        const g = globalThis as unknown as { WebSocket: new (...a: unknown[]) => object; __sockets: object[] };
        const Original = g.WebSocket;
        g.__sockets = [];
        g.WebSocket = class extends Original {
          constructor(...args: unknown[]) {
            super(...args);
            g.__sockets.push(this);
          }
        };
      });
      await page.reload();
      await page.locator('[data-screen="login"]').waitFor({ timeout: 15_000 });
      const sentIds: string[] = [];
      page.on('websocket', (ws) =>
        ws.on('framesent', (frame) => {
          const text = typeof frame.payload === 'string' ? frame.payload : frame.payload.toString('utf8');
          const m = /"window:call-next",\{[^}]*"requestId":"([^"]+)"/.exec(text);
          if (m?.[1]) sentIds.push(m[1]);
        }),
      );

      await toWindow(page, 'clerk01', 1);
      await expect.poll(() => page.locator(`[data-testid="queue"] [data-ticket="${ticket.number}"]`).count()).toBe(1);
      await expect.poll(() => page.locator('[data-action="call-next"]').isEnabled()).toBe(true);

      // F1 and, in the same moment, the connection drops: the command leaves, its answer can never arrive.
      await step('press F1 and drop the connection', 5_000, () =>
        page.evaluate(() => {
          const g = globalThis as unknown as {
            __sockets: Array<{ readyState: number; close(): void }>;
            dispatchEvent(e: unknown): void;
            KeyboardEvent: new (type: string, init: object) => unknown;
          };
          g.dispatchEvent(new g.KeyboardEvent('keydown', { key: 'F1', code: 'F1', bubbles: true }));
          for (const ws of g.__sockets) if (ws.readyState === 1) ws.close();
        }),
      );
      await page.context().setOffline(true);
      // The terminal says it is cut off and offers no actions meanwhile.
      await page.locator('[data-testid="offline-banner"]').waitFor({ timeout: 15_000 });
      expect(await page.locator('[data-action="call-next"]').isDisabled()).toBe(true);
      await page.context().setOffline(false);

      await page.locator('[data-testid="offline-banner"]').waitFor({ state: 'detached', timeout: 30_000 });
      await expect.poll(() => currentNumber(page), { timeout: 15_000 }).toBe(ticket.number);

      // Sent at least twice, always with the one requestId.
      expect(sentIds.length).toBeGreaterThanOrEqual(2);
      expect(new Set(sentIds).size).toBe(1);

      const stored = await hubTicket(ticket.id);
      expect(stored?.state).toBe('called');
      expect(stored?.window).toBe(1);
      expect(stored?.history.filter((s) => s.action === 'called')).toHaveLength(1);
      // And nothing else was called by a second attempt.
      const calledAtOne = (await ticketsOfDay(hub.url, adminToken)).tickets.filter(
        (t) => t.state === 'called' && t.window === 1,
      );
      expect(calledAtOne.map((t) => t.id)).toEqual([ticket.id]);
      expect(errors).toEqual([]);
    } finally {
      await page.context().close();
    }
  });
});

describe('a session that ends', () => {
  test('sends the clerk back to the login screen with a message', async () => {
    const { page, errors } = await openCounter(SMALL);
    try {
      await toWindow(page, 'clerk02', 29);
      const token = await step('read the session token', 5_000, () =>
        page.evaluate(() => {
          const g = globalThis as unknown as { sessionStorage: { getItem(k: string): string | null } };
          return (JSON.parse(g.sessionStorage.getItem('hall.counter.session') ?? '{}') as { token?: string }).token;
        }),
      );
      expect(typeof token).toBe('string');
      // Logged out elsewhere (or expired): the hub cuts the socket; the reconnect is refused.
      const r = await api(hub.url, '/api/v1/auth/logout', { token: token as string, body: {} });
      expect(r.status).toBe(200);
      await page.locator('[data-testid="session-ended"]').waitFor({ timeout: 15_000 });
      expect(await page.locator('[data-screen="login"]').count()).toBe(1);
      expect(errors).toEqual([]);
    } finally {
      await page.context().close();
    }
  });
});

describe('a hub that speaks another protocol version', () => {
  test('stops connecting and tells the clerk to reload, instead of retrying forever', async () => {
    const { page, errors } = await openCounter(SMALL);
    try {
      // The page's socket.io CONNECT packet (`40{...}`) is rewritten to claim another protocol version, as a
      // terminal left open across a hub upgrade would; every connect attempt is counted.
      let connectAttempts = 0;
      await page.routeWebSocket(/\/socket\.io\//, (ws) => {
        const server = ws.connectToServer();
        ws.onMessage((message) => {
          if (typeof message === 'string' && message.startsWith('40')) {
            connectAttempts += 1;
            server.send(message.replace(/"protocolVersion":\d+/, '"protocolVersion":999'));
            return;
          }
          server.send(message);
        });
      });
      // The route takes effect in pages loaded after it.
      await page.reload();
      await page.locator('[data-screen="login"]').waitFor({ timeout: 15_000 });
      await signIn(page, 'clerk01');
      const refused = page.locator('[data-testid="connection-refused"]');
      await refused.waitFor({ timeout: 15_000 });
      expect(await refused.getAttribute('data-code')).toBe('PROTOCOL_VERSION_MISMATCH');
      expect(await refused.textContent()).toContain('版本与叫号系统不一致');
      expect(await page.locator('[data-testid="offline-banner"]').count()).toBe(0);
      // No retry follows: the back-off would have tried again within 5 s.
      const attempts = connectAttempts;
      expect(attempts).toBeGreaterThanOrEqual(1);
      await new Promise((r) => setTimeout(r, 6_000));
      expect(connectAttempts).toBe(attempts);
      await shot(page, 'protocol-mismatch');
      expect(errors).toEqual([]);
    } finally {
      await page.context().close();
    }
  });
});

describe('the could-not-get-it-done desk', () => {
  test('window 44 records a could-not-get-it-done matter and lists it, masked', async () => {
    const { page, errors } = await openCounter(SMALL);
    try {
      await toWindow(page, 'clerk02', 44);
      const desk = page.locator('[data-testid="complaints-desk"]');
      await desk.waitFor({ timeout: 10_000 });
      await desk.locator('textarea[name="matter"]').fill('营业执照变更与税务登记信息不一致，两个部门互相推诿。');
      await desk.locator('#dept-input').fill('市场监管');
      await desk.locator('#dept-input').press('Enter');
      await desk.locator('#dept-input').fill('税务');
      await desk.locator('#dept-input').press('Enter');
      await desk.locator('input[name="contactName"]').fill('张三丰');
      await desk.locator('input[name="contactPhone"]').fill('13812345678');
      expect(await desk.locator('.chip--removable').count()).toBe(2);
      await desk.locator('button[type="submit"]').click();
      await desk.locator('[data-testid="complaint-result"]').waitFor({ timeout: 10_000 });
      // The hub offers the desk: the matter is recorded, stored masked, and listed as open.
      expect(await desk.locator('[data-testid="complaint-result"]').textContent()).toBe('已登记');
      expect(await desk.locator('[data-testid="complaint-result"]').getAttribute('class')).toContain('notice--ok');
      expect(await desk.locator('[data-testid="not-available"]').count()).toBe(0);
      await desk.locator('[data-testid="complaint-list"] .complaint').first().waitFor({ timeout: 10_000 });
      const text = await desk.locator('[data-testid="complaint-list"]').textContent();
      expect(text).toContain('两个部门互相推诿');
      expect(text).not.toContain('13812345678');
      await shot(page, 'complaints');
      expect(errors).toEqual([]);
    } finally {
      await page.context().close();
    }
  });

  test('a supervisor (the admin here) sees every matter with its age, and the follow-ups', async () => {
    const { page, errors } = await openCounter(LARGE);
    try {
      await page.locator('input[name="username"]').fill('admin');
      await page.locator('input[name="password"]').fill(DEMO_CREDENTIALS.adminPassword);
      await page.locator('[data-testid="login-submit"]').click();
      await page.locator('[data-testid="toggle-supervisor"]').click();
      const view = page.locator('[data-testid="supervisor"]');
      await view.waitFor({ timeout: 10_000 });
      await view.locator('[data-testid="complaint-list"] .complaint').first().waitFor({ timeout: 10_000 });
      expect(await view.locator('[data-testid="complaint-list"]').textContent()).toContain('两个部门互相推诿');
      expect(await view.locator('.age').count()).toBeGreaterThan(0);
      await shot(page, 'supervisor');
      expect(errors).toEqual([]);
    } finally {
      await page.context().close();
    }
  });
});

describe('bookings at the counter (a weekday evening: delay service)', () => {
  let evening: HubProcess;
  beforeAll(async () => {
    // Wednesday 17:40 hall time: the delay-service hours (17:00–20:00) run, slots every 30 minutes, 2 places each.
    evening = await startHub({ env: { HALL_DEMO_START: demoStartFor(hallAt('17:40')) } });
  });
  afterAll(async () => {
    await evening?.stop();
  });

  test('a clerk books an evening slot for a citizen, gets the code and its QR; the wall display shows it until the clerk cancels it', async () => {
    const service = 'resident-medical-insurance';
    const context = await browser.newContext({ viewport: LARGE });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    const displayContext = await browser.newContext({ viewport: LARGE });
    const display = await displayContext.newPage();
    display.on('pageerror', (e) => errors.push(e.message));
    try {
      const admin = (await adminLogin(evening.url)).token;
      const today = await bookingToday(evening.url);
      expect(today).toBe(HALL_DAY);
      const slots = (await slotsOf(evening.url, service, today)).slots;
      const at = (hhmm: string) => {
        const s = slots.find((x) => x.start === Date.parse(`${today}T${hhmm}:00+08:00`));
        if (!s) throw new Error(`no ${hhmm} slot in ${JSON.stringify(slots.map((x) => x.start))}`);
        return s;
      };
      // 18:30 is full already; 19:00 has one place left (and is taken while the clerk fills the form).
      expect(at('18:30')).toMatchObject({ session: 'delay', available: true });
      await bookAsStaff(evening.url, admin, { serviceId: service, slotStart: at('18:30').start });
      await bookAsStaff(evening.url, admin, { serviceId: service, slotStart: at('18:30').start });
      await bookAsStaff(evening.url, admin, { serviceId: service, slotStart: at('19:00').start });

      await display.goto(`${evening.url}/display?voice=off`);
      await display.locator('[data-screen="hall"]').waitFor({ timeout: 15_000 });

      const res = await page.goto(`${evening.url}/counter`);
      expect(res?.status()).toBe(200);
      await page.locator('[data-screen="login"]').waitFor({ timeout: 15_000 });
      const clerk = DEMO_CREDENTIALS.clerks.find((c) => c.username === 'clerk01');
      await page.locator('input[name="username"]').fill('clerk01');
      await page.locator('input[name="password"]').fill(clerk?.password ?? '');
      await page.locator('[data-testid="login-submit"]').click();
      await page.locator('[data-testid="window-picker"]').waitFor({ timeout: 15_000 });
      await page.locator('[data-window="1"] button').click();
      await page.locator('[data-screen="main"] .main[data-window="1"]').waitFor({ timeout: 10_000 });
      const panel = page.locator('[data-testid="bookings"]');
      // The three bookings made through the API are listed, with the 延时 badge.
      await expect.poll(() => panel.locator('li[data-code]').count(), { timeout: 10_000 }).toBe(3);
      expect(await panel.locator('li[data-session="delay"] .tag--delay').count()).toBe(3);

      await panel.locator('[data-testid="new-booking"]').click();
      const dialog = page.locator('[data-testid="new-booking-dialog"]');
      await dialog.waitFor();
      await dialog.locator('select[name="service"]').selectOption(service);
      await expect.poll(() => dialog.locator('select[name="day"]').inputValue()).toBe(today);
      const slot = (hhmm: string) =>
        dialog.locator(`[data-testid="slot"][data-start="${Date.parse(`${today}T${hhmm}:00+08:00`)}"]`);
      await slot('18:00').waitFor({ timeout: 10_000 });
      // Started and full slots are shown but cannot be chosen; places left are shown.
      expect(await slot('17:30').getAttribute('data-blocked')).toBe('started');
      expect(await slot('17:30').locator('input').isDisabled()).toBe(true);
      expect(await slot('18:30').getAttribute('data-blocked')).toBe('full');
      expect(await slot('18:30').textContent()).toContain('已约满');
      expect(await slot('19:00').textContent()).toContain('余 1');
      expect(await slot('18:00').getAttribute('data-session')).toBe('delay');
      expect(await slot('18:00').textContent()).toContain('延时');

      // A bad phone number is caught before anything is sent.
      await slot('19:00').click();
      await dialog.locator('input[name="name"]').fill('张三丰');
      await dialog.locator('input[name="phone"]').fill('138-12');
      await dialog.locator('[data-testid="booking-submit"]').click();
      expect(await dialog.locator('[data-testid="booking-problems"]').textContent()).toContain('手机号');

      // Someone else takes the last place at 19:00 meanwhile: the hub says SLOT_FULL and the slots are read again.
      await bookAsStaff(evening.url, admin, { serviceId: service, slotStart: at('19:00').start });
      await dialog.locator('input[name="phone"]').fill('138 1234 5678');
      await dialog.locator('[data-testid="booking-submit"]').click();
      const refusal = dialog.locator('[data-testid="booking-error"]');
      await refusal.waitFor({ timeout: 10_000 });
      expect(await refusal.getAttribute('data-code')).toBe('SLOT_FULL');
      expect(await refusal.textContent()).toContain('约满');
      await expect.poll(() => slot('19:00').getAttribute('data-blocked')).toBe('full');
      await shot(page, 'booking-slot-full');

      await slot('18:00').click();
      await dialog.locator('[data-testid="booking-submit"]').click();
      const code = dialog.locator('[data-testid="booking-code"]');
      await code.waitFor({ timeout: 10_000 });
      const bookingCode = ((await code.textContent()) ?? '').trim();
      expect(bookingCode).toMatch(/^[A-Z0-9]{8}$/);
      await expect
        .poll(() => dialog.locator('img[data-testid="booking-qr"]').getAttribute('data-text'), { timeout: 5_000 })
        .toBe(bookingCode);
      expect(await dialog.locator('[data-testid="booking-result"]').getAttribute('data-session')).toBe('delay');
      const resultText = (await dialog.locator('[data-testid="booking-result"]').textContent()) ?? '';
      expect(resultText).toContain('18:00');
      expect(resultText).toContain('张*丰');
      expect(resultText).not.toContain('13812345678');
      await shot(page, 'booking-code');

      const stored = (await bookingsOfToday(evening.url, admin)).find((b) => b.code === bookingCode);
      expect(stored).toMatchObject({
        serviceId: service,
        slotStart: at('18:00').start,
        session: 'delay',
        state: 'booked',
        source: 'counter',
        name: '张*丰',
        phone: '138****5678',
      });

      await dialog.locator('[data-testid="booking-close"]').click();
      const row = panel.locator(`li[data-code="${bookingCode}"]`);
      await row.waitFor({ timeout: 10_000 });
      expect(await row.getAttribute('data-state')).toBe('booked');
      expect(await row.textContent()).toContain('张*丰 · 138****5678');
      expect(await row.textContent()).toContain('已预约');

      // The wall display shows it (a delay-service booking of today), pushed live.
      // A wall display gets rows without codes: the row is found by the hub's row id.
      const rowId = (await bookingsOfToday(evening.url, admin)).find((b) => b.code === bookingCode)?.rowId;
      const onWall = display.locator(`[data-testid="bookings"] tr[data-row="${rowId}"]`);
      await onWall.waitFor({ timeout: 5_000 });
      expect(await onWall.textContent()).toContain('18:00–18:30');
      expect(await onWall.textContent()).toContain('张*丰');
      expect(await onWall.textContent()).not.toContain('138');
      expect(await display.content()).not.toContain(bookingCode);
      expect(await display.locator('[data-testid="bookings"] .panel__title').textContent()).toContain(
        '今日延时服务预约',
      );
      // 18:00 starts within the hour: the panel is drawn large.
      expect(await display.locator('[data-testid="bookings"]').getAttribute('data-featured')).toBe('true');
      writeFileSync(screenshotPath('counter-booking-on-display'), await display.screenshot());

      // The clerk cancels it, after confirming: it leaves the wall, and its place is free again.
      await row.locator('[data-testid="cancel-booking"]').click();
      const confirm = page.locator('[data-testid="cancel-booking-dialog"]');
      await confirm.waitFor();
      await confirm.locator('[data-testid="cancel-booking-confirm"]').click();
      await expect.poll(() => row.getAttribute('data-state'), { timeout: 10_000 }).toBe('cancelled');
      expect(await row.locator('[data-testid="cancel-booking"]').count()).toBe(0);
      expect(await row.textContent()).toContain('已取消');
      await onWall.waitFor({ state: 'detached', timeout: 5_000 });
      expect((await bookingsOfToday(evening.url, admin)).find((b) => b.code === bookingCode)?.state).toBe('cancelled');
      expect(
        (await slotsOf(evening.url, service, today)).slots.find((x) => x.start === at('18:00').start),
      ).toMatchObject({ booked: 0, available: true });
      await shot(page, 'booking-cancelled');
      expect(errors).toEqual([]);
    } finally {
      await context.close();
      await displayContext.close();
    }
  });

  test('a ticket of a service closed for the evening is listed as closed, not callable, and Call next skips it', async () => {
    // Sent on in the evening to a service that is not on the delay list (closed since 17:00, past the grace).
    const issued = await api<IssuedTicket>(evening.url, '/api/v1/tickets', {
      token: DEMO_CREDENTIALS.kioskToken,
      body: { requestId: `e2e-counter-closed-${Date.now().toString(36)}`, serviceId: 'resident-medical-insurance' },
    });
    expect(issued.status).toBe(201);
    const stats = await api<{ services: Array<{ serviceId: string; open: boolean }> }>(evening.url, '/api/v1/queue', {
      token: DEMO_CREDENTIALS.kioskToken,
    });
    const closedService = 'food-business-licence';
    expect(stats.status).toBe(200);
    expect(stats.body.services.find((x) => x.serviceId === closedService)?.open).toBe(false);
    const clerk02 = DEMO_CREDENTIALS.clerks.find((c) => c.username === 'clerk02');
    const token = (
      await api<{ token: string }>(evening.url, '/api/v1/auth/login', {
        body: { username: clerk02?.username, password: clerk02?.password },
      })
    ).body.token;
    const command = async (action: string, extra: object = {}) => {
      const r = await api(evening.url, `/api/v1/windows/2/${action}`, {
        token,
        body: { requestId: `e2e-closed-${action}-${Date.now().toString(36)}`, ...extra },
      });
      expect(r.status, `${action}: ${JSON.stringify(r.body)}`).toBe(200);
    };
    await command('open');
    await command('call-next');
    await command('start');
    await command('transfer', { toServiceId: closedService, note: '需办理食品经营许可，明日再来' });

    const { page, errors } = await openEveningCounter();
    try {
      await toWindow(page, 'clerk01', 28);
      const closed = page.locator(`[data-testid="queue-closed"] [data-ticket="${issued.body.ticket.number}"]`);
      await closed.waitFor({ timeout: 10_000 });
      expect(await closed.textContent()).toContain('已停办');
      expect(await page.locator('[data-testid="queue-closed"]').textContent()).toContain('呼叫下一位会跳过');
      // Not among the callable ones, and not counted there.
      expect(
        await page.locator(`[data-testid="queue"] > .queue__list [data-ticket="${issued.body.ticket.number}"]`).count(),
      ).toBe(0);
      expect(await page.locator('[data-testid="queue"] .card__title .card__count').first().textContent()).toBe('0');
      // Nothing callable: Call next is off here, and the hub, asked at another comprehensive window, agrees.
      expect(await page.locator('[data-action="call-next"]').isDisabled()).toBe(true);
      const opened = await api(evening.url, '/api/v1/windows/29/open', {
        token,
        body: { requestId: `e2e-closed-open29-${Date.now().toString(36)}` },
      });
      expect(opened.status).toBe(200);
      const next = await api<{ code: string }>(evening.url, '/api/v1/windows/29/call-next', {
        token,
        body: { requestId: `e2e-closed-call29-${Date.now().toString(36)}` },
      });
      expect(next.status).toBe(409);
      expect(next.body.code).toBe('NO_TICKET_WAITING');
      await shot(page, 'queue-closed');
      expect(errors).toEqual([]);
    } finally {
      await page.context().close();
    }
  });

  async function openEveningCounter(): Promise<CounterPage> {
    const context = await browser.newContext({ viewport: LARGE });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    expect((await page.goto(`${evening.url}/counter`))?.status()).toBe(200);
    await page.locator('[data-screen="login"]').waitFor({ timeout: 15_000 });
    return { page, errors };
  }
});
