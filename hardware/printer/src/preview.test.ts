import { describe, expect, it } from 'vitest';
import { EscPos } from './escpos.ts';
import { readEscPos } from './escpos-reader.ts';
import { renderPreviewPng } from './preview.ts';
import { previewSvg } from './preview-svg.ts';
import { encodeTicket } from './ticket-layout.ts';
import { sampleJob } from './test-fixtures.ts';

const pngSize = (png: Buffer): { width: number; height: number } => ({
  width: png.readUInt32BE(16),
  height: png.readUInt32BE(20),
});

describe('reading ESC/POS back', () => {
  it('decodes GB18030 text with its alignment, size and boldness', () => {
    const bytes = new EscPos().init().chineseMode().align('center').bold(true).size(2, 2).line('堃A1').build();
    expect(readEscPos(bytes)).toEqual([
      { kind: 'line', align: 'center', runs: [{ text: '堃A1', bold: true, width: 2, height: 2 }] },
    ]);
  });

  it('follows the printer: ESC a counts only at the start of a line', () => {
    const bytes = new EscPos().init().text('a').align('right').line('b').line('c').build();
    const aligns = readEscPos(bytes).map((i) => (i.kind === 'line' ? i.align : ''));
    expect(aligns).toEqual(['left', 'right']);
  });

  it('reads the stored QR data, its module size and level', () => {
    const bytes = new EscPos().init().align('center').qr('https://h.cn/号', { moduleSize: 5 }).cut().build();
    expect(readEscPos(bytes)).toEqual([
      { kind: 'qr', align: 'center', data: Buffer.from('https://h.cn/号'), moduleSize: 5, errorLevel: 'M' },
      { kind: 'cut', partial: true },
    ]);
  });

  it('refuses bytes outside the subset instead of guessing', () => {
    expect(() => readEscPos(Buffer.from([0x1d, 0x5a, 0x02]))).toThrow(/unsupported ESC\/POS command GS 0x5a/);
    expect(() => readEscPos(Buffer.from([0x88, 0xd2]))).toThrow(/outside Chinese mode/);
    expect(() => readEscPos(Buffer.from([0x1c, 0x26, 0x88]))).toThrow(/ends inside a command/);
  });
});

describe('preview PNG', () => {
  it('draws the text the bytes say, escaped, on paper 640 dots wide', () => {
    const svg = previewSvg(readEscPos(new EscPos().init().chineseMode().line('<A&B> 堃').build()));
    expect(svg).toContain('&lt;A&amp;B&gt;');
    expect(svg).toContain('堃');
    expect(svg).toMatch(/^<svg [^>]*width="640"/);
  });

  it('renders a ticket as a PNG of a ticket’s size', () => {
    const png = renderPreviewPng(encodeTicket(sampleJob));
    expect(png.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
    const { width, height } = pngSize(png);
    expect(width).toBe(640);
    expect(height).toBeGreaterThan(600);
    expect(height).toBeLessThan(2000);
    expect(pngSize(renderPreviewPng(encodeTicket(sampleJob, { width: 32 }), { widthDots: 384 })).width).toBe(448);
  });
});
