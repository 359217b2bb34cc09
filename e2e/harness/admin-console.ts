import { writeFileSync } from 'node:fs';
import type { LoginReply } from '@hall/protocol';
import type { BrowserContext, Page } from 'playwright-core';
import { screenshotPath } from './browser.ts';
import { DEMO_CREDENTIALS } from './clients.ts';

/** The admin console at /admin, driven as an admin does: the login form, the menu, the forms. */
export async function openConsole(context: BrowserContext, hubUrl: string, lang = 'zh-Hans'): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`${hubUrl}/admin/?lang=${lang}`);
  await page.locator('#login-username').waitFor({ timeout: 15_000 });
  return page;
}

export async function signInAs(page: Page, username: string, password: string): Promise<void> {
  await page.fill('#login-username', username);
  await page.fill('#login-password', password);
  await page.click('[data-testid="login-submit"]');
}

export async function signInAdmin(page: Page): Promise<void> {
  await signInAs(page, 'admin', DEMO_CREDENTIALS.adminPassword);
  await page.locator('nav.menu').waitFor({ timeout: 10_000 });
}

/** Every page of the console, with what shows once its content is there. */
export const ADMIN_PAGES: readonly (readonly [string, string])[] = [
  ['hall', '#hall-tz'],
  ['zones', 'table.list tbody tr'],
  ['services', 'tr[data-service]'],
  ['windows', 'tr[data-window]'],
  ['hours', 'td[data-day]'],
  ['versions', 'tr[data-version]'],
  ['staff', 'tr[data-staff]'],
  ['devices', 'tr[data-device]'],
  ['notices', '[data-testid="notices-save"]'],
  ['audit', 'tr[data-action]'],
  ['reports', '[data-testid="report-summary"]'],
  ['live', '[data-testid="live-board"]'],
];

/** Opens a page of the menu and waits until it shows its content (not "loading"). */
export async function goTo(page: Page, name: string, ready: string): Promise<void> {
  await page.click(`nav.menu a[href="#${name}"]`);
  await page.locator(`main[data-page="${name}"]`).waitFor();
  await page.locator(ready).first().waitFor({ timeout: 10_000 });
}

export async function consoleShot(page: Page, name: string): Promise<void> {
  writeFileSync(screenshotPath(`admin-${name}`), await page.screenshot({ fullPage: true }));
}

/** An attribute of the element that has focus (tests run in Node: the page's `document` is reached by name). */
export function focusedAttribute(page: Page, attribute: string): Promise<string | null> {
  return page.evaluate((name) => {
    type El = { getAttribute(n: string): string | null };
    const doc = (globalThis as unknown as { document: { activeElement: El | null } }).document;
    return doc.activeElement?.getAttribute(name) ?? null;
  }, attribute);
}

/**
 * The console already signed in with a session from the API (the console keeps it in sessionStorage under
 * `hall.admin.session`): tests other than the sign-in's own stay clear of the login rate limit (10 a minute).
 */
export async function openSignedIn(context: BrowserContext, hubUrl: string, session: LoginReply): Promise<Page> {
  await context.addInitScript((value) => {
    const storage = (globalThis as unknown as { sessionStorage: { setItem(k: string, v: string): void } })
      .sessionStorage;
    storage.setItem('hall.admin.session', value);
  }, JSON.stringify(session));
  const page = await context.newPage();
  await page.goto(`${hubUrl}/admin/`);
  await page.locator('nav.menu').waitFor({ timeout: 15_000 });
  return page;
}
