/** WCAG 2.2 contrast ratio of two sRGB colours (`#rrggbb`), from their relative luminance (SC 1.4.3). */
export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

export function relativeLuminance(hex: string): number {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!m) throw new Error(`not a #rrggbb colour: ${hex}`);
  const [r, g, b] = [m[1], m[2], m[3]].map((h) => {
    const c = parseInt(h ?? '0', 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/**
 * The custom properties of a stylesheet's `:root` with `var(--x)` followed to a colour: `{ '--ink': '#1b2430' }`.
 * Only `#rrggbb` values and plain `var()` references are taken; anything else (fonts, sizes) is left out.
 */
export function colourTokens(css: string): Record<string, string> {
  const raw = new Map<string, string>();
  for (const m of css.matchAll(/(--[a-z0-9-]+)\s*:\s*([^;]+);/gi)) raw.set(m[1] ?? '', (m[2] ?? '').trim());
  const resolve = (name: string, seen: Set<string>): string | null => {
    const value = raw.get(name);
    if (value === undefined || seen.has(name)) return null;
    if (/^#[0-9a-f]{6}$/i.test(value)) return value.toLowerCase();
    const ref = /^var\((--[a-z0-9-]+)\)$/i.exec(value);
    return ref ? resolve(ref[1] ?? '', new Set([...seen, name])) : null;
  };
  const out: Record<string, string> = {};
  for (const name of raw.keys()) {
    const colour = resolve(name, new Set());
    if (colour) out[name] = colour;
  }
  return out;
}
