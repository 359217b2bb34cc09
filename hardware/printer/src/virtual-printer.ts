import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { TICKET_NUMBER_PATTERN, type PrinterStatus } from '@hall/protocol';
import { readEscPos } from './escpos-reader.ts';
import { renderPreviewPngAsync } from './preview.ts';
import type { Printer } from './printer.ts';

export interface VirtualPrinterOptions {
  /** Where each job's `.bin` (the exact bytes) and `.png` (the preview) are written. */
  dir: string;
  /** Printable width in dots for the preview: 576 (80 mm, default) or 384 (58 mm). */
  widthDots?: number;
  /** Clock for the file names; tests pass a fixed one. */
  now?: () => Date;
}

const READY: PrinterStatus = { condition: 'ready', paperNearEnd: false };

/**
 * The printer for browser kiosks and tests: keeps what a real printer would have been sent, and a PNG of
 * what it would have printed. It can be put into any condition to rehearse faults, and then behaves as
 * a real one does: nothing comes out unless it is ready.
 */
export class VirtualPrinter implements Printer {
  private readonly options: VirtualPrinterOptions;
  private current: PrinterStatus = READY;
  private preview: string | undefined;
  private sequence = 0;
  private closed = false;

  constructor(options: VirtualPrinterOptions) {
    this.options = options;
  }

  /** Simulate offline / cover-open / paper-end / error, or paper near its end (still prints). */
  setCondition(status: PrinterStatus): void {
    this.current = { ...status };
  }

  /** Path of the PNG preview of the last printed job, if any. */
  get lastPreview(): string | undefined {
    return this.preview;
  }

  async status(): Promise<PrinterStatus> {
    return this.closed ? { condition: 'offline', paperNearEnd: false, detail: 'closed' } : { ...this.current };
  }

  async print(bytes: Buffer): Promise<void> {
    if (this.closed) throw new Error('virtual printer: closed');
    const { condition, detail } = this.current;
    if (condition !== 'ready') {
      throw new Error(`virtual printer: not ready (${condition}${detail ? `: ${detail}` : ''}), nothing printed`);
    }
    const base = join(this.options.dir, `${this.stamp()}-${ticketNumberOf(bytes)}`);
    await mkdir(this.options.dir, { recursive: true });
    await writeFile(`${base}.bin`, bytes);
    await writeFile(`${base}.png`, await renderPreviewPngAsync(bytes, { widthDots: this.options.widthDots ?? 576 }));
    this.preview = `${base}.png`;
  }

  async close(): Promise<void> {
    this.closed = true;
  }

  private stamp(): string {
    this.sequence += 1;
    const iso = (this.options.now?.() ?? new Date()).toISOString().replace(/[-:]/g, '').replace('.', '-');
    // The sequence keeps two jobs in the same millisecond apart.
    return `${iso}-${String(this.sequence).padStart(4, '0')}`;
  }
}

/** The ticket number as printed (the first line that is one), so file names match the paper. */
function ticketNumberOf(bytes: Buffer): string {
  for (const item of readEscPos(bytes)) {
    if (item.kind !== 'line') continue;
    const text = item.runs
      .map((r) => r.text)
      .join('')
      .trim();
    if (TICKET_NUMBER_PATTERN.test(text)) return text;
  }
  return 'job';
}
