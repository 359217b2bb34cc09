import { describe, expect, test } from 'vitest';
import { CONTRAST_PAIRS } from './contrast-pairs.ts';
import { colourTokens, contrastRatio } from './contrast.ts';
import tokensCss from './tokens.css?raw';

const tokens = colourTokens(tokensCss);

describe('the WCAG contrast ratio', () => {
  test('matches the known figures', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#ffffff', '#ffffff')).toBe(1);
    // #767676 on white is the classic lightest grey that passes 4.5:1.
    expect(contrastRatio('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
    // The purple 延时服务 badge /book shipped with: below AA.
    expect(contrastRatio('#8a3ffc', '#f1e8ff')).toBeLessThan(4.5);
  });

  test('follows var() to the colour', () => {
    expect(colourTokens(':root { --a: #ABCDEF; --b: var(--a); --c: var(--b); --d: 1rem; --e: var(--zz); }')).toEqual({
      '--a': '#abcdef',
      '--b': '#abcdef',
      '--c': '#abcdef',
    });
  });
});

describe('every token pair the UIs use meets WCAG 2.2 AA', () => {
  test.each(CONTRAST_PAIRS.map((p) => [`${p.fg} on ${p.bg} (${p.use})`, p] as const))('%s', (_name, pair) => {
    const fg = tokens[pair.fg];
    const bg = tokens[pair.bg];
    expect(fg, `${pair.fg} is a colour in tokens.css`).toBeDefined();
    expect(bg, `${pair.bg} is a colour in tokens.css`).toBeDefined();
    expect(contrastRatio(fg ?? '', bg ?? '')).toBeGreaterThanOrEqual(pair.min);
  });
});
