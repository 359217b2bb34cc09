import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchChromium } from './harness/browser.ts';

/**
 * Issue 14: a 4-digit (A0001) or overflowed (A10000) ticket number must not overflow its cell on the wall
 * display. The display's real components and stylesheets, laid out by Chromium at the wall's two
 * orientations, with the longest window names of the fixture hall.
 */

const css = [
  'packages/web-ui/src/styles/tokens.css',
  'packages/web-ui/src/styles/base.css',
  'apps/display/src/styles/display.css',
]
  .map((f) => readFileSync(fileURLToPath(new URL(`../${f}`, import.meta.url)), 'utf8'))
  .join('\n');

/**
 * The display's markup module is React (.tsx) and the repo's tsconfig has no JSX (it checks Node code), so
 * it is imported by a name TypeScript does not resolve and typed here by its signature.
 */
const MARKUP_MODULE = '@hall/display/test-markup';
const { zoneScreenMarkup } = (await import(MARKUP_MODULE)) as { zoneScreenMarkup: (numbers: string[]) => string };

/** The few DOM types the in-page checks use: the repo's tsconfig has no DOM lib (see harness/render-checks.ts). */
interface Box {
  left: number;
  right: number;
  top: number;
  width: number;
}
interface El {
  className: string;
  textContent: string | null;
  scrollWidth: number;
  clientWidth: number;
  nextElementSibling: El | null;
  parentElement: El | null;
  getBoundingClientRect(): Box;
}
interface Doc {
  documentElement: { scrollWidth: number };
  querySelectorAll(selector: string): Iterable<El>;
}

function page(numbers: string[], orientation: 'landscape' | 'portrait'): string {
  const body = zoneScreenMarkup(numbers);
  return `<!doctype html><html lang="zh-Hans" data-orientation="${orientation}"><head><style>${css}</style></head>
<body><div id="root"><div class="display display--zone" data-orientation="${orientation}">${body}</div></div></body></html>`;
}

/** Cells whose content is wider than the cell, and number elements that run into their neighbour. */
async function overflows(p: Page): Promise<string[]> {
  return p.evaluate(() => {
    const document = (globalThis as unknown as { document: Doc }).document;
    const out: string[] = [];
    for (const el of document.querySelectorAll('.now__line, .call, .zw')) {
      if (el.scrollWidth > el.clientWidth + 1) out.push(`${el.className} ${el.scrollWidth} > ${el.clientWidth}`);
    }
    for (const n of document.querySelectorAll('.now__number, .call__number, .zw__ticket')) {
      const next = n.nextElementSibling;
      const a = n.getBoundingClientRect();
      const row = n.parentElement?.getBoundingClientRect();
      if (row && (a.left < row.left - 1 || a.right > row.right + 1)) out.push(`${n.textContent ?? ''} outside its row`);
      if (next && a.right > next.getBoundingClientRect().left + 1 && a.top === next.getBoundingClientRect().top)
        out.push(`${n.textContent ?? ''} runs into ${next.className}`);
    }
    return out;
  });
}

/**
 * The width of every column, card and row: a number too long for its cell does not always overflow it,
 * it can widen the grid track instead and squeeze the rest of the wall, so this must not change either.
 */
async function layout(p: Page): Promise<{ what: string; width: number }[]> {
  return p.evaluate(() => {
    const document = (globalThis as unknown as { document: Doc }).document;
    return [
      { what: 'page', width: document.documentElement.scrollWidth },
      ...[...document.querySelectorAll('.col, .now, .call, .zw')].map((el) => ({
        what: el.className,
        width: el.getBoundingClientRect().width,
      })),
    ];
  });
}

/** Glyphs differ by a fraction of a pixel ("1" is narrower than "0"): a 2-pixel drift is no change of layout. */
function drift(usual: { what: string; width: number }[], now: { what: string; width: number }[]): string[] {
  if (now.length !== usual.length) return [`${now.length} boxes instead of ${usual.length}`];
  return now.flatMap((box, i) => {
    const before = usual[i];
    return before && box.what === before.what && Math.abs(box.width - before.width) <= 2
      ? []
      : [`${box.what}: ${Math.round(before?.width ?? 0)} → ${Math.round(box.width)}`];
  });
}

let browser: Browser;
let p: Page;
beforeAll(async () => {
  browser = await launchChromium();
  p = await browser.newPage();
});
afterAll(async () => {
  await browser?.close();
});

describe('ticket-number cells of the wall display', () => {
  for (const [orientation, size] of [
    ['landscape', { width: 1920, height: 1080 }],
    ['portrait', { width: 1080, height: 1920 }],
    ['landscape', { width: 1280, height: 720 }],
  ] as const) {
    test(`fit A023, A0001 and A10000 at ${size.width}×${size.height}`, async () => {
      await p.setViewportSize(size);
      await p.setContent(page(['A023'], orientation));
      const usual = await layout(p);
      expect(await overflows(p)).toEqual([]);
      for (const numbers of [
        ['A0001', 'B1023'],
        ['A10000', 'B99999'],
      ]) {
        await p.setContent(page(numbers, orientation));
        expect(await p.locator('.call__number').count()).toBe(8);
        expect(await overflows(p), numbers.join(' ')).toEqual([]);
        expect(drift(usual, await layout(p)), numbers.join(' ')).toEqual([]);
      }
    });
  }
});
