import type { Page } from 'playwright-core';
import { step } from './steps.ts';

/** A page that does not answer a read within this long fails the step instead of hanging the test. */
const PAGE_READ_MS = 10_000;

/**
 * The few browser APIs the in-page checks below use. The repo's tsconfig has no DOM lib on purpose (the
 * hub is Node code), so these functions, which Playwright runs inside the page, type `globalThis` here.
 */
interface Ctx2d {
  font: string;
  clearRect(x: number, y: number, w: number, h: number): void;
  fillText(text: string, x: number, y: number): void;
  drawImage(image: Img, x: number, y: number): void;
  getImageData(x: number, y: number, w: number, h: number): { data: Uint8ClampedArray };
}
interface Canvas {
  width: number;
  height: number;
  getContext(kind: '2d'): Ctx2d | null;
  toDataURL(): string;
}
interface Img {
  src: string;
  width: number;
  height: number;
  decode(): Promise<void>;
}
interface PageWindow {
  document: {
    querySelector(selector: string): { textContent: string | null } | null;
    createElement(tag: 'canvas'): Canvas;
  };
  getComputedStyle(el: unknown): { fontFamily: string };
  Image: new () => Img;
}

export interface PlatformFont {
  familyName: string;
  glyphCount: number;
}

/** The system fonts Chromium actually drew a node's text with (DevTools' "Rendered Fonts"). */
export async function renderedFontsOf(page: Page, selector: string): Promise<PlatformFont[]> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = await cdp.send('DOM.getDocument', {});
    const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector });
    if (nodeId === 0) throw new Error(`no element matches ${selector}`);
    await cdp.send('DOM.enable', {});
    await cdp.send('CSS.enable', {});
    const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
    return fonts.map((f) => ({ familyName: f.familyName, glyphCount: f.glyphCount }));
  } finally {
    await cdp.detach();
  }
}

export interface GlyphProbe {
  /** How many distinct pictures the characters drew to; tofu boxes all look alike. */
  distinct: number;
  /** How many characters drew the same picture as a private-use code point (no font has it: tofu). */
  asTofu: number;
}

/**
 * Draws each character of an element's text alone on a canvas in the element's font and compares the
 * pixels. Without a CJK font every Han character falls back to the same missing-glyph box, so this
 * catches "boxes instead of Chinese" even where a font-name check would be fooled.
 */
export function probeGlyphs(page: Page, selector: string): Promise<GlyphProbe> {
  return step(`probe the glyphs of ${selector}`, PAGE_READ_MS, () =>
    page.evaluate((sel) => {
      const { document, getComputedStyle } = globalThis as unknown as PageWindow;
      const el = document.querySelector(sel);
      if (!el) throw new Error(`no element matches ${sel}`);
      const canvas = document.createElement('canvas');
      canvas.width = 64;
      canvas.height = 64;
      const ctx = canvas.getContext('2d');
      if (!ctx) throw new Error('no 2d canvas');
      ctx.font = `48px ${getComputedStyle(el).fontFamily}`;
      const draw = (ch: string) => {
        ctx.clearRect(0, 0, 64, 64);
        ctx.fillText(ch, 4, 52);
        return canvas.toDataURL();
      };
      const tofu = draw('\uE000');
      const pictures = [...(el.textContent ?? '').trim()].map(draw);
      return { distinct: new Set(pictures).size, asTofu: pictures.filter((p) => p === tofu).length };
    }, selector),
  );
}

/** Distinct colours in a PNG (sampled on a grid), decoded by the page itself: 1 means a blank shot. */
export function distinctColours(page: Page, png: Buffer): Promise<number> {
  return step('count the colours of a screenshot', PAGE_READ_MS, () =>
    page.evaluate(async (b64) => {
      const { document, Image } = globalThis as unknown as PageWindow;
      const img = new Image();
      img.src = `data:image/png;base64,${b64}`;
      await img.decode();
      const canvas = document.createElement('canvas');
      canvas.width = img.width;
      canvas.height = img.height;
      const ctx = canvas.getContext('2d');
      if (!ctx) throw new Error('no 2d canvas');
      ctx.drawImage(img, 0, 0);
      const { data } = ctx.getImageData(0, 0, img.width, img.height);
      const seen = new Set<number>();
      for (let y = 0; y < img.height; y += 4) {
        for (let x = 0; x < img.width; x += 4) {
          const i = (y * img.width + x) * 4;
          seen.add(((data[i] ?? 0) << 16) | ((data[i + 1] ?? 0) << 8) | (data[i + 2] ?? 0));
        }
      }
      return seen.size;
    }, png.toString('base64')),
  );
}

interface ButtonLike {
  textContent: string | null;
  getAttribute(name: string): string | null;
  getBoundingClientRect(): { width: number; height: number };
}

/**
 * The visible buttons smaller than `minPx` CSS px either way, or without a name a screen reader can say
 * (kiosk: 15 mm = 56.7 px for a finger on a standing screen; phone pages: 44 px for a thumb).
 */
export function smallOrNamelessButtons(page: Page, minPx: number): Promise<string[]> {
  return step('measure the buttons', PAGE_READ_MS, () =>
    page.evaluate((min) => {
      const { document } = globalThis as unknown as { document: { querySelectorAll(s: string): Iterable<ButtonLike> } };
      const out: string[] = [];
      for (const b of document.querySelectorAll('button')) {
        const r = b.getBoundingClientRect();
        if (r.width === 0 && r.height === 0) continue;
        const name = (b.getAttribute('aria-label') ?? b.textContent ?? '').trim();
        if (r.width < min || r.height < min || name === '') out.push(`${name || '(no name)'} ${r.width}x${r.height}`);
      }
      return out;
    }, minPx),
  );
}
