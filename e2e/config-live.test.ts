import type { ConfigVersionView, HallConfig } from '@hall/protocol';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchChromium, screenshotPath } from './harness/browser.ts';
import { HALL_DAY } from './harness/hall-dates.ts';
import { adminLogin, api } from './harness/clients.ts';
import { signIn } from './harness/counter-page.ts';
import { startHub, type HubProcess } from './harness/hub-process.ts';

/**
 * The hall configuration changed live: an admin stores a new version over the API and a kiosk page that
 * is open shows it without a reload (the hub pushes `hall:config`).
 */

let hub: HubProcess;
let browser: Browser;
let adminToken: string;

beforeAll(async () => {
  [hub, browser] = await Promise.all([startHub(), launchChromium()]);
  adminToken = (await adminLogin(hub.url)).token;
});

afterAll(async () => {
  await browser?.close();
  await hub?.stop();
});

async function openKioskServices(zone: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1080, height: 1920 } });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  expect((await page.goto(`${hub.url}/kiosk`))?.status()).toBe(200);
  await page.locator('[data-step="start"]').waitFor({ timeout: 15_000 });
  await page.locator(`[data-zone="${zone}"]`).click();
  await page.locator('[data-step="services"]').waitFor();
  expect(errors).toEqual([]);
  return page;
}

/** Stores the configuration in force changed by `edit` as a new version, as the admin console does. */
async function storeConfig(note: string, edit: (config: HallConfig) => void): Promise<void> {
  const current = await api<ConfigVersionView>(hub.url, '/api/v1/config', { token: adminToken });
  expect(current.status).toBe(200);
  const config = structuredClone(current.body.config);
  edit(config);
  const stored = await api<ConfigVersionView>(hub.url, '/api/v1/config', {
    method: 'PUT',
    token: adminToken,
    body: { baseVersion: current.body.version, config, note },
  });
  expect(stored.status, JSON.stringify(stored.body)).toBe(200);
}

describe('configuration changed live', () => {
  test('a renamed service shows on an open kiosk without a reload', async () => {
    const page = await openKioskServices('medical-insurance');
    const name = page.locator('#svc-resident-medical-insurance');
    // The heading also holds the delay-service badge.
    await expect.poll(() => name.textContent()).toContain('城乡居民医保参保登记');
    // A reload would lose this mark.
    await page.evaluate(() => Object.assign(globalThis, { hallTestMark: 'still here' }));

    await storeConfig('e2e rename', (config) => {
      const service = config.services.find((s) => s.id === 'resident-medical-insurance');
      if (!service) throw new Error('the demo hall has no resident-medical-insurance service');
      service.names = {
        'zh-Hans': '居民医保登记（新）',
        'zh-Hant': '居民醫保登記（新）',
        en: 'Resident medical insurance (new)',
      };
    });

    await expect.poll(() => name.textContent(), { timeout: 10_000 }).toContain('居民医保登记（新）');
    expect(await name.textContent()).not.toContain('城乡居民医保参保登记');
    expect(await page.evaluate(() => (globalThis as unknown as { hallTestMark?: string }).hallTestMark)).toBe(
      'still here',
    );
    await page.context().close();
  });

  test('a new window shows in an open counter window list, closed, and a clerk opens it', async () => {
    const context = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    expect((await page.goto(`${hub.url}/counter`))?.status()).toBe(200);
    await page.locator('[data-screen="login"]').waitFor({ timeout: 15_000 });
    await signIn(page, 'clerk01');
    await page.locator('[data-testid="window-picker"]').waitFor({ timeout: 15_000 });
    expect(await page.locator('[data-window="98"]').count()).toBe(0);

    await storeConfig('e2e new window', (config) => {
      config.windows.push({
        number: 98,
        names: { 'zh-Hans': '98号综合窗口', 'zh-Hant': '98號綜合窗口', en: 'Window 98' },
        kind: 'comprehensive',
        services: 'all',
      });
    });

    const card = page.locator('[data-window="98"]');
    await card.waitFor({ timeout: 10_000 });
    expect(await card.locator('.window-card__name').textContent()).toBe('98号综合窗口');
    await card.locator('button:not([disabled])').click();
    await page
      .locator('[data-screen="main"] .main[data-window="98"][data-window-state="open"]')
      .waitFor({ timeout: 10_000 });
    expect(errors).toEqual([]);
    await context.close();
  });

  // Last in this file: it closes the hall for the rest of the day.
  test('a holiday set for today greys every zone on an open kiosk without a reload', async () => {
    const context = await browser.newContext({ viewport: { width: 1080, height: 1920 } });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    expect((await page.goto(`${hub.url}/kiosk`))?.status()).toBe(200);
    await page.locator('[data-step="start"]').waitFor({ timeout: 15_000 });
    const zones = page.locator('[data-zone]');
    const open = page.locator('[data-zone][data-open="true"]');
    // The e2e hub runs on a working Wednesday: zones take tickets now.
    expect(await open.count()).toBeGreaterThan(0);
    await page.evaluate(() => Object.assign(globalThis, { hallTestMark: 'still here' }));

    await storeConfig('e2e holiday today', (config) => {
      config.holidays.closed.push(HALL_DAY);
      config.holidays.workdays = config.holidays.workdays.filter((d) => d !== HALL_DAY);
    });

    await expect.poll(() => open.count(), { timeout: 10_000 }).toBe(0);
    expect(await page.locator('[data-testid="zone-closed"]').count()).toBe(await zones.count());
    expect(await page.evaluate(() => (globalThis as unknown as { hallTestMark?: string }).hallTestMark)).toBe(
      'still here',
    );
    await page.screenshot({ path: screenshotPath('kiosk-holiday-today') });
    expect(errors).toEqual([]);
    await context.close();
  });
});
