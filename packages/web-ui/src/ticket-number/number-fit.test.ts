import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { TICKET_NUMBER_MAX_LENGTH } from '@hall/protocol';
import { describe, expect, it } from 'vitest';
import { numberFitStyle } from './number-fit.ts';

const chars = (n: string) => (numberFitStyle(n) as Record<string, number>)['--number-chars'];

describe('numberFitStyle', () => {
  it('leaves a 3-digit number at the width the cells were made for, and counts longer ones', () => {
    expect(['A023', 'A0001', 'A1023', 'A10000'].map(chars)).toEqual([4, 5, 5, 6]);
  });

  it('keeps width = characters × font size constant: a longer number is drawn smaller, never wider', () => {
    for (const n of ['A023', 'A0001', 'A'.padEnd(TICKET_NUMBER_MAX_LENGTH, '9')]) {
      expect(n.length * (4 / (chars(n) ?? 0))).toBeLessThanOrEqual(4);
    }
  });
});

/** Every ticket-number cell of the UIs, with the stylesheet that sizes it. */
const CELLS: [string, string[]][] = [
  ['apps/display/src/styles/display.css', ['.now__number', '.call__number', '.zw__ticket', '.wscreen__number']],
  ['apps/counter/src/styles/counter.css', ['.current__number', '.queue__number']],
  ['apps/kiosk/src/renderer/styles/screens.css', ['.result__number']],
  ['apps/citizen/src/status/status.css', ['.number']],
];

describe('the number cells of every UI', () => {
  it.each(CELLS)('%s scales each number cell by --number-chars', (file, selectors) => {
    const css = readFileSync(fileURLToPath(new URL(`../../../../${file}`, import.meta.url)), 'utf8');
    for (const selector of selectors) {
      const rules = [...css.matchAll(/([^{}]+)\{([^}]*)\}/g)].filter(([, sel]) =>
        (sel ?? '').split(',').some((s) => s.trim() === selector),
      );
      const sizes = rules.flatMap(([, , body]) =>
        [...(body ?? '').matchAll(/font-size:\s*([^;]+);/g)].map((m) => m[1]),
      );
      expect(sizes.length, selector).toBeGreaterThan(0);
      for (const size of sizes) expect(size, selector).toMatch(/\* 4 \/ var\(--number-chars, 4\)\)$/);
    }
  });
});
