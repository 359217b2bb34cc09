import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type {
  BookingOptionsView,
  BookingSlotsView,
  BookingView,
  ErrorBody,
  IssuedTicket,
  KioskBookingLookup,
  Ticket,
  WindowCommandResult,
} from '@hall/protocol';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchChromium, screenshotPath } from './harness/browser.ts';
import { adminLogin, api, clerkLogin, DEMO_CREDENTIALS } from './harness/clients.ts';
import { bookingsOfToday } from './harness/clerk-desk.ts';
import { toWindow } from './harness/counter-page.ts';
import { dayEn, dayZh, monthDayZh, HALL_DAY, HALL_SATURDAY, hallAt, hallIso } from './harness/hall-dates.ts';
import { ticketsOfDay } from './harness/hall-reads.ts';
import { makeTempDir, startHub, type HubProcess } from './harness/hub-process.ts';
import { smallOrNamelessButtons } from './harness/render-checks.ts';

/**
 * The public booking page /book as the hub serves it, driven in Chromium on a phone-sized screen against a
 * real demo hub whose clock starts on a Wednesday at 17:20 (HALL_DEMO_START), in the delay-service evening:
 * a citizen books an evening slot in Chinese, checks in at the kiosk and is called first at the counter
 * once the slot has started; a full slot is refused in words; cancelling frees the place.
 */

const DAY = HALL_DAY;
const at = (hhmm: string) => hallAt(hhmm);
/** Wednesday 17:20 hall time: the regular hours are over, the delay-service evening (17:00–20:00) is on. */
const EVENING = hallIso('17:20');
/** The same evening after the 17:30 slot has started; the hub is restarted on its database at this time. */
const AFTER_SLOT_START = hallIso('17:31');

/** The first service of the medical insurance zone is on the delay-service list; windows 1 and 2 serve it. */
const ZONE = 'medical-insurance';
const SERVICE = 'resident-medical-insurance';

const PHONE = { width: 390, height: 844 };

let dir: string;
let hub: HubProcess;
let browser: Browser;
let adminToken: string;

function startEveningHub(start: string, port?: number): Promise<HubProcess> {
  return startHub({
    dbPath: join(dir, 'hall.db'),
    ...(port !== undefined ? { port } : {}),
    env: { HALL_DEMO_START: start },
  });
}

beforeAll(async () => {
  dir = makeTempDir('hall-e2e-book-');
  [hub, browser] = await Promise.all([startEveningHub(EVENING), launchChromium()]);
  adminToken = (await adminLogin(hub.url)).token;
});

afterAll(async () => {
  await browser?.close();
  await hub?.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

interface BookPage {
  page: Page;
  errors: string[];
}

async function openBook(path = '/book'): Promise<BookPage> {
  const context = await browser.newContext({
    viewport: PHONE,
    isMobile: true,
    hasTouch: true,
    deviceScaleFactor: 2,
    locale: 'zh-CN',
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  const res = await page.goto(`${hub.url}${path}`);
  expect(res?.status()).toBe(200);
  return { page, errors };
}

async function shot(page: Page, name: string): Promise<void> {
  writeFileSync(screenshotPath(`book-${name}`), await page.screenshot({ fullPage: true }));
}

/** Every visible button is at least 44 CSS px each way (a thumb) and has a name a screen reader can say. */
async function expectTouchableAndLabelled(page: Page): Promise<void> {
  expect(await smallOrNamelessButtons(page, 44)).toEqual([]);
}

const text = async (page: Page, selector: string) => ((await page.locator(selector).textContent()) ?? '').trim();

/** Zone → service → day → the slot starting at `slotStart`, which must be open. */
async function toSlot(page: Page, slotStart: number): Promise<void> {
  await page.locator('[data-step="zone"]').waitFor({ timeout: 15_000 });
  await page.locator(`[data-zone="${ZONE}"]`).click();
  await page.locator('[data-step="service"]').waitFor();
  const service = page.locator(`[data-service="${SERVICE}"]`);
  expect(await service.getAttribute('data-delay')).toBe('true');
  expect(await service.textContent()).toContain('延时服务');
  await service.click();
  await page.locator('[data-step="day"]').waitFor();
  await page.locator(`[data-day="${DAY}"]`).click();
  await page.locator('[data-step="slot"]').waitFor();
  const slot = page.locator(`[data-slot="${slotStart}"]`);
  await slot.waitFor({ timeout: 10_000 });
  expect(await slot.getAttribute('data-status')).toBe('open');
  await slot.click();
  await page.locator('[data-step="details"]').waitFor();
}

/** The demo hub texts nothing and shows the code on the page: it is typed in as a citizen types it off the phone. */
async function typeDemoCode(page: Page, shotName?: string): Promise<void> {
  const demo = page.locator('[data-testid="demo-code"]');
  await demo.waitFor({ timeout: 10_000 });
  const code = (await demo.getAttribute('data-code')) ?? '';
  expect(code).toMatch(/^\d{6}$/);
  expect(await demo.textContent()).toContain('演示系统');
  await page.locator('[data-testid="sms-code"]').fill(code);
  if (shotName !== undefined) {
    await expectTouchableAndLabelled(page);
    await shot(page, shotName);
  }
  await page.locator('[data-testid="verify-code"]').click();
}

/** Name and phone, then the phone proven with the texted code, up to the confirm step. */
async function fillDetails(page: Page, name: string, phone: string, shotName?: string): Promise<void> {
  await page.locator('[data-testid="name"]').fill(name);
  await page.locator('[data-testid="phone"]').fill(phone);
  await page.locator('[data-testid="next"]').click();
  await page.locator('[data-step="verify-step"]').waitFor();
  expect(await text(page, '[data-testid="code-sent"]')).toContain(`${phone.replace(/\s/g, '').slice(0, 3)}****`);
  await typeDemoCode(page, shotName);
  await page.locator('[data-step="confirm"]').waitFor();
}

/** A booking as staff see it (a citizen's look-up needs the phone's proof). */
async function staffView(code: string): Promise<BookingView | undefined> {
  return (await bookingsOfToday(hub.url, adminToken)).find((b) => b.code === code);
}

async function slotsOf(serviceId: string, day: string): Promise<BookingSlotsView> {
  const r = await api<BookingSlotsView>(hub.url, `/api/v1/public/booking-slots?serviceId=${serviceId}&day=${day}`);
  expect(r.status).toBe(200);
  return r.body;
}

let requestSeq = 0;
const requestId = (what: string) => `e2e-book-${what}-${(requestSeq += 1)}-${Date.now().toString(36)}`;

async function issueNormal(): Promise<Ticket> {
  const r = await api<IssuedTicket | ErrorBody>(hub.url, '/api/v1/tickets', {
    token: DEMO_CREDENTIALS.kioskToken,
    body: { requestId: requestId('normal'), serviceId: SERVICE, lane: 'normal' },
  });
  expect(r.status, JSON.stringify(r.body)).toBe(201);
  return (r.body as IssuedTicket).ticket;
}

async function hubTicket(id: string): Promise<Ticket | undefined> {
  return (await ticketsOfDay(hub.url, adminToken)).tickets.find((t) => t.id === id);
}

describe('the booking page on a phone', () => {
  test('serves the options of the evening: the delay-service item, today a working day, slots of the delay session', async () => {
    const r = await api<BookingOptionsView>(hub.url, '/api/v1/public/booking-options');
    expect(r.status).toBe(200);
    expect(r.body.timeZone).toBe('Asia/Shanghai');
    expect(r.body.days[0]).toEqual({ day: DAY, dayKind: 'working' });
    expect(r.body.services.find((s) => s.id === SERVICE)?.delayService).toBe(true);
    const slots = await slotsOf(SERVICE, DAY);
    const evening = slots.slots.filter((s) => s.start >= at('17:00'));
    expect(evening.length).toBeGreaterThan(0);
    expect(evening.every((s) => s.session === 'delay')).toBe(true);
    // 17:00–17:30 has started at 17:20; 17:30 is the next one open.
    expect(slots.slots.find((s) => s.start === at('17:00'))?.available).toBe(false);
    expect(slots.slots.find((s) => s.start === at('17:30'))?.available).toBe(true);
  });

  test('days: a rest day opens only delay-service items; the page speaks zh-Hant (portal link) and English', async () => {
    const options = (await api<BookingOptionsView>(hub.url, '/api/v1/public/booking-options')).body;
    expect(options.days).toHaveLength(14);
    const regular = options.services.find((s) => !s.delayService);
    if (!regular) throw new Error('the demo hall has no regular-hours-only service');
    const saturday = HALL_SATURDAY;
    expect(options.days.find((d) => d.day === saturday)?.dayKind).toBe('rest');

    const { page, errors } = await openBook('/book?lang=zh-Hant');
    try {
      await page.locator('[data-step="zone"]').waitFor({ timeout: 15_000 });
      expect(await page.getAttribute('html', 'lang')).toBe('zh-Hant');
      expect(await text(page, '.top__app')).toBe('網上預約');

      await page.locator(`[data-zone="${regular.zoneId}"]`).click();
      await page.locator(`[data-service="${regular.id}"]`).click();
      const restForRegular = page.locator(`[data-day="${saturday}"]`);
      await restForRegular.waitFor();
      expect(await restForRegular.isDisabled()).toBe(true);
      expect(await restForRegular.textContent()).toBe(`${monthDayZh(HALL_SATURDAY)} 週六休息日，本事項不辦理`);
      await shot(page, 'days-regular-zh-Hant');

      await page.locator('[data-testid="back"]').click();
      await page.locator('[data-step="service"]').waitFor();
      await page.locator('[data-testid="back"]').click();
      await page.locator('[data-step="zone"]').waitFor();
      await page.locator(`[data-zone="${ZONE}"]`).click();
      await page.locator(`[data-service="${SERVICE}"]`).click();
      const restForDelay = page.locator(`[data-day="${saturday}"]`);
      await restForDelay.waitFor();
      expect(await restForDelay.isDisabled()).toBe(false);
      expect(await restForDelay.textContent()).toBe(`${monthDayZh(HALL_SATURDAY)} 週六休息日：僅延時服務事項開放`);

      await page.locator('.lang__btn[lang="en"]').click();
      await expect.poll(() => page.getAttribute('html', 'lang')).toBe('en');
      expect(await restForDelay.textContent()).toBe(`${dayEn(HALL_SATURDAY)}Rest day: extended-hours services only`);
      expect(await text(page, `[data-day="${DAY}"]`)).toBe(`${dayEn(DAY)}Today`);
      await expectTouchableAndLabelled(page);
      await shot(page, 'days-delay-en');

      // The weekend's hours are delay-service hours: every slot that Saturday is marked so.
      await restForDelay.click();
      await page.locator('[data-step="slot"]').waitFor();
      await expect.poll(() => page.locator('[data-slot]').count()).toBeGreaterThan(0);
      const sessions = await page
        .locator('[data-slot]')
        .evaluateAll((els) =>
          els.map((e) => (e as unknown as { getAttribute(n: string): string | null }).getAttribute('data-session')),
        );
      expect(new Set(sessions)).toEqual(new Set(['delay']));
      expect(await page.locator('[data-slot] [data-testid="places"]').first().textContent()).toBe('Places left: 2');
      expect(errors).toEqual([]);
    } finally {
      await page.context().close();
    }
  });

  test('a full slot is refused with a clear message and the slots are reloaded; cancelling frees the place', async () => {
    const slotStart = at('18:30');
    const { page, errors } = await openBook();
    try {
      await toSlot(page, slotStart);
      await fillDetails(page, '李四', '139 0000 1111');
      await shot(page, 'confirm');

      // While the citizen reads the confirmation, a clerk books the slot's two places for callers.
      const clerk = (await clerkLogin(hub.url, 'clerk01')).token;
      const taken: BookingView[] = [];
      for (const phone of ['13700001234', '13700005678']) {
        const r = await api<BookingView | ErrorBody>(hub.url, '/api/v1/bookings', {
          token: clerk,
          body: { serviceId: SERVICE, slotStart, name: '王五', phone },
        });
        expect(r.status, JSON.stringify(r.body)).toBe(201);
        taken.push(r.body as BookingView);
      }

      await page.locator('[data-testid="confirm"]').click();
      // Back at the slot list, freshly loaded, with the reason in words above it.
      await page.locator('[data-step="slot"]').waitFor();
      const error = page.locator('[data-testid="error"]');
      await error.waitFor();
      expect(await error.getAttribute('data-code')).toBe('SLOT_FULL');
      expect(await error.textContent()).toBe('刚刚有人约走了这个时段的最后一个名额，请另选一个时段。');
      expect(await error.getAttribute('role')).toBe('alert');
      const full = page.locator(`[data-slot="${slotStart}"]`);
      await expect.poll(() => full.getAttribute('data-status')).toBe('full');
      expect(await full.isDisabled()).toBe(true);
      expect(await full.textContent()).toContain('已约满');
      await shot(page, 'slot-full');

      // The citizen who booked by phone proves that phone at "my booking" and cancels one place there.
      const first = taken[0];
      if (!first) throw new Error('no booking was made');
      await page.locator('[data-testid="tab-mine"]').click();
      await page.locator('[data-step="mine"]').waitFor();
      await page.locator('[data-testid="mine-phone"]').fill('137 0000 1234');
      await page.locator('[data-testid="send-code"]').click();
      // A wrong code is refused in words, and shows nothing.
      const demo = page.locator('[data-testid="demo-code"]');
      await demo.waitFor({ timeout: 10_000 });
      const wrong = (await demo.getAttribute('data-code')) === '000000' ? '111111' : '000000';
      await page.locator('[data-testid="sms-code"]').fill(wrong);
      await page.locator('[data-testid="verify-code"]').click();
      await expect
        .poll(() => page.locator('[data-testid="error"]').getAttribute('data-code'))
        .toBe('PHONE_CODE_INVALID');
      expect(await page.locator('[data-testid="found"]').count()).toBe(0);
      await typeDemoCode(page);
      await page.locator(`[data-testid="found"][data-code="${first.code}"]`).waitFor();
      // Only this phone's booking is listed, not the other one in the same slot.
      expect(await page.locator('[data-testid="found"]').count()).toBe(1);
      expect(await page.locator('[data-testid="masked-phone"]').count()).toBe(0);
      expect(await page.locator('[data-testid="booking-state"]').getAttribute('data-state')).toBe('booked');
      await page.locator('[data-testid="cancel"]').click();
      await page.locator('[data-testid="cancelled"]').waitFor();
      expect(await text(page, '[data-testid="cancelled"]')).toBe('预约已取消，名额已释放。');
      expect(await page.locator('[data-testid="booking-state"]').getAttribute('data-state')).toBe('cancelled');
      await expectTouchableAndLabelled(page);
      await shot(page, 'cancelled');

      const freed = (await slotsOf(SERVICE, DAY)).slots.find((s) => s.start === slotStart);
      expect(freed).toMatchObject({ booked: 1, available: true });

      // Back to the booking: the slot list reloads with the freed place, and this time the booking is made.
      await page.locator('[data-testid="tab-book"]').click();
      await page.locator('[data-step="slot"]').waitFor();
      await page.locator('[data-testid="reload-slots"]').click();
      const again = page.locator(`[data-slot="${slotStart}"]`);
      await expect.poll(() => again.getAttribute('data-status')).toBe('open');
      expect(await again.locator('[data-testid="places"]').textContent()).toBe('剩余 1 个');
      await again.click();
      await page.locator('[data-step="details"]').waitFor();
      // The form still holds what was typed, and the phone stays proven in this visit: on to confirm.
      await page.locator('[data-testid="next"]').click();
      await page.locator('[data-step="confirm"]').waitFor();
      await page.locator('[data-testid="confirm"]').click();
      await page.locator('[data-step="result"]').waitFor({ timeout: 10_000 });
      expect(await text(page, '[data-testid="masked-name"]')).toBe('李*');
      const nowFull = (await slotsOf(SERVICE, DAY)).slots.find((s) => s.start === slotStart);
      expect(nowFull).toMatchObject({ booked: 2, available: false });
      expect(errors).toEqual([]);
    } finally {
      await page.context().close();
    }
  });

  test('done when: a new user books an evening slot at /book, checks in at the kiosk and is called first at /counter', async () => {
    const slotStart = at('17:30');
    const { page, errors } = await openBook();
    let code: string;
    try {
      expect(await page.getAttribute('html', 'lang')).toBe('zh-Hans');
      await page.locator('[data-step="zone"]').waitFor({ timeout: 15_000 });
      expect(await text(page, '.top__app')).toBe('网上预约');
      await expectTouchableAndLabelled(page);
      await shot(page, 'zones');

      await toSlot(page, slotStart);
      // (the slot list was passed on the way: go back to photograph it with its 延时 badges)
      await page.locator('[data-testid="back"]').click();
      await page.locator('[data-step="slot"]').waitFor();
      const slot = page.locator(`[data-slot="${slotStart}"]`);
      await slot.waitFor();
      expect(await slot.getAttribute('data-session')).toBe('delay');
      expect(await slot.textContent()).toBe('17:30–18:00延时剩余 2 个');
      // 17:00–17:30 and every slot before it have started: not offered, and the page says so.
      expect(await page.locator(`[data-slot="${at('17:00')}"]`).count()).toBe(0);
      expect(await page.locator('[data-status="started"]').count()).toBe(0);
      await page.locator('[data-testid="started-hidden"]').waitFor();
      await expectTouchableAndLabelled(page);
      await shot(page, 'slots');
      await slot.click();
      await page.locator('[data-step="details"]').waitFor();

      // The form says what is wrong, in words, before anything is sent.
      await page.locator('[data-testid="phone"]').fill('12345');
      await page.locator('[data-testid="next"]').click();
      expect(await text(page, '[data-testid="name-problem"]')).toBe('请填写姓名。');
      expect(await text(page, '[data-testid="phone-problem"]')).toContain('请填写正确的电话号码');
      expect(await page.getAttribute('[data-testid="phone"]', 'aria-invalid')).toBe('true');
      expect(await text(page, '[data-testid="masked-note"]')).toContain('只以遮挡形式保存和显示');
      await shot(page, 'details-problems');
      await fillDetails(page, '张三丰', '138 1234 5678', 'verify');
      await page.locator('[data-testid="confirm"]').click();

      await page.locator('[data-step="result"]').waitFor({ timeout: 10_000 });
      code = await text(page, '[data-testid="booking-code"]');
      expect(code).toMatch(/^[A-Z0-9]{8}$/);
      const qr = page.locator('[data-testid="booking-qr"]');
      await qr.waitFor();
      expect(await qr.getAttribute('data-text')).toBe(code);
      expect(await qr.getAttribute('src')).toMatch(/^data:image\/png;base64,/);
      expect(await qr.evaluate((img) => (img as unknown as { naturalWidth: number }).naturalWidth)).toBeGreaterThan(
        100,
      );
      expect(await text(page, '[data-testid="summary-service"]')).toContain('城乡居民医保参保登记');
      expect(await text(page, '[data-testid="summary-day"]')).toBe(`${dayZh(DAY)} 周三`);
      expect(await text(page, '[data-testid="summary-time"]')).toBe('17:30–18:00延时');
      expect(await text(page, '[data-testid="masked-name"]')).toBe('张*丰');
      // The citizen's own view shows no phone digits (a look-up hands out nothing a request would accept).
      expect(await page.locator('[data-testid="masked-phone"]').count()).toBe(0);
      expect(await text(page, '[data-testid="check-in-note"]')).toContain('自助取号机签到');
      // Nothing whole of the phone number is left on the page once the hub has the booking.
      expect(await page.content()).not.toContain('12345678');
      expect(await page.content()).not.toContain('张三丰');
      await expectTouchableAndLabelled(page);
      await shot(page, 'result');

      // The same booking at "my booking", reached from the result: the phone proven for it lists it at once.
      await page.locator('[data-testid="to-mine"]').click();
      await page.locator(`[data-testid="found"][data-code="${code}"]`).waitFor();
      expect(await page.locator('[data-testid="booking-state"]').getAttribute('data-state')).toBe('booked');
      expect(errors).toEqual([]);
    } finally {
      await page.context().close();
    }

    expect(await staffView(code)).toMatchObject({
      code,
      serviceId: SERVICE,
      slotStart,
      session: 'delay',
      state: 'booked',
    });
    // Without the phone's proof the public look-up shows nothing.
    expect((await api<ErrorBody>(hub.url, `/api/v1/public/bookings/${code}`)).status).toBe(401);

    // Two citizens take normal tickets for the same service before the booking is checked in.
    const older1 = await issueNormal();
    const older2 = await issueNormal();

    // The kiosk says check-in is open: 17:20 is inside the window that opens 30 minutes before 17:30.
    const lookup = await api<KioskBookingLookup>(
      hub.url,
      `/api/v1/kiosk/bookings/${code.toLowerCase()}?phoneLast4=5678`,
      {
        token: DEMO_CREDENTIALS.kioskToken,
      },
    );
    expect(lookup.status, JSON.stringify(lookup.body)).toBe(200);
    expect(lookup.body.verdict).toBe('open');
    expect(lookup.body.checkInOpensAt).toBe(slotStart - 30 * 60_000);

    // Check-in at /kiosk: 预约签到 on the start screen, the code typed as a citizen reads it off the phone.
    const kioskContext = await browser.newContext({ viewport: { width: 1080, height: 1920 } });
    const kioskPage = await kioskContext.newPage();
    const kioskErrors: string[] = [];
    kioskPage.on('pageerror', (e) => kioskErrors.push(e.message));
    let bookingTicket: Ticket;
    try {
      expect((await kioskPage.goto(`${hub.url}/kiosk`))?.status()).toBe(200);
      await kioskPage.locator('[data-step="start"]').waitFor({ timeout: 15_000 });
      const before = (await ticketsOfDay(hub.url, adminToken)).tickets;
      await kioskPage.locator('[data-testid="booking-check-in"]').click();
      await kioskPage.locator('#booking-code').fill(code.toLowerCase());
      await kioskPage.locator('.entry__submit').click();
      // The code and the last four digits of the phone booked with.
      await kioskPage.locator('#booking-phone-digits').fill('5678');
      await kioskPage.locator('[data-testid="find-booking"]').click();
      await kioskPage.locator('[data-step="confirm"]').waitFor({ timeout: 10_000 });
      await shot(kioskPage, 'kiosk-check-in');
      await kioskPage.locator('[data-testid="take-number"]').click();
      await kioskPage.locator('[data-testid="result"]').waitFor({ timeout: 20_000 });
      const number = await text(kioskPage, '[data-testid="ticket-number"]');
      await shot(kioskPage, 'kiosk-ticket');
      const added = (await ticketsOfDay(hub.url, adminToken)).tickets.filter((t) => !before.some((b) => b.id === t.id));
      expect(added.map((t) => ({ number: t.number, lane: t.lane, code: t.booking?.code }))).toEqual([
        { number, lane: 'booking', code },
      ]);
      bookingTicket = added[0] as Ticket;
      expect(kioskErrors).toEqual([]);
    } finally {
      await kioskContext.close();
    }
    expect(bookingTicket.queueSeq).toBeGreaterThan(older2.queueSeq);
    expect((await staffView(code))?.state).toBe('checked-in');

    // Before the slot starts the booking is not due: a window calls the oldest normal ticket first.
    const clerk02 = (await clerkLogin(hub.url, 'clerk02')).token;
    for (const action of ['open', 'call-next'] as const) {
      const r = await api<WindowCommandResult | ErrorBody>(hub.url, `/api/v1/windows/2/${action}`, {
        token: clerk02,
        body: { requestId: requestId(action) },
      });
      expect(r.status, JSON.stringify(r.body)).toBe(200);
      if (action === 'call-next') expect((r.body as WindowCommandResult).ticket?.id).toBe(older1.id);
    }

    // The evening goes on: the hub is restarted on its database after 17:30, when the slot has started.
    const port = hub.port;
    await hub.stop();
    hub = await startEveningHub(AFTER_SLOT_START, port);
    adminToken = (await adminLogin(hub.url)).token;

    const counter = await browser.newContext({ viewport: { width: 1366, height: 768 } });
    const desk = await counter.newPage();
    const deskErrors: string[] = [];
    desk.on('pageerror', (e) => deskErrors.push(e.message));
    try {
      expect((await desk.goto(`${hub.url}/counter`))?.status()).toBe(200);
      await desk.locator('[data-screen="login"]').waitFor({ timeout: 15_000 });
      await toWindow(desk, 'clerk01', 1);
      await expect
        .poll(() => desk.locator(`[data-testid="queue"] [data-ticket="${older2.number}"]`).count(), {
          timeout: 10_000,
        })
        .toBe(1);
      await shot(desk, 'counter-before-call');
      await desk.keyboard.press('F1');
      await expect
        .poll(
          () =>
            desk
              .locator('[data-testid="current-number"]')
              .textContent({ timeout: 500 })
              .then((t) => (t ?? '').trim())
              .catch(() => ''),
          { timeout: 10_000 },
        )
        .toBe(bookingTicket.number);
      await shot(desk, 'counter-booking-called');
      expect(deskErrors).toEqual([]);
    } finally {
      await counter.close();
    }

    // The booking ticket was called at window 1 ahead of the older normal ticket, which still waits.
    const called = await hubTicket(bookingTicket.id);
    expect(called).toMatchObject({ state: 'called', lane: 'booking' });
    expect((await hubTicket(older2.id))?.state).toBe('waiting');
    expect((await staffView(code))?.state).toBe('called');
    // "My booking" opened from a link with the code (a new visit: the phone is proven again; the restart put
    // the hub clock past the minute a phone waits for a new code) shows it called, with no cancel offered.
    const mine = await openBook(`/book/my?code=${code}`);
    try {
      await mine.page.locator('[data-testid="mine-phone"]').waitFor({ timeout: 15_000 });
      await mine.page.locator('[data-testid="mine-phone"]').fill('13812345678');
      await mine.page.locator('[data-testid="send-code"]').click();
      await typeDemoCode(mine.page);
      await mine.page.locator(`[data-testid="found"][data-code="${code}"]`).waitFor({ timeout: 15_000 });
      expect(await mine.page.locator('[data-testid="booking-state"]').getAttribute('data-state')).toBe('called');
      expect(await text(mine.page, '[data-testid="booking-state"]')).toBe('已叫号');
      expect(await mine.page.locator('[data-testid="cancel"]').count()).toBe(0);
      await shot(mine.page, 'mine-called');
      expect(mine.errors).toEqual([]);
    } finally {
      await mine.page.context().close();
    }
  });
});
