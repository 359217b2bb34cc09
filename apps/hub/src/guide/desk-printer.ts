import { basename, join } from 'node:path';
import { encodeTicket, VirtualPrinter, type Printer } from '@hall/printer';
import { tcpPrinter } from '@hall/printer/tcp';
import type { DeskPrinter as DeskPrinterView, DeskPrintResult, PrinterStatus, TicketPrintJob } from '@hall/protocol';
import type { Logger } from 'pino';
import { PREVIEW_PATH } from '../kiosk/kiosk-printers.ts';
import type { DeskPrinterAddress } from './desk-printer-address.ts';

/** The virtual desk printer's folder under the print-preview folder (kiosks have `kiosk-<hex>`). */
const DESK_FOLDER = 'guide-desk';

/** Why nothing came out, for the page and for curl users; the page shows its own words by `status.condition`. */
const NOT_PRINTED: Record<PrinterStatus['condition'], string> = {
  ready: '打印未完成，请重打 · the slip did not print: reprint it',
  offline: '引导台打印机未连接 · the desk printer is offline',
  'cover-open': '引导台打印机盖未关 · the desk printer cover is open',
  'paper-end': '引导台打印机缺纸 · the desk printer is out of paper',
  error: '引导台打印机故障 · the desk printer reports an error',
};

/**
 * The guidance desk's printer: the desk is a browser page, so the hub prints for it, on a network ticket
 * printer (ESC/POS over TCP 9100, HALL_GUIDE_PRINTER) or, in the demo and until one is configured, on a
 * virtual printer whose last slip the page shows. A slip that does not print leaves the ticket issued.
 */
export class DeskPrinter {
  private readonly printer: Printer;
  private readonly virtual: VirtualPrinter | undefined;
  private lastNumber: string | null = null;
  /** One job at a time: two slips must not interleave on one printer. */
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly address: DeskPrinterAddress,
    printDir: string,
    private readonly log: Logger,
  ) {
    if (address.kind === 'tcp') {
      this.printer = tcpPrinter({ host: address.host, port: address.port });
    } else {
      this.virtual = new VirtualPrinter({ dir: join(printDir, DESK_FOLDER) });
      this.printer = this.virtual;
    }
  }

  async view(): Promise<DeskPrinterView> {
    return {
      kind: this.address.kind,
      status: await this.printer.status(),
      lastPreviewUrl: this.previewUrl() ?? null,
      lastNumber: this.lastNumber,
    };
  }

  /** Tests and rehearsals: put the virtual desk printer out of paper, offline, … (a real one reports itself). */
  simulate(status: PrinterStatus): boolean {
    if (!this.virtual) return false;
    this.virtual.setCondition(status);
    return true;
  }

  print(job: TicketPrintJob): Promise<DeskPrintResult> {
    const run = this.queue.then(() => this.printNow(job));
    this.queue = run.catch(() => undefined);
    return run;
  }

  private async printNow(job: TicketPrintJob): Promise<DeskPrintResult> {
    const before = await this.printer.status();
    if (before.condition !== 'ready') return this.failed(job, before);
    try {
      await this.printer.print(encodeTicket(job));
    } catch (err) {
      this.log.warn({ err, ticket: job.number }, 'desk printer: the slip was not printed');
      const after = await this.printer.status();
      return this.failed(job, after.condition === 'ready' ? { ...after, condition: 'error' } : after);
    }
    this.lastNumber = job.number;
    const status = await this.printer.status();
    const previewUrl = this.previewUrl();
    return { ok: true, status, ...(previewUrl ? { previewUrl } : {}) };
  }

  /** The hub stops: a network printer's connection is let go, so nothing keeps the process up. */
  async close(): Promise<void> {
    await this.queue;
    await this.printer.close();
  }

  private failed(job: TicketPrintJob, status: PrinterStatus): DeskPrintResult {
    this.log.warn({ ticket: job.number, printer: status.condition }, 'desk printer not ready: nothing printed');
    return { ok: false, status, message: NOT_PRINTED[status.condition] };
  }

  private previewUrl(): string | undefined {
    const preview = this.virtual?.lastPreview;
    return preview ? `${PREVIEW_PATH}/${DESK_FOLDER}/${basename(preview)}` : undefined;
  }
}
