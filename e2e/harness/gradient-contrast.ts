/**
 * Text contrast on a background gradient, which axe leaves "for review" instead of failing: the kiosk's and
 * counter's top bars are gradients, and their text must stay readable when the colours move to shared
 * tokens. The text is checked against every colour stop of the gradient (the worst stop counts), with
 * WCAG 1.4.3's thresholds: 4.5:1, or 3:1 for large text (24 px, or 18.66 px bold).
 */

export interface Rgba {
  r: number;
  g: number;
  b: number;
  a: number;
}

/** What the page reports of one element whose background axe could not work out. */
export interface GradientSample {
  target: string;
  html: string;
  /** The element's computed `color`. */
  color: string;
  /** The nearest gradient behind it: the computed `background-image` and `background-color` of that element. */
  backgroundImage: string;
  backgroundColor: string;
  fontSizePx: number;
  fontWeight: number;
}

export interface GradientFailure {
  sample: GradientSample;
  fg: string;
  worstStop: string;
  ratio: number;
  needed: number;
}

/** Every `rgb()`/`rgba()` colour in a computed CSS value, in order (Chromium computes named and hex colours to these). */
export function coloursIn(css: string): Rgba[] {
  const out: Rgba[] = [];
  for (const m of css.matchAll(/rgba?\(([^)]*)\)/g)) {
    const parts = (m[1] ?? '').split(/[\s,/]+/).filter((p) => p !== '');
    const [r, g, b, a] = parts.map(Number);
    if (r === undefined || g === undefined || b === undefined) continue;
    out.push({ r, g, b, a: a === undefined || Number.isNaN(a) ? 1 : a });
  }
  return out;
}

/** `top` painted over an opaque `bottom`. */
export function over(top: Rgba, bottom: Rgba): Rgba {
  const mix = (t: number, b: number) => t * top.a + b * (1 - top.a);
  return { r: mix(top.r, bottom.r), g: mix(top.g, bottom.g), b: mix(top.b, bottom.b), a: 1 };
}

function luminance(c: Rgba): number {
  const lin = (v: number) => {
    const s = v / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(c.r) + 0.7152 * lin(c.g) + 0.0722 * lin(c.b);
}

/** WCAG's contrast ratio of two opaque colours, 1 to 21. */
export function contrastRatio(a: Rgba, b: Rgba): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** WCAG's large text: 18 pt (24 px), or 14 pt (18.66 px) bold. */
export function neededRatio(fontSizePx: number, fontWeight: number): number {
  const large = fontSizePx >= 24 || (fontSizePx >= 18.66 && fontWeight >= 700);
  return large ? 3 : 4.5;
}

export function hex(c: Rgba): string {
  const h = (v: number) => Math.round(v).toString(16).padStart(2, '0');
  return `#${h(c.r)}${h(c.g)}${h(c.b)}`;
}

const WHITE: Rgba = { r: 255, g: 255, b: 255, a: 1 };

/** The failure of one sample against its gradient's worst stop, or null when every stop passes. */
export function gradientFailure(sample: GradientSample): GradientFailure | null {
  const fgRaw = coloursIn(sample.color)[0];
  const stops = coloursIn(sample.backgroundImage);
  if (!fgRaw || stops.length === 0) return null;
  // Translucent stops are seen over the gradient element's own colour (white when that is not opaque either).
  const ground = coloursIn(sample.backgroundColor)[0];
  const base = ground && ground.a === 1 ? ground : WHITE;
  const needed = neededRatio(sample.fontSizePx, sample.fontWeight);
  let worst: { stop: Rgba; fg: Rgba; ratio: number } | undefined;
  for (const stop of stops) {
    const bg = over(stop, base);
    const fg = over(fgRaw, bg);
    const ratio = contrastRatio(fg, bg);
    if (!worst || ratio < worst.ratio) worst = { stop: bg, fg, ratio };
  }
  if (!worst || worst.ratio >= needed) return null;
  return { sample, fg: hex(worst.fg), worstStop: hex(worst.stop), ratio: Math.floor(worst.ratio * 100) / 100, needed };
}
