import { writeFileSync } from 'node:fs';
import type { HallSnapshot, IssuedTicket, Ticket } from '@hall/protocol';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { checkCharOf } from '@hall/kiosk/resident-id';
import { launchChromium, screenshotPath } from './harness/browser.ts';
import { adminLogin, api, connected, DEMO_CREDENTIALS, socketClient } from './harness/clients.ts';
import { addDays, dayEn, dayZh, HALL_DAY, hallAt, HALL_TIME_ZONE } from './harness/hall-dates.ts';
import { ticketsOfDay } from './harness/hall-reads.ts';
import { startHub, type HubProcess } from './harness/hub-process.ts';
import { pressWhenEnabled, toWindow } from './harness/counter-page.ts';
import { step, stepsIn } from './harness/steps.ts';

/**
 * "Displays, counters and kiosks show hub time, never their own clock, also when a hall PC's clock is off by a
 * day." One demo hub (its clock on the hall day, HALL_DAY); each web UI opened in Chromium whose clock reads the
 * hub's time moved by one day forward, then by one day back (moved from the hub's time, not from the machine's:
 * the demo hub's day is not the day the tests run). The page's `Date` is replaced before any of its
 * scripts run (an init script), so `Date.now()` and `new Date()` read the moved clock while its timers run as
 * usual; what a person sees must still be the hub's day and time.
 */

const DAY_MS = 86_400_000;
const LANDSCAPE = { width: 1920, height: 1080 };
const PHONE = { width: 390, height: 844 };
/** The default for every Playwright action and wait of these pages: nothing waits for long. */
const ACTION_MS = 10_000;

let hub: HubProcess;
let browser: Browser;
let adminToken: string;
/** The hub's clock minus this process's clock. */
let hubMinusNode = 0;
/** The browser's own (real) clock minus this process's clock: not zero in a run under libfaketime. */
let browserMinusNode = 0;

/** The hub's clock now, as this process reads it. */
const hubNow = () => Date.now() + hubMinusNode;

beforeAll(async () => {
  [hub, browser] = await Promise.all([startHub(), launchChromium()]);
  adminToken = (await adminLogin(hub.url)).token;
  hubMinusNode = (await hubServerTime()) - Date.now();
  const probe = await browser.newPage();
  try {
    const before = Date.now();
    const browserNow = await step('read the browser clock', 5_000, () => probe.evaluate(() => Date.now()));
    browserMinusNode = browserNow - (before + Date.now()) / 2;
  } finally {
    await probe.close();
  }
});

afterAll(async () => {
  await browser?.close();
  await hub?.stop();
});

/** `serverTime` of a fresh snapshot, read over socket.io as a display (the snapshot comes on connect). */
async function hubServerTime(): Promise<number> {
  const socket = socketClient(hub.url, DEMO_CREDENTIALS.displayToken);
  try {
    const snapshot = new Promise<HallSnapshot>((resolve) => socket.once('hall:snapshot', resolve));
    return await step('read the hub clock from a snapshot', 10_000, async () => {
      await connected(socket, 5_000);
      return (await snapshot).serverTime;
    });
  } finally {
    socket.close();
  }
}

/**
 * Runs in the page before its own scripts: `Date` becomes a wrapper of the real one whose `now()`, no-argument
 * constructor and plain call read the real clock plus `shiftMs`. Timers (setTimeout, setInterval,
 * performance.now) are left alone, unlike `page.clock.install`.
 */
function shiftPageClock(shiftMs: number): void {
  const RealDate = Date;
  const shiftedNow = () => RealDate.now() + shiftMs;
  globalThis.Date = new Proxy(RealDate, {
    construct: (target, args, newTarget) =>
      Reflect.construct(target, args.length === 0 ? [shiftedNow()] : args, newTarget) as object,
    apply: () => new RealDate(shiftedNow()).toString(),
    get: (target, key, receiver) => (key === 'now' ? shiftedNow : Reflect.get(target, key, receiver)),
  });
}

const dayFormat = new Intl.DateTimeFormat('en-CA', {
  timeZone: HALL_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});
const clockFormat = new Intl.DateTimeFormat('en-GB', {
  timeZone: HALL_TIME_ZONE,
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});
const dateEnFormat = new Intl.DateTimeFormat('en-GB', {
  timeZone: HALL_TIME_ZONE,
  weekday: 'short',
  day: 'numeric',
  month: 'short',
  year: 'numeric',
});
/** `Wed, 25 Nov 2026`: the display's English date line (apps/display/src/logic/clock.ts). */
const dateEnOf = (ms: number) => dateEnFormat.format(ms);
/** The hall-local date `2026-11-25` of an instant. */
const hallDayOf = (ms: number) => dayFormat.format(ms);
/** The hall-local time `10:03` of an instant. */
const hallClockOf = (ms: number) => clockFormat.format(ms);

interface ShiftedPage {
  context: BrowserContext;
  page: Page;
  errors: string[];
}

/** A fresh browser profile whose clock reads the hub's time moved by `days`, at `path`. */
async function openShifted(days: number, path: string, options: { phone?: boolean } = {}): Promise<ShiftedPage> {
  const context = await browser.newContext(
    options.phone
      ? { viewport: PHONE, isMobile: true, hasTouch: true, deviceScaleFactor: 2, locale: 'zh-CN' }
      : { viewport: LANDSCAPE, locale: 'zh-CN' },
  );
  try {
    context.setDefaultTimeout(ACTION_MS);
    await context.addInitScript(shiftPageClock, hubMinusNode - browserMinusNode + days * DAY_MS);
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    const res = await page.goto(`${hub.url}${path}`, { timeout: 15_000 });
    expect(res?.status()).toBe(200);
    // The page's own clock really is off: its hall-local date is the hub's day moved by `days`.
    const own = await step('read the page clock', 5_000, () => page.evaluate(() => [Date.now(), new Date().getTime()]));
    expect(own.map(hallDayOf)).toEqual([addDays(HALL_DAY, days), addDays(HALL_DAY, days)]);
    expect(hallDayOf(hubNow())).toBe(HALL_DAY);
    return { context, page, errors };
  } catch (err) {
    await context.close();
    throw err;
  }
}

async function shot(page: Page, name: string): Promise<void> {
  writeFileSync(screenshotPath(`hub-time-${name}`), await page.screenshot({ timeout: ACTION_MS }));
}

/**
 * `read()` next to what `expected(hub time)` is at that moment; `null` when the hub's minute turned while
 * reading (the caller polls again).
 */
async function sampleAgainstHub(
  read: () => Promise<string>,
  expected: (hubMs: number) => string,
): Promise<{ shown: string; hub: string } | null> {
  const before = expected(hubNow());
  const shown = await read();
  const after = expected(hubNow());
  return before === after ? { shown, hub: before } : null;
}

/** Polls until `read()` shows what `expected` gives for the hub's time; fails after `timeoutMs`. */
async function expectHubTime(
  read: () => Promise<string>,
  expected: (hubMs: number) => string,
  timeoutMs = 10_000,
): Promise<void> {
  await expect
    .poll(
      async () => {
        const s = await sampleAgainstHub(read, expected);
        return s === null ? 'the minute turned while reading' : s.shown === s.hub ? 'as the hub' : s;
      },
      { timeout: timeoutMs, interval: 250 },
    )
    .toBe('as the hub');
}

const textOf = async (page: Page, selector: string) =>
  ((await page.locator(selector).first().textContent({ timeout: ACTION_MS })) ?? '').trim();

/** A valid resident ID number of someone born on `day` ("1966-11-26"). */
function residentIdBornOn(day: string): string {
  const first17 = `110105${day.replaceAll('-', '')}002`;
  return first17 + checkCharOf(first17);
}

/** The same date `years` years earlier ("2026-11-26" → "1966-11-26"). */
const yearsBefore = (day: string, years: number) => `${Number(day.slice(0, 4)) - years}${day.slice(4)}`;

/** The demo hall's elderly lane is from 60 (ELDERLY_AGE in apps/kiosk/src/shared/resident-id.ts). */
const ELDERLY_AGE = 60;
/** 60 today on the hub's day: elderly. */
const SIXTY_TODAY = residentIdBornOn(yearsBefore(HALL_DAY, ELDERLY_AGE));
/** 60 only tomorrow: not yet elderly on the hub's day, whatever day the kiosk's own clock says. */
const SIXTY_TOMORROW = residentIdBornOn(yearsBefore(addDays(HALL_DAY, 1), ELDERLY_AGE));

const UNDER_AGE_NOTICE = '您未满60周岁，已为您选择普通取号，感谢理解';

let issued = 0;
async function issueAtKiosk(serviceId: string): Promise<Ticket> {
  issued += 1;
  const r = await api<IssuedTicket>(hub.url, '/api/v1/tickets', {
    token: DEMO_CREDENTIALS.kioskToken,
    body: { requestId: `e2e-hub-time-${issued}-${Date.now().toString(36)}`, serviceId },
  });
  expect(r.status, JSON.stringify(r.body)).toBe(201);
  return r.body.ticket;
}

/** The demo hall's recall cooldown (policy.recall.cooldownSeconds in apps/hub/config/demo-hall.json). */
const RECALL_COOLDOWN_S = 15;

/** When the hub says it called a ticket (its clock). */
async function calledAt(ticketId: string): Promise<number> {
  const { tickets } = await ticketsOfDay(hub.url, adminToken);
  const at = tickets.find((t) => t.id === ticketId)?.calledAt;
  if (typeof at !== 'number') throw new Error(`ticket ${ticketId} has not been called: ${JSON.stringify(tickets)}`);
  return at;
}

const ROUNDS = [
  { label: 'plus-1-day', days: 1 },
  { label: 'minus-1-day', days: -1 },
] as const;

describe.each(ROUNDS)('a browser whose clock is the hub time $days day(s) off ($label)', ({ label, days }) => {
  test('the wall display shows the hub day and time in its header', async () => {
    const { context, page, errors } = await openShifted(days, '/display?lang2=en');
    const inStep = stepsIn({ hub: () => hub, page: () => page });
    try {
      await inStep('the hall screen shows the hub day and time', 20_000, async () => {
        await page.locator('[data-screen="hall"]').waitFor({ timeout: 15_000 });
        // HALL_DAY is a Wednesday (hall-dates.ts checks it).
        await expect
          .poll(() => textOf(page, '[data-testid="clock"] .clock__date [lang="zh-Hans"]'), { timeout: 10_000 })
          .toBe(`${dayZh(HALL_DAY)} 星期三`);
        expect(await textOf(page, '[data-testid="clock"] .clock__date [lang="en"]')).toBe(dateEnOf(hallAt('12:00')));
        await expectHubTime(() => textOf(page, '[data-testid="clock"] .clock__time'), hallClockOf);
      });
      await shot(page, `display-${label}`);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  test('the kiosk judges the elderly lane by ID number on the hub day', async () => {
    const { context, page, errors } = await openShifted(days, '/kiosk');
    const inStep = stepsIn({ hub: () => hub, page: () => page });
    const checkId = async (id: string) => {
      await page.locator('[data-step="lane"]').waitFor({ timeout: ACTION_MS });
      await page.locator('[data-lane="id"]').click();
      await page.locator('#resident-id').fill(id);
      await page.locator('.entry__submit').click();
      await page.locator('[data-step="confirm"]').waitFor({ timeout: ACTION_MS });
    };
    /** The lane line of the confirm step's summary (service, zone, lane). */
    const laneShown = () => textOf(page, '.summary dd:nth-of-type(3)');
    try {
      await inStep('the start screen has the hub figures', 20_000, async () => {
        await page.locator('[data-step="start"]').waitFor({ timeout: 15_000 });
        // The figures come with the socket's snapshot, and with them the hub's time.
        await expect.poll(() => page.locator('.zone-tile .wait-line__minutes').count(), { timeout: 10_000 }).toBe(21);
      });
      await inStep('to the ID entry of a service', 10_000, async () => {
        await page.locator('[data-zone="social-security"]').click();
        await page.locator('[data-step="services"]').waitFor({ timeout: ACTION_MS });
        await page.locator('[data-service="social-security-card"] button').click();
      });

      await inStep('60 only tomorrow: the standard queue, with the under-60 notice', 15_000, async () => {
        await checkId(SIXTY_TOMORROW);
        expect(await laneShown()).toBe('普通');
        expect(await textOf(page, '.notice--gentle[role="status"]')).toBe(UNDER_AGE_NOTICE);
      });
      await shot(page, `kiosk-sixty-tomorrow-${label}`);

      await inStep('back to the lane screen', 10_000, async () => {
        await page.locator('.top-bar__nav button').first().click();
      });
      await inStep('60 today: the elderly lane, no notice', 15_000, async () => {
        await checkId(SIXTY_TODAY);
        expect(await laneShown()).toBe('老年人优先');
        expect(await page.locator('.notice--gentle[role="status"]').count()).toBe(0);
      });
      await shot(page, `kiosk-sixty-today-${label}`);
      await inStep('neither number stays on the page once checked', 5_000, async () => {
        const html = await page.content();
        expect([html.includes(SIXTY_TODAY), html.includes(SIXTY_TOMORROW)]).toEqual([false, false]);
      });
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  test('the counter counts waiting minutes and the recall cooldown on the hub clock, and keeps its sign-in over a reload', async () => {
    const ticket = await issueAtKiosk('resident-medical-insurance');
    const { context, page, errors } = await openShifted(days, '/counter');
    const inStep = stepsIn({ hub: () => hub, page: () => page });
    const mainAtWindow1 = '[data-screen="main"] .main[data-window="1"]';
    try {
      await inStep('clerk01 signs in and opens window 1', 30_000, async () => {
        await page.locator('[data-screen="login"]').waitFor({ timeout: 15_000 });
        await toWindow(page, 'clerk01', 1);
      });
      const waited = (hubMs: number) => `${Math.max(0, Math.floor((hubMs - ticket.queuedAt) / 60_000))} 分钟`;
      const row = `[data-testid="queue"] [data-ticket="${ticket.number}"] .queue__wait`;
      await inStep('the queue shows the minutes waited since the hub queued the ticket', 15_000, async () => {
        await page.locator(row).waitFor({ timeout: ACTION_MS });
        await expectHubTime(() => textOf(page, row), waited);
      });
      await shot(page, `counter-${label}`);

      // The recall cooldown counts down on the hub clock: own time a day ahead would show none, a day behind a day.
      await inStep('F1 calls the ticket; the recall cooldown counts down from the hub call time', 15_000, async () => {
        await pressWhenEnabled(page, 'F1', 'call-next');
        await expect
          .poll(() => textOf(page, '[data-testid="current-number"]'), { timeout: ACTION_MS })
          .toBe(ticket.number);
        const shown = await textOf(page, '.current__cooldown');
        const seconds = Number(/^· (\d+)秒后可重呼$/.exec(shown)?.[1]);
        expect(seconds, shown).toBeGreaterThanOrEqual(1);
        // The page's hub clock ticks once a second: for up to a second after the call it may still read a moment
        // before it, and show one second more than the cooldown.
        expect(seconds, shown).toBeLessThanOrEqual(RECALL_COOLDOWN_S + 1);
      });
      const called = await calledAt(ticket.id);
      await inStep('the cooldown ends when the hub clock is past it', (RECALL_COOLDOWN_S + 10) * 1_000, async () => {
        await page
          .locator('.current__cooldown')
          .waitFor({ state: 'detached', timeout: (RECALL_COOLDOWN_S + 5) * 1_000 });
        // The page ticks once a second: it may notice the end up to a second late, never early.
        expect(hubNow() - called).toBeGreaterThanOrEqual((RECALL_COOLDOWN_S - 1) * 1_000);
      });
      await shot(page, `counter-cooldown-over-${label}`);
      await inStep('F3 and F4 start and finish it (the next round calls its own ticket)', 20_000, async () => {
        await pressWhenEnabled(page, 'F3', 'start');
        await page.locator('[data-testid="current-ticket"][data-state="serving"]').waitFor({ timeout: ACTION_MS });
        await pressWhenEnabled(page, 'F4', 'finish');
        await page.locator('[data-testid="current-ticket"].current--empty').waitFor({ timeout: ACTION_MS });
      });

      // The session's end is the hub's time: a reload on a PC a day ahead must not throw the clerk out.
      await inStep('after a reload, still signed in at window 1', 30_000, async () => {
        await page.reload({ timeout: 15_000 });
        await page.locator(mainAtWindow1).waitFor({ timeout: 15_000 });
        expect(await page.locator('[data-screen="login"]').count()).toBe(0);
        expect(await textOf(page, '[data-testid="clerk-name"]')).toBe('1号窗口 · 医保 · 王晓明');
      });
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  test('the booking page offers days from the hub day, which it calls today', async () => {
    const { context, page, errors } = await openShifted(days, '/book?lang=en', { phone: true });
    const inStep = stepsIn({ hub: () => hub, page: () => page });
    try {
      await inStep('to the day list of a delay-service item', 20_000, async () => {
        await page.locator('[data-step="zone"]').waitFor({ timeout: 15_000 });
        await page.locator('[data-zone="medical-insurance"]').click();
        await page.locator('[data-service="resident-medical-insurance"]').click();
        await page.locator('[data-step="day"]').waitFor({ timeout: ACTION_MS });
      });
      await inStep('the first days are the hub day and the next', 10_000, async () => {
        const shown = await page
          .locator('[data-day]')
          .evaluateAll((els) =>
            els
              .slice(0, 2)
              .map((e) => (e as unknown as { getAttribute(n: string): string | null }).getAttribute('data-day')),
          );
        expect(shown).toEqual([HALL_DAY, addDays(HALL_DAY, 1)]);
        expect(await textOf(page, `[data-day="${HALL_DAY}"]`)).toBe(`${dayEn(HALL_DAY)}Today`);
        const tomorrow = addDays(HALL_DAY, 1);
        expect(await textOf(page, `[data-day="${tomorrow}"]`)).toBe(`${dayEn(tomorrow)}Tomorrow`);
        expect(await page.locator(`[data-day="${addDays(HALL_DAY, -1)}"]`).count()).toBe(0);
      });
      await shot(page, `book-${label}`);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
