import type { Page } from 'playwright-core';
import { DEMO_CREDENTIALS } from './clients.ts';

/** The counter terminal driven as a clerk would: the login form, the window picker, the shortcut keys. */

type DemoClerk = (typeof DEMO_CREDENTIALS.clerks)[number]['username'];

/** Fills and sends the login form with a demo clerk's credentials. */
export async function signIn(page: Page, username: DemoClerk | string): Promise<void> {
  const clerk = DEMO_CREDENTIALS.clerks.find((c) => c.username === username);
  if (!clerk) throw new Error(`no demo clerk ${username}`);
  await page.locator('input[name="username"]').fill(clerk.username);
  await page.locator('input[name="password"]').fill(clerk.password);
  await page.locator('[data-testid="login-submit"]').click();
}

/** Signs in and opens (or continues at) a window: the main screen shows. */
export async function toWindow(page: Page, username: DemoClerk | string, window: number): Promise<void> {
  await signIn(page, username);
  await page.locator('[data-testid="window-picker"]').waitFor({ timeout: 15_000 });
  await page.locator(`[data-window="${window}"] button`).click();
  await page.locator(`[data-screen="main"] .main[data-window="${window}"]`).waitFor({ timeout: 10_000 });
}

/**
 * Presses an action's shortcut once its button is enabled, as a clerk would: a pushed event can show the
 * new state a moment before the previous command's acknowledgement re-enables the actions.
 */
export async function pressWhenEnabled(page: Page, key: string, action: string): Promise<void> {
  await page.locator(`[data-action="${action}"]:not([disabled])`).waitFor({ timeout: 10_000 });
  await page.keyboard.press(key);
}
