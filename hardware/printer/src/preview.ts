import { Resvg, renderAsync } from '@resvg/resvg-js';
import type { ResvgRenderOptions } from '@resvg/resvg-js';
import { readEscPos } from './escpos-reader.ts';
import { previewSvg } from './preview-svg.ts';

export interface PreviewOptions {
  /** Printable width in dots: 576 for 80 mm paper, 384 for 58 mm. */
  widthDots?: number;
}

const RENDER: ResvgRenderOptions = { font: { loadSystemFonts: true, defaultFontFamily: 'Noto Sans CJK SC' } };

/**
 * ESC/POS bytes → a PNG of the ticket as the printer would print it. It interprets the bytes (GB18030
 * text, alignment, size, bold, the GS ( k QR data), so the preview shows what a real printer would be
 * sent, bugs included.
 */
export function renderPreviewPng(bytes: Buffer, options: PreviewOptions = {}): Buffer {
  return new Resvg(toSvg(bytes, options), RENDER).render().asPng();
}

/**
 * The same off the main thread: outlining CJK glyphs costs resvg about a second per ticket, which must
 * not stall the hub's event loop (its virtual printer serves browser kiosks).
 */
export async function renderPreviewPngAsync(bytes: Buffer, options: PreviewOptions = {}): Promise<Buffer> {
  return (await renderAsync(toSvg(bytes, options), RENDER)).asPng();
}

function toSvg(bytes: Buffer, options: PreviewOptions): string {
  return previewSvg(readEscPos(bytes), options.widthDots ?? 576);
}
