import QRCode from 'qrcode';
import type { PrintedItem, TextRun } from './escpos-reader.ts';
import { charColumns } from './text-width.ts';

/**
 * Lays the read-back items out as a thermal printer does, in printer dots (203 dpi): the 12×24 font
 * (24×24 for Chinese), a 30-dot default line pitch, QR modules of the stored size. One SVG user unit is
 * one dot, so 576 units are the 72 mm a 80 mm printer can print on (the paper is drawn 640 dots wide).
 */

const CELL_W = 12;
const CELL_H = 24;
const LINE_PITCH = 30;
const MARGIN_Y = 24;
/** The unprintable strip at each side of the paper (80 mm paper is 640 dots, 576 printable). */
const MARGIN_X = 32;
export const PREVIEW_FONT = 'Noto Sans CJK SC, sans-serif';

interface Cell {
  ch: string;
  run: TextRun;
  w: number;
}

const escapeXml = (s: string): string =>
  s.replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c] ?? c);

/** A line the printer cannot fit wraps onto the next one at the paper edge, as the printer would. */
function visualLines(runs: TextRun[], widthDots: number): Cell[][] {
  const lines: Cell[][] = [[]];
  let used = 0;
  for (const run of runs) {
    for (const ch of run.text) {
      const w = charColumns(ch) * CELL_W * run.width;
      if (used + w > widthDots && used > 0) {
        lines.push([]);
        used = 0;
      }
      lines[lines.length - 1]?.push({ ch, run, w });
      used += w;
    }
  }
  return lines;
}

function offsetFor(align: 'left' | 'center' | 'right', used: number, widthDots: number): number {
  if (align === 'center') return Math.floor((widthDots - used) / 2);
  if (align === 'right') return widthDots - used;
  return 0;
}

export function previewSvg(items: PrintedItem[], widthDots = 576): string {
  const body: string[] = [];
  let y = MARGIN_Y;
  for (const item of items) {
    if (item.kind === 'feed') {
      y += item.lines * LINE_PITCH;
    } else if (item.kind === 'line') {
      for (const cells of visualLines(item.runs, widthDots)) {
        const tallest = Math.max(1, ...cells.map((c) => c.run.height));
        const used = cells.reduce((sum, c) => sum + c.w, 0);
        let x = offsetFor(item.align, used, widthDots);
        // One <text> per style run, every character placed at its own cell centre (an x list): the printer's
        // fixed pitch, and far fewer elements than one per character (resvg is slow per CJK element).
        const chunks = new Map<TextRun, { chars: string[]; xs: number[] }>();
        for (const { ch, run, w } of cells) {
          if (ch.trim() !== '') {
            const chunk = chunks.get(run) ?? { chars: [], xs: [] };
            chunk.chars.push(ch);
            chunk.xs.push((x + w / 2) / run.width);
            chunks.set(run, chunk);
          }
          x += w;
        }
        for (const [run, { chars, xs }] of chunks) {
          // Characters of one line stand on a common baseline; a 2× character is scaled, as the printer does.
          const baseline = y + tallest * CELL_H - 4 * run.height;
          const weight = run.bold ? ' font-weight="bold"' : '';
          body.push(
            `<text transform="translate(0 ${baseline}) scale(${run.width} ${run.height})" x="${xs.join(' ')}" y="0" font-size="22" text-anchor="middle"${weight}>${escapeXml(chars.join(''))}</text>`,
          );
        }
        y += Math.max(LINE_PITCH, tallest * CELL_H + 6);
      }
    } else if (item.kind === 'qr') {
      const qr = QRCode.create([{ data: item.data, mode: 'byte' }], { errorCorrectionLevel: item.errorLevel });
      const { size, data } = qr.modules;
      const m = item.moduleSize;
      const x0 = offsetFor(item.align, size * m, widthDots);
      y += 6;
      for (let row = 0; row < size; row++) {
        // One rectangle per run of dark modules keeps the SVG small.
        let col = 0;
        while (col < size) {
          if (!data[row * size + col]) {
            col++;
            continue;
          }
          const start = col;
          while (col < size && data[row * size + col]) col++;
          body.push(`<rect x="${x0 + start * m}" y="${y + row * m}" width="${(col - start) * m}" height="${m}"/>`);
        }
      }
      y += size * m + 12;
    } else {
      y += 12;
      body.push(
        `<line x1="0" y1="${y}" x2="${widthDots}" y2="${y}" stroke="#888" stroke-width="2" stroke-dasharray="10 6"/>`,
      );
      y += 12;
    }
  }
  const height = Math.ceil(y + MARGIN_Y);
  const paper = widthDots + 2 * MARGIN_X;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${paper}" height="${height}" viewBox="0 0 ${paper} ${height}">`,
    `<rect width="${paper}" height="${height}" fill="#fff"/>`,
    `<g fill="#000" font-family="${PREVIEW_FONT}" transform="translate(${MARGIN_X} 0)">`,
    ...body,
    '</g>',
    '</svg>',
  ].join('\n');
}
