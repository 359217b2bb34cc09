import { rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type {
  BookingOptionsView,
  BookingSlotsView,
  BookingSlotView,
  BookingView,
  DeviceView,
  Locale,
  PrinterStatus,
  Ticket,
} from '@hall/protocol';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { checkCharOf } from '@hall/kiosk/resident-id';
import { launchChromium, screenshotPath } from './harness/browser.ts';
import { adminLogin, api } from './harness/clients.ts';
import { hallAt, hallIso } from './harness/hall-dates.ts';
import { ticketsOfDay } from './harness/hall-reads.ts';
import { startHub, type HubProcess } from './harness/hub-process.ts';
import { probeGlyphs, renderedFontsOf, smallOrNamelessButtons } from './harness/render-checks.ts';

/**
 * The kiosk's web UI as the hub serves it at /kiosk, driven in Chromium against a real demo hub: the
 * browser kiosk finds its token in /kiosk/config.json and prints on the hub's virtual printer.
 */

let hub: HubProcess;
let browser: Browser;
let adminToken: string;
let kioskId: string;

const PORTRAIT = { width: 1080, height: 1920 };
const LANDSCAPE = { width: 1920, height: 1080 };

beforeAll(async () => {
  [hub, browser] = await Promise.all([startHub(), launchChromium()]);
  adminToken = (await adminLogin(hub.url)).token;
  const devices = await api<DeviceView[]>(hub.url, '/api/v1/devices', { token: adminToken });
  const kiosk = devices.body.find((d) => d.role === 'kiosk' && d.revokedAt === null);
  if (!kiosk) throw new Error('the demo hub has no kiosk device');
  kioskId = kiosk.id;
});

afterAll(async () => {
  await browser?.close();
  await hub?.stop();
});

async function simulatePrinter(status: PrinterStatus): Promise<void> {
  const res = await fetch(`${hub.url}/api/v1/printers/${kioskId}/simulate`, {
    method: 'PUT',
    headers: { authorization: `Bearer ${adminToken}`, 'content-type': 'application/json' },
    body: JSON.stringify(status),
    signal: AbortSignal.timeout(10_000),
  });
  expect(res.status, await res.text()).toBe(200);
}

async function hubTickets(): Promise<Ticket[]> {
  return (await ticketsOfDay(hub.url, adminToken)).tickets;
}

/** A fresh browser profile (no saved token) on the kiosk's start screen. */
async function openKiosk(viewport: { width: number; height: number }): Promise<Page> {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  const res = await page.goto(`${hub.url}/kiosk`);
  expect(res?.status()).toBe(200);
  await page.locator('[data-step="start"]').waitFor({ timeout: 15_000 });
  // Stats arrive with the socket's snapshot; the zone tiles then show figures.
  await expect.poll(() => page.locator('.zone-tile .wait-line__minutes').count(), { timeout: 10_000 }).toBe(21);
  expect(errors).toEqual([]);
  return page;
}

async function shot(page: Page, name: string): Promise<void> {
  writeFileSync(screenshotPath(`kiosk-${name}`), await page.screenshot());
}

/** Every visible button is at least 15 mm square (56.7 CSS px) and has a name a screen reader can say. */
async function expectTouchableAndLabelled(page: Page): Promise<void> {
  expect(await smallOrNamelessButtons(page, 56.6)).toEqual([]);
}

async function chooseLocale(page: Page, locale: Locale): Promise<void> {
  await page.locator(`.lang-switch button[lang="${locale}"]`).click();
  await expect.poll(() => page.getAttribute('html', 'lang')).toBe(locale);
  expect(await page.getAttribute('.kiosk', 'lang')).toBe(locale);
}

async function toLaneScreen(page: Page, zone: string, service: string): Promise<void> {
  await page.locator(`[data-zone="${zone}"]`).click();
  await page.locator('[data-step="services"]').waitFor();
  await page.locator(`[data-service="${service}"] button`).click();
  await page.locator('[data-step="lane"]').waitFor();
}

async function takeNumberAndWait(page: Page): Promise<string> {
  await page.locator('[data-testid="take-number"]').click();
  await page.locator('[data-testid="result"]').waitFor({ timeout: 20_000 });
  return ((await page.locator('[data-testid="ticket-number"]').textContent()) ?? '').trim();
}

const WELCOME: Record<Locale, string> = {
  'zh-Hans': '欢迎使用自助取号',
  'zh-Hant': '歡迎使用自助取號',
  en: 'Welcome — take a queue number here',
};

describe('a citizen takes a ticket at the browser kiosk', () => {
  const runs = [
    { locale: 'zh-Hans', viewport: PORTRAIT, zone: 'medical-insurance', service: 'resident-medical-insurance' },
    { locale: 'zh-Hant', viewport: LANDSCAPE, zone: 'taxation', service: 'invoice-issuance' },
    { locale: 'en', viewport: PORTRAIT, zone: 'public-security', service: 'resident-id-card' },
  ] as const;

  test.each(runs)('in $locale', async ({ locale, viewport, zone, service }) => {
    const page = await openKiosk(viewport);
    try {
      await chooseLocale(page, locale);
      expect((await page.locator('#start-title').textContent())?.trim()).toBe(WELCOME[locale]);
      if (locale !== 'en') {
        // A CJK system font drew the title, and every character its own glyph (no tofu boxes).
        const fonts = await renderedFontsOf(page, '#start-title');
        expect(fonts.some((f) => /CJK|Han|Hei|Song|WenQuanYi/i.test(f.familyName))).toBe(true);
        const glyphs = await probeGlyphs(page, '#start-title');
        expect(glyphs).toEqual({ distinct: new Set(WELCOME[locale]).size, asTofu: 0 });
      }
      await expectTouchableAndLabelled(page);
      await shot(page, `start-${locale}`);

      await toLaneScreen(page, zone, service);
      // (the services screen was passed on the way; go back to photograph it with its materials)
      await page.locator('.top-bar__nav button').first().click();
      await page.locator('[data-step="services"]').waitFor();
      expect(await page.locator(`[data-service="${service}"] .service-card__materials li`).count()).toBeGreaterThan(0);
      await expectTouchableAndLabelled(page);
      await shot(page, `services-${locale}`);
      await page.locator(`[data-service="${service}"] button`).click();
      await page.locator('[data-step="lane"]').waitFor();
      await expectTouchableAndLabelled(page);
      await shot(page, `lane-${locale}`);

      const before = await hubTickets();
      await page.locator('[data-lane="normal"]').click();
      await page.locator('[data-step="confirm"]').waitFor();
      const number = await takeNumberAndWait(page);
      expect(number).toMatch(/^[A-Z]\d{3}$/);

      // The number on screen is the hub's: one new ticket, this one, for this service, normal lane.
      const after = await hubTickets();
      const added = after.filter((t) => !before.some((b) => b.id === t.id));
      expect(added.map((t) => ({ number: t.number, serviceId: t.serviceId, lane: t.lane }))).toEqual([
        { number, serviceId: service, lane: 'normal' },
      ]);
      // The QR code points at the ticket's phone status page.
      const statusUrl = await page.locator('[data-testid="status-qr"]').getAttribute('data-url');
      expect(statusUrl).toBe(`${hub.url}/t/${added[0]?.statusCode}`);
      // The wait is a range of minutes in the citizen's language, or "next" when it is short.
      const waitShown = {
        'zh-Hans': /^(约 \d+–\d+ 分钟|即将叫号)$/,
        'zh-Hant': /^(約 \d+–\d+ 分鐘|即將叫號)$/,
        en: /^(About \d+–\d+ min|You are next)$/,
      }[locale];
      expect(await page.locator('[data-testid="wait-range"]').textContent()).toMatch(waitShown);

      // The virtual printer's preview image loads.
      const preview = page.locator('[data-testid="print-preview"]');
      await preview.waitFor();
      await expect
        .poll(() => preview.evaluate((img) => (img as unknown as { naturalWidth: number }).naturalWidth))
        .toBeGreaterThan(100);
      expect(await page.locator('[data-testid="print-failed"]').count()).toBe(0);
      await expectTouchableAndLabelled(page);
      await shot(page, `result-${locale}`);

      // Done: back to the start screen, in the default language for the next citizen.
      await page.locator('.result > .btn--huge').click();
      await page.locator('[data-step="start"]').waitFor();
      expect(await page.getAttribute('html', 'lang')).toBe('zh-Hans');
    } finally {
      await page.context().close();
    }
  });
});

describe('the printer is not ready', () => {
  test('no number is taken; once the printer is back the kiosk recovers and issues by itself', async () => {
    await simulatePrinter({ condition: 'offline', paperNearEnd: false });
    const page = await openKiosk(PORTRAIT);
    try {
      // The start screen already says so.
      await page.locator('[data-testid="status-banner"]').waitFor({ timeout: 10_000 });
      await toLaneScreen(page, 'real-estate', 'property-transfer');
      await page.locator('[data-lane="normal"]').click();
      const before = await hubTickets();
      await page.locator('[data-testid="take-number"]').click();
      const blocked = page.locator('[data-testid="issue-blocked"]');
      await blocked.waitFor({ timeout: 10_000 });
      expect(await blocked.getAttribute('data-block')).toBe('printer-offline');
      expect(await blocked.textContent()).toContain('打印机未就绪');
      await shot(page, 'printer-offline-zh-Hans');

      // A few rechecks later, still no ticket at the hub.
      await page.waitForTimeout(4_000);
      expect((await hubTickets()).length).toBe(before.length);
      expect(await page.locator('[data-testid="result"]').count()).toBe(0);

      await simulatePrinter({ condition: 'ready', paperNearEnd: false });
      const number = await (async () => {
        await page.locator('[data-testid="result"]').waitFor({ timeout: 20_000 });
        return ((await page.locator('[data-testid="ticket-number"]').textContent()) ?? '').trim();
      })();
      const added = (await hubTickets()).filter((t) => !before.some((b) => b.id === t.id));
      expect(added.map((t) => t.number)).toEqual([number]);
      expect(await page.locator('[data-testid="status-banner"]').count()).toBe(0);
    } finally {
      await simulatePrinter({ condition: 'ready', paperNearEnd: false });
      await page.context().close();
    }
  });
});

describe('the elderly lane by resident ID number', () => {
  const born1950 = (() => {
    const first17 = '11010519500315002';
    return first17 + checkCharOf(first17);
  })();
  const wrongCheck = born1950.slice(0, 17) + (born1950[17] === '1' ? '2' : '1');

  test('an invalid check digit is refused; a valid number of someone born 1950 gives the elderly lane', async () => {
    const page = await openKiosk(LANDSCAPE);
    try {
      await toLaneScreen(page, 'social-security', 'social-security-card');
      await page.locator('[data-lane="id"]').click();

      // Typed on the on-screen keypad.
      for (const ch of wrongCheck) await page.locator(`.keypad button[aria-label="${ch}"]`).click();
      expect(await page.inputValue('#resident-id')).toBe(wrongCheck);
      await page.locator('.entry__submit').click();
      await expect.poll(() => page.locator('#resident-id-problem').textContent()).toContain('校验未通过');
      expect(await page.locator('[data-step="lane"]').count()).toBe(1);
      expect(await page.inputValue('#resident-id')).toBe('');

      // Scanned (a keyboard-wedge reader types into the field).
      await page.locator('#resident-id').fill(born1950);
      await shot(page, 'lane-id-zh-Hans');
      await page.locator('.entry__submit').click();
      await page.locator('[data-step="confirm"]').waitFor();
      // The number is gone from the page once checked.
      expect(await page.content()).not.toContain(born1950);
      expect(await page.locator('.summary').textContent()).toContain('老年人优先');

      const before = await hubTickets();
      const number = await takeNumberAndWait(page);
      const added = (await hubTickets()).filter((t) => !before.some((b) => b.id === t.id));
      expect(added.map((t) => ({ number: t.number, lane: t.lane, holder: t.holder }))).toEqual([
        { number, lane: 'elderly', holder: null },
      ]);
      expect(await page.content()).not.toContain(born1950);
      await shot(page, 'result-elderly-zh-Hans');
    } finally {
      await page.context().close();
    }
  });
});

/** A booking made by the demo admin through the staff API, as the counter or a phone call would (a phone optional). */
async function book(
  url: string,
  token: string,
  serviceId: string,
  slotStart: number,
  phone?: string,
): Promise<BookingView> {
  const r = await api<BookingView>(url, '/api/v1/bookings', {
    token,
    body: { serviceId, slotStart, name: '张三丰', ...(phone === undefined ? {} : { phone }) },
  });
  expect(r.status, JSON.stringify(r.body)).toBe(201);
  expect(r.body.name).toBe('张*丰');
  return r.body;
}

/** Today's bookable slots of a service, from the hub's own clock (the e2e hub runs on a demo clock). */
async function slotsToday(url: string, serviceId: string): Promise<BookingSlotView[]> {
  const options = await api<BookingOptionsView>(url, '/api/v1/public/booking-options');
  expect(options.status).toBe(200);
  const day = options.body.days[0]?.day ?? '';
  const r = await api<BookingSlotsView>(url, `/api/v1/public/booking-slots?serviceId=${serviceId}&day=${day}`);
  expect(r.status, JSON.stringify(r.body)).toBe(200);
  return r.body.slots;
}

const clockOf = (ms: number) =>
  new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Asia/Shanghai',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(ms);

async function openBookingCheckIn(page: Page): Promise<void> {
  await page.locator('[data-testid="booking-check-in"]').click();
  await page.locator('[data-step="booking"]').waitFor();
}

/** A keyboard-wedge scanner: the code's characters as key presses, then Enter. */
async function scanCode(page: Page, code: string): Promise<void> {
  await page.keyboard.type(code);
  await page.keyboard.press('Enter');
}

/** After the code the kiosk asks for the last four digits of the booking's phone. */
async function digitsAsked(page: Page): Promise<void> {
  await page.locator('form[data-stage="digits"]').waitFor({ timeout: 10_000 });
}

/** A code scanned for a booking made without a phone: "booked without a phone number". */
async function scanCodeWithoutPhone(page: Page, code: string): Promise<void> {
  await scanCode(page, code);
  await digitsAsked(page);
  await page.locator('[data-testid="no-phone"]').click();
}

describe('booking check-in at the start screen', () => {
  test('an open check-in (code and phone digits) becomes a booking ticket once; too early says when check-in opens; an unknown code is said so', async () => {
    const slots = (await slotsToday(hub.url, 'housing-fund-withdrawal')).filter((s) => s.available);
    // The next slot to start: its check-in (30 min before it) is open now. One 3 hours later: too early.
    const next = slots[0];
    const later = slots.find((s) => next !== undefined && s.start >= next.start + 3 * 3600_000);
    if (!next || !later) throw new Error(`the demo hub has no slots to book: ${JSON.stringify(slots)}`);
    const open = await book(hub.url, adminToken, 'housing-fund-withdrawal', next.start, '13812345678');
    const early = await book(hub.url, adminToken, 'housing-fund-withdrawal', later.start);

    const page = await openKiosk(PORTRAIT);
    try {
      await expectTouchableAndLabelled(page);
      await openBookingCheckIn(page);
      // Typed on the on-screen keypad (the code's alphabet is the keypad's).
      for (const ch of open.code) await page.locator(`.keypad button[aria-label="${ch}"]`).click();
      expect(await page.inputValue('#booking-code')).toBe(open.code);
      await expectTouchableAndLabelled(page);
      await shot(page, 'booking-entry-zh-Hans');
      await page.locator('.entry__submit').click();

      // A code alone is not enough: the last four digits of the booking's phone, on a digits-only keypad.
      await digitsAsked(page);
      expect(await page.locator('[data-testid="entered-code"]').textContent()).toContain(open.code);
      expect(await page.locator('.keypad button[aria-label="A"]').count()).toBe(0);
      for (const d of '1234') await page.locator(`.keypad button[aria-label="${d}"]`).click();
      await page.locator('[data-testid="find-booking"]').click();
      await expect
        .poll(() => page.locator('#booking-code-problem').getAttribute('data-code'), { timeout: 10_000 })
        .toBe('UNKNOWN_BOOKING');
      expect(await page.locator('#booking-code-problem').textContent()).toContain('手机号码后四位不符');
      expect(await page.getAttribute('#booking-phone-digits', 'aria-invalid')).toBe('true');
      await expectTouchableAndLabelled(page);
      await shot(page, 'booking-digits-zh-Hans');
      await page.locator('#booking-phone-digits').fill('5678');
      await page.locator('[data-testid="find-booking"]').click();

      // Check-in is open: the confirm step shows the booking, its slot and the masked name only.
      await page.locator('[data-step="confirm"]').waitFor({ timeout: 10_000 });
      expect(await page.locator('[data-testid="confirm-booking-code"]').textContent()).toBe(open.code);
      expect(await page.locator('[data-testid="confirm-booking-slot"]').textContent()).toBe(
        `${clockOf(open.slotStart)}–${clockOf(open.slotEnd)}`,
      );
      expect(await page.locator('.summary').textContent()).toContain('张*丰');
      expect(await page.content()).not.toContain('张三丰');
      await shot(page, 'booking-confirm-zh-Hans');

      const before = await hubTickets();
      const number = await takeNumberAndWait(page);
      const added = (await hubTickets()).filter((t) => !before.some((b) => b.id === t.id));
      expect(
        added.map((t) => ({ number: t.number, serviceId: t.serviceId, lane: t.lane, code: t.booking?.code })),
      ).toEqual([{ number, serviceId: 'housing-fund-withdrawal', lane: 'booking', code: open.code }]);
      expect(await page.locator('[data-testid="result-slot"]').textContent()).toContain(clockOf(open.slotStart));
      await shot(page, 'booking-result-zh-Hans');
      await page.locator('.result > .btn--huge').click();
      await page.locator('[data-step="start"]').waitFor();

      // The same code again, scanned (lower case, as some scanners send it): already used, no second ticket.
      await openBookingCheckIn(page);
      await scanCode(page, open.code.toLowerCase());
      await digitsAsked(page);
      await page.keyboard.type('5678');
      await page.keyboard.press('Enter');
      const verdict = page.locator('[data-testid="booking-verdict"]');
      await verdict.waitFor({ timeout: 10_000 });
      expect(await verdict.getAttribute('data-verdict')).toBe('used');
      expect(await verdict.textContent()).toContain('已签到');
      expect((await hubTickets()).length).toBe(before.length + 1);

      // Too early, in English: when check-in opens (30 minutes before the slot), and no ticket.
      await chooseLocale(page, 'en');
      // Scanned straight over the last verdict, the focus on a language button: the kiosk starts over.
      await scanCodeWithoutPhone(page, early.code);
      await expect.poll(() => verdict.getAttribute('data-verdict'), { timeout: 10_000 }).toBe('too-early');
      expect(await verdict.textContent()).toContain(`Check-in opens at ${clockOf(early.slotStart - 30 * 60_000)}`);
      expect(await page.locator('[data-testid="booking-slot"]').textContent()).toBe(
        `${clockOf(early.slotStart)}–${clockOf(early.slotEnd)}`,
      );
      expect(await page.locator('[data-testid="take-normal"]').count()).toBe(0);
      await expectTouchableAndLabelled(page);
      await shot(page, 'booking-too-early-en');
      expect((await hubTickets()).length).toBe(before.length + 1);

      // A code the hub does not know.
      await page.locator('[data-testid="booking-another"]').click();
      await scanCodeWithoutPhone(page, 'ZZZZ2345');
      await expect
        .poll(() => page.locator('#booking-code-problem').getAttribute('data-code'), { timeout: 10_000 })
        .toBe('UNKNOWN_BOOKING');
      expect(await page.locator('#booking-code-problem').textContent()).toContain('could not find');
    } finally {
      await page.context().close();
    }
  });
});

describe('the hall in the evening (delay service)', () => {
  /**
   * A second demo hub: bookings are made in the morning for 10:30, then it restarts on the same
   * database at 17:40 the same day, when only the delay-service items are open and the morning
   * bookings were missed.
   */
  let evening: HubProcess | undefined;
  let eveningAdmin = '';
  let missedOpen: BookingView;
  let missedClosed: BookingView;

  beforeAll(async () => {
    const morning = await startHub({ env: { HALL_DEMO_START: hallIso('10:05') } });
    const slot = hallAt('10:30');
    try {
      const token = (await adminLogin(morning.url)).token;
      missedOpen = await book(morning.url, token, 'housing-fund-withdrawal', slot);
      missedClosed = await book(morning.url, token, 'housing-fund-loan', slot);
    } finally {
      await morning.stop({ keepFiles: true });
    }
    evening = await startHub({ dbPath: morning.dbPath, env: { HALL_DEMO_START: hallIso('17:40') } });
    eveningAdmin = (await adminLogin(evening.url)).token;
  });

  afterAll(async () => {
    await evening?.stop();
    // The morning hub's temp dir, which the evening hub reused.
    if (evening) rmSync(dirname(evening.dbPath), { recursive: true, force: true });
  });

  async function openEveningKiosk(): Promise<Page> {
    if (!evening) throw new Error('no evening hub');
    const context = await browser.newContext({ viewport: PORTRAIT });
    const page = await context.newPage();
    await page.goto(`${evening.url}/kiosk`);
    await page.locator('[data-step="start"]').waitFor({ timeout: 15_000 });
    // With the figures, every zone shows its wait, or (closed) when it opens.
    await expect
      .poll(() => page.locator('.zone-tile .wait-line__minutes, .zone-tile .closed-line').count(), { timeout: 10_000 })
      .toBe(21);
    return page;
  }

  test('closed services stay listed, greyed, with when they open; a closed zone says so; delay items carry a badge', async () => {
    const page = await openEveningKiosk();
    try {
      // Transport has no delay-service item: its tile says it is closed, and opens tomorrow at 09:00.
      const transport = page.locator('[data-zone="transport"]');
      await expect.poll(() => transport.getAttribute('data-open')).toBe('false');
      expect(await transport.locator('[data-testid="zone-closed"]').textContent()).toContain('明天 09:00 开始办理');
      expect(await transport.locator('.wait-line').count()).toBe(0);
      expect(await page.locator('[data-zone="housing-fund"]').getAttribute('data-open')).toBe('true');
      await shot(page, 'evening-start-zh-Hans');

      await page.locator('[data-zone="housing-fund"]').click();
      await page.locator('[data-step="services"]').waitFor();
      const loan = page.locator('[data-service="housing-fund-loan"]');
      const withdrawal = page.locator('[data-service="housing-fund-withdrawal"]');
      expect(await loan.getAttribute('data-open')).toBe('false');
      expect(await loan.locator('button').isDisabled()).toBe(true);
      expect(await loan.locator('[data-testid="service-opens"]').textContent()).toContain('明天 09:00 开始办理');
      expect(await loan.locator('[data-testid="delay-badge"]').count()).toBe(0);
      expect(await withdrawal.getAttribute('data-open')).toBe('true');
      expect(await withdrawal.locator('button').isDisabled()).toBe(false);
      expect(await withdrawal.locator('[data-testid="delay-badge"]').textContent()).toBe('延时服务');
      await shot(page, 'evening-services-zh-Hans');

      await chooseLocale(page, 'zh-Hant');
      expect(await loan.locator('[data-testid="service-opens"]').textContent()).toContain('明天 09:00 開始辦理');
      await chooseLocale(page, 'en');
      expect(await loan.locator('[data-testid="service-opens"]').textContent()).toContain('Opens tomorrow 09:00');
      expect(await withdrawal.locator('[data-testid="delay-badge"]').textContent()).toBe('Evening & weekend service');
    } finally {
      await page.context().close();
    }
  });

  test('a missed booking offers a normal ticket for its service, or says when a closed one opens', async () => {
    if (!evening) throw new Error('no evening hub');
    const url = evening.url;
    const page = await openEveningKiosk();
    try {
      await openBookingCheckIn(page);
      await scanCodeWithoutPhone(page, missedOpen.code);
      const verdict = page.locator('[data-testid="booking-verdict"]');
      await verdict.waitFor({ timeout: 10_000 });
      expect(await verdict.getAttribute('data-verdict')).toBe('missed');
      expect(await verdict.textContent()).toContain(`已于 ${clockOf(missedOpen.slotEnd)} 结束`);
      await shot(page, 'booking-missed-zh-Hans');

      const before = (await ticketsOfDay(url, eveningAdmin)).tickets;
      await page.locator('[data-testid="take-normal"]').click();
      await page.locator('[data-step="confirm"]').waitFor();
      expect(await page.locator('[data-testid="confirm-booking-code"]').count()).toBe(0);
      const number = await takeNumberAndWait(page);
      const added = (await ticketsOfDay(url, eveningAdmin)).tickets.filter((t) => !before.some((b) => b.id === t.id));
      expect(
        added.map((t) => ({ number: t.number, serviceId: t.serviceId, lane: t.lane, booking: t.booking })),
      ).toEqual([{ number, serviceId: 'housing-fund-withdrawal', lane: 'normal', booking: null }]);
      await page.locator('.result > .btn--huge').click();

      // Missed, and its service is closed this evening: no ticket offered, the opening time instead.
      await openBookingCheckIn(page);
      await scanCodeWithoutPhone(page, missedClosed.code);
      await expect.poll(() => verdict.getAttribute('data-verdict'), { timeout: 10_000 }).toBe('missed');
      expect(await page.locator('[data-testid="service-opens"]').textContent()).toContain('明天 09:00 开始办理');
      expect(await page.locator('[data-testid="take-normal"]').count()).toBe(0);
    } finally {
      await page.context().close();
    }
  });
});

describe('idle and large type', () => {
  test('large type on the services screen, then 30 s without a touch goes back to a fresh start', async () => {
    const page = await openKiosk(PORTRAIT);
    try {
      await chooseLocale(page, 'en');
      await page.locator('[data-zone="civil-affairs"]').click();
      await page.locator('[data-step="services"]').waitFor();
      await page.locator('.btn--toggle').click();
      expect(await page.getAttribute('.btn--toggle', 'aria-pressed')).toBe('true');
      expect(await page.locator('html.large-type').count()).toBe(1);
      await shot(page, 'services-large-en');
      await page.locator('[data-step="start"]').waitFor({ timeout: 40_000 });
      expect(await page.getAttribute('html', 'lang')).toBe('zh-Hans');
      expect(await page.locator('html.large-type').count()).toBe(0);
    } finally {
      await page.context().close();
    }
  });
});

describe('a browser kiosk on a real (non-demo) hub', () => {
  test('asks an attendant for the device token, refuses a wrong one, and starts with the right one', async () => {
    // A real hall runs on the real clock (no HALL_DEMO_START); the hub machine's clock reads the hall morning,
    // whenever the tests run (at night or on a Sunday every zone would be closed).
    const realHub = await startHub({
      env: { HALL_DEMO: '0', HALL_ADMIN_PASSWORD: 'e2e-admin-password-2026' },
      machineTime: hallAt('10:00'),
    });
    const context = await browser.newContext({ viewport: PORTRAIT });
    try {
      const admin = await api<{ token: string }>(realHub.url, '/api/v1/auth/login', {
        body: { username: 'admin', password: 'e2e-admin-password-2026' },
      });
      const created = await api<{ token: string }>(realHub.url, '/api/v1/devices', {
        token: admin.body.token,
        body: { role: 'kiosk', name: 'Kiosk 2 north door' },
      });
      expect(created.status).toBe(201);

      const page = await context.newPage();
      await page.goto(`${realHub.url}/kiosk`);
      await page.locator('[data-step="setup"]').waitFor({ timeout: 15_000 });
      // Citizens are sent to the desk in every language; no dead end.
      for (const lang of ['zh-Hans', 'zh-Hant', 'en'])
        expect(await page.locator(`.setup__notice[lang="${lang}"]`).count()).toBe(1);
      await shot(page, 'setup');

      await page.locator('#setup-token').fill('not-a-real-token-at-all');
      await page.locator('.setup__staff button[type="submit"]').click();
      await expect.poll(() => page.locator('.setup__staff [role="alert"]').count(), { timeout: 10_000 }).toBe(1);

      await page.locator('#setup-token').fill(created.body.token);
      await page.locator('#setup-name').fill('Kiosk 2 north door');
      await page.locator('.setup__staff button[type="submit"]').click();
      await page.locator('[data-step="start"]').waitFor({ timeout: 15_000 });
      await expect.poll(() => page.locator('.zone-tile .wait-line__minutes').count(), { timeout: 10_000 }).toBe(21);

      // The token stays in this browser: a reload goes straight to the start screen.
      await page.reload();
      await page.locator('[data-step="start"]').waitFor({ timeout: 15_000 });
    } finally {
      await context.close();
      await realHub.stop();
    }
  });
});
