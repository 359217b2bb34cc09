import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { encodeTicket } from './ticket-layout.ts';
import { sampleJob, sampleJob4Digits } from './test-fixtures.ts';
import { VirtualPrinter } from './virtual-printer.ts';

const dirs: string[] = [];
const tempDir = (): string => {
  const dir = mkdtempSync(join(tmpdir(), 'hall-printer-'));
  dirs.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('VirtualPrinter', () => {
  it('writes the exact bytes and a PNG preview named after the ticket', async () => {
    const dir = tempDir();
    const printer = new VirtualPrinter({ dir: join(dir, 'out'), now: () => new Date('2026-11-24T01:31:05.123Z') });
    expect(await printer.status()).toEqual({ condition: 'ready', paperNearEnd: false });
    expect(printer.lastPreview).toBeUndefined();
    const bytes = encodeTicket(sampleJob);
    await printer.print(bytes);
    const files = readdirSync(join(dir, 'out')).sort();
    expect(files).toEqual(['20261124T013105-123Z-0001-A012.bin', '20261124T013105-123Z-0001-A012.png']);
    expect(readFileSync(join(dir, 'out', files[0] ?? '')).equals(bytes)).toBe(true);
    expect(printer.lastPreview).toBe(join(dir, 'out', files[1] ?? ''));
    const png = readFileSync(printer.lastPreview ?? '');
    expect(png.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
    expect(png.readUInt32BE(16)).toBe(640);
    expect(png.readUInt32BE(20)).toBeGreaterThan(600);
    expect(png.length).toBeGreaterThan(5_000);
  });

  it('names the files after a 4-digit (or overflowed) number too', async () => {
    const dir = tempDir();
    const printer = new VirtualPrinter({ dir, now: () => new Date('2026-11-24T01:31:05.123Z') });
    await printer.print(encodeTicket(sampleJob4Digits, { width: 32 }));
    await printer.print(encodeTicket({ ...sampleJob, number: 'A10000' }));
    expect(readdirSync(dir).filter((f) => f.endsWith('.png'))).toEqual([
      '20261124T013105-123Z-0001-A1023.png',
      '20261124T013105-123Z-0002-A10000.png',
    ]);
  });

  it('refuses to print unless ready, and says why', async () => {
    const dir = tempDir();
    const printer = new VirtualPrinter({ dir });
    for (const condition of ['paper-end', 'cover-open', 'offline', 'error'] as const) {
      printer.setCondition({ condition, paperNearEnd: condition === 'paper-end' });
      expect(await printer.status()).toMatchObject({ condition });
      await expect(printer.print(encodeTicket(sampleJob))).rejects.toThrow(`not ready (${condition}`);
    }
    expect(readdirSync(dir)).toEqual([]);
    expect(printer.lastPreview).toBeUndefined();
  });

  it('still prints with paper near its end, and reports it', async () => {
    const printer = new VirtualPrinter({ dir: tempDir() });
    printer.setCondition({ condition: 'ready', paperNearEnd: true });
    await printer.print(encodeTicket(sampleJob));
    expect(await printer.status()).toEqual({ condition: 'ready', paperNearEnd: true });
    expect(printer.lastPreview).toMatch(/A012\.png$/);
  });

  it('is offline once closed', async () => {
    const printer = new VirtualPrinter({ dir: tempDir() });
    await printer.close();
    expect(await printer.status()).toMatchObject({ condition: 'offline' });
    await expect(printer.print(encodeTicket(sampleJob))).rejects.toThrow(/closed/);
  });
});
