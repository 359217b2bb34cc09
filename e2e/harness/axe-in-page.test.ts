import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { AxeAudit, axeViolations } from './axe.ts';
import { launchChromium } from './browser.ts';

/** The axe helper on small pages of known faults, so the accessibility e2e cannot pass by checking nothing. */

let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await launchChromium();
  page = await browser.newPage();
});

afterAll(async () => {
  await browser?.close();
});

const doc = (body: string) =>
  `<!doctype html><html lang="zh-Hans"><head><title>t</title></head><body><main><h1>标题</h1>${body}</main></body></html>`;

describe('axe in a page', () => {
  test('a clean page has no violations', async () => {
    await page.setContent(doc('<p style="color:#222;background:#fff">正文</p>'));
    expect(await axeViolations(page)).toEqual([]);
  });

  test('finds low contrast and a nameless button, with the figures', async () => {
    await page.setContent(
      doc('<p class="faint" style="color:#8a3ffc;background:#f1e8ff">延时服务</p><button class="x"></button>'),
    );
    const violations = await axeViolations(page);
    expect(violations.map((v) => v.id).sort()).toEqual(['button-name', 'color-contrast']);
    const audit = new AxeAudit();
    await audit.check(page, 'faults');
    expect(() => audit.assertClean()).toThrow(/#8a3ffc on #f1e8ff: 4\.2\d?:1, needs 4\.5:1/);
  });

  test('one-character text is checked too (axe would leave it for review)', async () => {
    await page.setContent(doc('<button class="key" style="color:#999;background:#fff">7</button>'));
    const violations = await axeViolations(page);
    expect(violations.flatMap((v) => v.nodes.map((n) => `${v.id} ${n.target.join(' ')}`))).toEqual([
      'color-contrast button',
    ]);
  });

  test('an exemption drops only its rule on the elements it names', async () => {
    await page.setContent(
      doc(
        '<p class="a" style="color:#999;background:#fff">甲段文字 first</p><p class="b" style="color:#999;background:#fff">乙段文字 second</p>',
      ),
    );
    const violations = await axeViolations(page, [{ rule: 'color-contrast', selector: '.a', why: 'test' }]);
    expect(violations.flatMap((v) => v.nodes.map((n) => n.target.join(' ')))).toEqual(['.b']);
    expect(await axeViolations(page, [{ rule: 'button-name', selector: '.a', why: 'test' }])).toHaveLength(1);
  });

  test('text on a gradient fails at its worst stop', async () => {
    await page.setContent(
      doc(
        '<div style="background:linear-gradient(#000, #c8c8c8)"><p class="g" style="color:#777">渐变上的字</p></div>' +
          '<div style="background:linear-gradient(#0f3a7d, #0b2a5b)"><p style="color:#fff">白字</p></div>',
      ),
    );
    const violations = await axeViolations(page);
    expect(violations.map((v) => v.id)).toEqual(['color-contrast']);
    expect(violations[0]?.nodes.map((n) => n.target.join(' '))).toEqual(['.g']);
  });
});
