import { writeFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { launchChromium, screenshotPath } from './harness/browser.ts';
import { startHub, type HubProcess } from './harness/hub-process.ts';

const METHODS = ['get', 'put', 'post', 'delete', 'patch'];

let hub: HubProcess;
let browser: Browser;

beforeAll(async () => {
  [hub, browser] = await Promise.all([startHub(), launchChromium()]);
});

afterAll(async () => {
  await browser?.close();
  await hub?.stop();
});

// IT staff and integrators read the API in a browser on the hall network, which may have no internet: the page
// and its scripts come from the hub, and it shows every operation the generated document lists.
test('/api/docs renders every operation of /api/openapi.json from the hub alone', async () => {
  const doc = (await (await fetch(`${hub.url}/api/openapi.json`)).json()) as {
    openapi: string;
    paths: Record<string, Record<string, unknown>>;
  };
  expect(doc.openapi).toBe('3.1.0');
  const operations = Object.values(doc.paths).flatMap((item) => Object.keys(item).filter((k) => METHODS.includes(k)));
  expect(operations.length).toBeGreaterThan(40);

  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const foreign: string[] = [];
  page.on('request', (r) => {
    if (!r.url().startsWith(hub.url) && !r.url().startsWith('data:')) foreign.push(r.url());
  });
  try {
    const res = await page.goto(`${hub.url}/api/docs`);
    expect(res?.status()).toBe(200);
    await expect.poll(() => page.locator('.opblock').count(), { timeout: 15_000 }).toBe(operations.length);
    expect(await page.locator('.info .title').first().textContent()).toContain('Hall hub API');
    writeFileSync(screenshotPath('api-docs'), await page.screenshot());
    expect(foreign).toEqual([]);
  } finally {
    await page.close();
  }
});
