import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { LoginReply, ReportBreakdown, ReportSummary } from '@hall/protocol';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { writeHistory } from '../scripts/history/write-history.ts';
import { consoleShot, goTo, openSignedIn } from './harness/admin-console.ts';
import { AxeAudit } from './harness/axe.ts';
import { launchChromium } from './harness/browser.ts';
import { adminLogin, api } from './harness/clients.ts';
import { addDays, HALL_DAY } from './harness/hall-dates.ts';
import { makeTempDir, startHub, type HubProcess } from './harness/hub-process.ts';

/**
 * The reports page (/admin/reports) in Chromium on a generated week of the demo hall: a hub started on the
 * history's database with its clock on the day after (the e2e hubs' HALL_DAY), the week picked, its charts
 * drawn with their figures in the text alternative, the breakdown by window, CSV and XLSX downloaded, the
 * printed daily report on one A4 page, and axe.
 */

/** The history's last business day: the hub's clock runs on the next day, HALL_DAY (a Wednesday). */
const END_DAY = addDays(HALL_DAY, -1);
const FIRST_DAY = addDays(END_DAY, -6);
const WEEK = { from: FIRST_DAY, to: END_DAY };

let dir: string;
let hub: HubProcess;
let browser: Browser;
let session: LoginReply;

beforeAll(async () => {
  dir = makeTempDir('hall-e2e-reports-');
  const dbPath = join(dir, 'hall.db');
  const written = writeHistory({ dbPath, days: 7, endDay: END_DAY, seed: 15 });
  expect(written.tickets).toBeGreaterThan(1000);
  [hub, browser] = await Promise.all([startHub({ dbPath }), launchChromium()]);
  session = await adminLogin(hub.url);
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await hub?.stop({ keepFiles: true });
  if (dir) rmSync(dir, { recursive: true, force: true });
});

async function withPage<T>(run: (page: Page, context: BrowserContext) => Promise<T>): Promise<T> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, acceptDownloads: true });
  try {
    const page = await openSignedIn(context, hub.url, session);
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    const result = await run(page, context);
    expect(errors).toEqual([]);
    return result;
  } finally {
    await context.close();
  }
}

async function report<T>(path: string): Promise<T> {
  const r = await api<T>(hub.url, path, { token: session.token });
  expect(r.status).toBe(200);
  return r.body;
}

const zh = (n: number) => new Intl.NumberFormat('zh-Hans').format(n);

async function pickRange(page: Page, from: string, to: string): Promise<void> {
  await page.check('input[name="range-kind"][value="custom"]');
  await page.fill('#range-from', from);
  await page.fill('#range-to', to);
  await page.click('[data-testid="range-show"]');
  await expect.poll(() => page.locator('[data-testid="range-line"]').textContent()).toContain(`${from} 至 ${to}`);
}

/** Text of the figure `id` in the on-screen summary. */
function figure(page: Page, id: string) {
  return page.locator(`[data-testid="report-summary"] [data-figure="${id}"] dd`).textContent();
}

describe('the reports page on a generated week', () => {
  test('opens on the hub business day, then shows the week: summary, charts with text tables, a breakdown', async () => {
    const summary = await report<ReportSummary>(`/api/v1/reports/summary?from=${FIRST_DAY}&to=${END_DAY}`);
    const services = await report<ReportBreakdown>(
      `/api/v1/reports/breakdown?from=${FIRST_DAY}&to=${END_DAY}&by=service`,
    );
    const windows = await report<ReportBreakdown>(
      `/api/v1/reports/breakdown?from=${FIRST_DAY}&to=${END_DAY}&by=window`,
    );
    expect(summary.tickets.issued).toBeGreaterThan(1000);

    await withPage(async (page) => {
      await goTo(page, 'reports', '[data-testid="report-summary"]');
      // The hub's business day, whatever the browser's clock says.
      expect(await page.locator('[data-testid="range-line"]').textContent()).toContain(`${HALL_DAY} 至 ${HALL_DAY}`);

      await pickRange(page, WEEK.from, WEEK.to);
      await expect.poll(() => figure(page, 'issued')).toBe(zh(summary.tickets.issued));
      expect(await figure(page, 'served')).toBe(zh(summary.tickets.served));
      expect(await figure(page, 'bookingsMade')).toBe(zh(summary.bookings.made));

      for (const chart of ['heatmap', 'zones', 'satisfaction', 'services']) {
        await page.locator(`[data-chart="${chart}"] .chart__picture svg`).waitFor({ timeout: 15_000 });
        expect(await page.locator(`[data-testid="chart-${chart}-table"] tbody tr`).count()).toBeGreaterThan(0);
      }
      // The heat map's table: a row per day with tickets, in the hall's words for days.
      const openDays = summary.openDays;
      expect(await page.locator('[data-testid="chart-heatmap-table"] tbody tr').count()).toBe(openDays);
      // The busiest service, with its count, in the text alternative.
      const busiest = [...services.rows].sort((a, b) => b.tickets.issued - a.tickets.issued)[0];
      if (!busiest) throw new Error('no services in the week');
      const firstRow = page.locator('[data-testid="chart-services-table"] tbody tr').first();
      expect(await firstRow.locator('th').textContent()).toBe(busiest.names?.['zh-Hans']);
      expect(await firstRow.locator('td').first().textContent()).toBe(zh(busiest.tickets.issued));

      await page.selectOption('#report-by', 'window');
      const table = page.locator('[data-testid="breakdown-table"][data-by="window"]');
      await table.waitFor();
      expect(await table.locator('tbody tr').count()).toBe(windows.rows.length);
      expect(await table.locator('td[data-col="idleHours"]').count()).toBe(windows.rows.length);
      await consoleShot(page, 'reports-week');
    });
  });

  test('exports: the summary as CSV (BOM, Chinese intact) and the breakdown as XLSX', async () => {
    const summary = await report<ReportSummary>(`/api/v1/reports/summary?from=${FIRST_DAY}&to=${END_DAY}`);
    await withPage(async (page) => {
      await goTo(page, 'reports', '[data-testid="report-summary"]');
      await pickRange(page, WEEK.from, WEEK.to);
      await page.locator('[data-testid="report-summary"] [data-figure="issued"]').waitFor();

      const [csv] = await Promise.all([
        page.waitForEvent('download'),
        page.click('[data-testid="download-summary-csv"]'),
      ]);
      expect(csv.suggestedFilename()).toBe(`report-summary-${FIRST_DAY}-${END_DAY}.csv`);
      const bytes = readFileSync(await csv.path());
      expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const text = bytes.toString('utf8');
      expect(text).toContain('取号');
      expect(text).toContain(String(summary.tickets.issued));
      await expect
        .poll(() => page.locator('[data-testid="download-status"]').textContent())
        .toContain(csv.suggestedFilename());

      await page.selectOption('#report-by', 'service');
      const [xlsx] = await Promise.all([
        page.waitForEvent('download'),
        page.click('[data-testid="download-breakdown-xlsx"]'),
      ]);
      expect(xlsx.suggestedFilename()).toBe(`report-service-${FIRST_DAY}-${END_DAY}.xlsx`);
      const book = readFileSync(await xlsx.path());
      // An XLSX is a zip: "PK" and then its parts.
      expect(book.subarray(0, 2).toString('latin1')).toBe('PK');
      expect(book.length).toBeGreaterThan(2000);
    });
  });

  test('the daily report prints on one A4 page with a line to sign', async () => {
    const day = await report<ReportSummary>(`/api/v1/reports/summary?from=${END_DAY}&to=${END_DAY}`);
    await withPage(async (page) => {
      await goTo(page, 'reports', '[data-testid="report-summary"]');
      await page.fill('#range-day', END_DAY);
      await expect
        .poll(() => page.locator('[data-testid="range-line"]').textContent())
        .toContain(`${END_DAY} 至 ${END_DAY}`);
      await page.locator('[data-testid="print-daily"]:not([disabled])').waitFor();
      const printed = page.locator('[data-testid="daily-report"]');
      await printed.locator('table[data-by="kind"]').waitFor({ state: 'attached' });
      // Hidden on screen, alone in print.
      expect(await printed.isVisible()).toBe(false);
      await page.emulateMedia({ media: 'print' });
      await page.setViewportSize({ width: 794, height: 1123 });
      expect(await printed.isVisible()).toBe(true);
      expect(await page.locator('nav.menu').isVisible()).toBe(false);
      expect(await printed.locator('[data-figure="issued"] dd').textContent()).toBe(zh(day.tickets.issued));
      expect(await printed.locator('.signature').textContent()).toContain('签字');
      await consoleShot(page, 'reports-daily-print');
      const pdf = await page.pdf({ format: 'A4', printBackground: true });
      expect(pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)).toHaveLength(1);
    });
  });

  test('axe finds nothing against WCAG 2.2 AA on the week and on a day', async () => {
    const audit = new AxeAudit();
    await withPage(async (page) => {
      await goTo(page, 'reports', '[data-testid="report-summary"]');
      await pickRange(page, WEEK.from, WEEK.to);
      await page.locator('[data-chart="heatmap"] svg').waitFor({ timeout: 15_000 });
      await page.locator('[data-testid="breakdown-table"]').waitFor();
      await audit.check(page, '/admin reports, a week');
      await page.check('input[name="range-kind"][value="day"]');
      await page.fill('#range-day', END_DAY);
      await page.locator('[data-testid="print-daily"]').waitFor();
      await audit.check(page, '/admin reports, a day');
    });
    audit.assertClean();
  });
});
