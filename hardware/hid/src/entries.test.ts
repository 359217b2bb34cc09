import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/** Every module the given file loads statically, transitively (relative ones resolved; `import type` is erased). */
function importGraph(entry: string): { files: Set<string>; packages: Set<string> } {
  const files = new Set<string>();
  const packages = new Set<string>();
  const visit = (file: string): void => {
    if (files.has(file)) return;
    files.add(file);
    for (const [, spec = ''] of readFileSync(file, 'utf8').matchAll(
      /^\s*(?:import|export)\b(?!\s+type\b)[^'"]*?from\s+'([^']+)'/gm,
    )) {
      if (spec.startsWith('.')) visit(resolve(dirname(file), spec));
      else packages.add(spec);
    }
  };
  visit(entry);
  return { files, packages };
}

const here = (file: string): string => fileURLToPath(new URL(file, import.meta.url));

describe('entries', () => {
  it('never loads node-hid or usb up front: only nodeHidProvider imports them, when first used', async () => {
    const main = importGraph(here('./index.ts'));
    expect([...main.packages].sort()).toEqual(['@hall/protocol', 'node:events', 'zod']);
    const provider = readFileSync(here('./node-hid-provider.ts'), 'utf8');
    expect(provider).toMatch(/import\('node-hid'\)/);
    expect(provider).toMatch(/import\('usb'\)/);
    // And the entry really imports without either addon being touched.
    const mod = await import('./index.ts');
    expect(typeof mod.startPadBridge).toBe('function');
  });

  it('keeps the keyboard-wedge mapper free of Node APIs, for the counter UI', () => {
    const wedge = importGraph(here('./keyboard-wedge.ts'));
    expect([...wedge.packages].sort()).toEqual(['@hall/protocol', 'zod']);
    for (const file of wedge.files)
      expect(readFileSync(file, 'utf8')).not.toMatch(/\bBuffer\b|\bprocess\.|from 'node:/);
    const pkg = JSON.parse(readFileSync(here('../package.json'), 'utf8')) as { exports: Record<string, string> };
    expect(pkg.exports['./keyboard-wedge']).toBe('./src/keyboard-wedge.ts');
  });
});
