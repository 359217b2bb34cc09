import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { DeskTicket, LoginReply } from '@hall/protocol';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { AxeAudit } from './harness/axe.ts';
import { launchChromium, screenshotPath } from './harness/browser.ts';
import { api, DEMO_CREDENTIALS, login } from './harness/clients.ts';
import { startHub, type HubProcess } from './harness/hub-process.ts';

/**
 * The guidance desk at /guide in Chromium against a real demo hub: an older citizen's walk-in ticket issued and
 * printed on the desk's virtual printer (bytes on disk, the slip on the page), then found by its number,
 * reprinted with a mark, moved to another service in the same place, and cancelled at the citizen's request.
 */

let hub: HubProcess;
let browser: Browser;
let guide: LoginReply;
const VIEWPORT = { width: 1280, height: 900 };

beforeAll(async () => {
  [hub, browser] = await Promise.all([startHub(), launchChromium()]);
  const g = DEMO_CREDENTIALS.guides[0];
  guide = await login(hub.url, g.username, g.password);
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await hub?.stop();
});

const shot = async (page: Page, name: string) =>
  writeFileSync(screenshotPath(`guide-${name}`), await page.screenshot({ fullPage: true }));

/** What the desk's virtual printer was sent, oldest first, decoded as the printer reads it (GB18030). */
function deskSlips(): string[] {
  const dir = join(dirname(hub.dbPath), 'print-previews', 'guide-desk');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.bin'))
    .sort()
    .map((f) => new TextDecoder('gb18030').decode(readFileSync(join(dir, f))));
}

async function lookup(number: string): Promise<DeskTicket> {
  const r = await api<DeskTicket>(hub.url, `/api/v1/tickets/lookup?number=${number}`, { token: guide.token });
  expect(r.status).toBe(200);
  return r.body;
}

async function deskMessage(page: Page): Promise<string> {
  const message = page.locator('[data-testid="desk-message"] .notice');
  await message.waitFor({ timeout: 15_000 });
  return (await message.textContent()) ?? '';
}

describe('the guidance desk', () => {
  test('an older citizen’s walk-in ticket is printed at the desk, then reprinted, moved and cancelled', async () => {
    const context = await browser.newContext({ viewport: VIEWPORT });
    const audit = new AxeAudit();
    try {
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      await page.goto(`${hub.url}/guide/?lang=zh-Hans`);
      await page.locator('#login-username').waitFor({ timeout: 15_000 });
      await shot(page, 'login');
      await audit.check(page, 'guide login');

      // A clerk is no guide: refused with the reason.
      const clerk = DEMO_CREDENTIALS.clerks[0];
      await page.fill('#login-username', clerk.username);
      await page.fill('#login-password', clerk.password);
      await page.click('[data-testid="login-submit"]');
      await expect.poll(() => page.locator('[data-testid="login-error"]').textContent()).toContain('引导员账号');

      const g = DEMO_CREDENTIALS.guides[0];
      await page.fill('#login-username', g.username);
      await page.fill('#login-password', g.password);
      // Keyboard-first: the form is sent with Enter.
      await page.press('#login-password', 'Enter');
      await page.locator('#issue-service').waitFor({ timeout: 15_000 });
      await shot(page, 'issue');
      await audit.check(page, 'guide issue form');

      // The walk-in: an older citizen for resident medical insurance, name and phone masked before sending.
      await page.selectOption('#issue-zone', 'medical-insurance');
      await page.selectOption('#issue-service', 'resident-medical-insurance');
      await page.getByLabel('老年人优先').check();
      await page.fill('#issue-name', '张三丰');
      await page.fill('#issue-phone', '13800138000');
      await page.click('[data-testid="issue-submit"]');
      const numberCell = page.locator('[data-testid="issued-number"]');
      await numberCell.waitFor({ timeout: 20_000 });
      const number = ((await numberCell.textContent()) ?? '').trim();
      expect(number).toMatch(/^[A-Z]\d{3,4}$/);
      await page.locator('[data-testid="slip-preview"]').waitFor({ timeout: 20_000 });
      expect(await page.locator('[data-testid="issue-outcome"]').textContent()).toContain(`${number} 已打印`);
      // Printed: the desk printer got the slip's bytes, the kiosk's layout with the elderly lane.
      const [first] = deskSlips();
      expect(first).toContain(number);
      expect(first).toContain('老年人优先');
      expect(first).not.toContain('张');
      const issued = await lookup(number);
      expect(issued).toMatchObject({
        lane: 'elderly',
        state: 'waiting',
        serviceId: 'resident-medical-insurance',
        holder: { name: '张*丰', phone: '138****8000' },
      });
      // The request id was forgotten once printed.
      const pending = await page.evaluate(() => {
        const storage = (globalThis as unknown as { localStorage: { getItem(k: string): string | null } }).localStorage;
        return storage.getItem('hall.guide.pending-issue');
      });
      expect(pending).toBeNull();
      await shot(page, 'issued');
      await audit.check(page, 'guide ticket issued and printed');

      // Reprint a lost slip: same number, marked, counted.
      await page.click('[data-testid="tab-find"]');
      await page.fill('#find-number', number.toLowerCase());
      await page.press('#find-number', 'Enter');
      await page.locator('[data-testid="found-ticket"]').waitFor({ timeout: 15_000 });
      await page.click('[data-testid="action-reprint"]');
      expect(await deskMessage(page)).toContain(`${number} 已补打（第 1 次）`);
      expect(await page.locator('[data-testid="ticket-reprints"]').textContent()).toContain('还可补打 2 次');
      expect(deskSlips()).toHaveLength(2);
      expect(deskSlips()[1]).toContain(number);
      expect(deskSlips()[1]).toContain('补打 REPRINT 1/3');
      await shot(page, 'reprinted');
      await audit.check(page, 'guide ticket found and reprinted');

      // Move to another service: the number and the place in the queue stay.
      await page.click('[data-testid="action-move"]');
      await page.selectOption('#move-service', 'medical-reimbursement');
      await shot(page, 'move-form');
      await audit.check(page, 'guide move form');
      await page.click('[data-testid="action-confirm"]');
      expect(await deskMessage(page)).toContain('排队位置不变');
      const moved = await lookup(number);
      expect(moved).toMatchObject({
        serviceId: 'medical-reimbursement',
        state: 'waiting',
        queueSeq: issued.queueSeq,
        queuedAt: issued.queuedAt,
      });

      // Cancel at the citizen's request, with the reason.
      await page.click('[data-testid="action-cancel"]');
      await page.fill('#action-reason', '材料没带齐，明天再来');
      await page.press('#action-reason', 'Enter');
      expect(await deskMessage(page)).toContain(`${number} 已取消`);
      expect(await page.locator('[data-testid="ticket-state"]').textContent()).toContain('已取消');
      expect((await lookup(number)).state).toBe('cancelled');
      expect(await page.locator('[data-testid="action-reprint"]').isDisabled()).toBe(true);
      await shot(page, 'cancelled');
      await audit.check(page, 'guide ticket cancelled');

      // The last printed slip.
      await page.click('[data-testid="tab-slip"]');
      await page.locator('[data-testid="last-slip"]').waitFor({ timeout: 15_000 });
      expect(await page.locator('[data-testid="printer-status"]').textContent()).toContain('打印机就绪');
      await shot(page, 'last-slip');
      await audit.check(page, 'guide last slip');

      // English, for the screens a visiting official may see.
      await page.selectOption('#lang-picker', 'en');
      await page.click('[data-testid="tab-issue"]');
      await page.locator('#issue-service').waitFor();
      await shot(page, 'issue-en');
      await audit.check(page, 'guide issue form (en)');

      expect(errors).toEqual([]);
      audit.assertClean();
    } finally {
      await context.close();
    }
  }, 180_000);
});
