import { readFileSync } from 'node:fs';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { VirtualPrinter } from '../virtual-printer.ts';
import { openPrinter } from './index.ts';

/** Every module the given file imports, transitively, as import specifiers (relative ones resolved). */
function importGraph(entry: string): { files: Set<string>; packages: Set<string> } {
  const files = new Set<string>();
  const packages = new Set<string>();
  const visit = (file: string): void => {
    if (files.has(file)) return;
    files.add(file);
    for (const [, spec = ''] of readFileSync(file, 'utf8').matchAll(
      /^\s*(?:import|export)\b[^'"]*?from\s+'([^']+)'/gm,
    )) {
      if (spec.startsWith('.')) visit(resolve(dirname(file), spec));
      else packages.add(spec);
    }
  };
  visit(entry);
  return { files, packages };
}

describe('entries', () => {
  it('keeps usb and serialport out of the main entry, which the hub imports', () => {
    const main = importGraph(fileURLToPath(new URL('../index.ts', import.meta.url)));
    expect(main.files.size).toBeGreaterThan(5);
    expect([...main.packages].sort()).toEqual([
      '@hall/protocol',
      '@resvg/resvg-js',
      'iconv-lite',
      'node:fs/promises',
      'node:path',
      'qrcode',
    ]);
    const transports = importGraph(fileURLToPath(new URL('./index.ts', import.meta.url)));
    expect(transports.packages).toContain('usb');
    expect(transports.packages).toContain('serialport');
  });
});

describe('openPrinter', () => {
  it('opens nothing up front: an absent USB printer is offline, not a crash', async () => {
    const p = openPrinter({ kind: 'usb', vendorId: 0x0416, productId: 0x5011, timeoutMs: 200 });
    expect(await p.status()).toMatchObject({ condition: 'offline', detail: expect.stringMatching(/0416:5011/) });
    await expect(p.print(Buffer.from('x'))).rejects.toThrow(/no USB printer 0416:5011/);
    await p.close();
  });

  it('makes a virtual printer', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'hall-printer-'));
    try {
      const p = openPrinter({ kind: 'virtual', dir });
      expect(p).toBeInstanceOf(VirtualPrinter);
      expect(await p.status()).toEqual({ condition: 'ready', paperNearEnd: false });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
