import { basename, join } from 'node:path';
import { encodeTicket, VirtualPrinter } from '@hall/printer';
import { fail, ok, type PrinterStatus, type PrintResult, type Result, type TicketPrintJob } from '@hall/protocol';
import type { HallStore } from '@hall/store';
import type { Logger } from 'pino';
import type { Clock } from '../clock.ts';

/** Where the hub serves the virtual printers' previews from. */
export const PREVIEW_PATH = '/print-previews';

/**
 * Printers of the kiosks, as the hub knows them. A kiosk running in a plain browser prints through a
 * virtual printer kept here (bytes and a PNG preview on disk); an Electron kiosk prints on its own
 * printer and only reports its status, so that the admin sees "paper near end" in time.
 */
export class KioskPrinters {
  private readonly virtual = new Map<string, VirtualPrinter>();
  private readonly listeners = new Set<() => void>();

  constructor(
    private readonly dir: string,
    private readonly store: HallStore,
    private readonly clock: Clock,
    private readonly log: Logger,
  ) {}

  /** Called after a kiosk's printer status was stored (the live board's alerts follow). */
  onReported(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** The folder of one kiosk's virtual printer. Device ids are `kiosk-<hex>`, safe as a folder name. */
  folderOf(deviceId: string): string {
    return join(this.dir, basename(deviceId));
  }

  private printerOf(deviceId: string): VirtualPrinter {
    let p = this.virtual.get(deviceId);
    if (!p) {
      p = new VirtualPrinter({ dir: this.folderOf(deviceId) });
      this.virtual.set(deviceId, p);
    }
    return p;
  }

  status(deviceId: string): Promise<PrinterStatus> {
    return this.printerOf(deviceId).status();
  }

  /** Admin and tests: make a kiosk's virtual printer offline, out of paper, and so on. */
  simulate(deviceId: string, status: PrinterStatus): void {
    this.printerOf(deviceId).setCondition(status);
    this.report(deviceId, status);
  }

  /** An admin's simulation for a kiosk named by id: refused when no kiosk has that id. */
  async simulateKiosk(deviceId: string, status: PrinterStatus): Promise<Result<PrinterStatus>> {
    if (this.store.devices.get(deviceId)?.role !== 'kiosk') return fail('NOT_FOUND', `no kiosk ${deviceId}`);
    this.simulate(deviceId, status);
    return ok(await this.status(deviceId));
  }

  /** Prints on the kiosk's virtual printer; refuses, with the status, when it is not ready. */
  async print(deviceId: string, job: TicketPrintJob): Promise<PrintResult> {
    const printer = this.printerOf(deviceId);
    const before = await printer.status();
    if (before.condition !== 'ready') return { ok: false, status: before };
    // A reprint mark is the guidance desk's to set (counted, audited): a kiosk's slip never carries one.
    const { reprint: _notTheKiosks, ...slip } = job;
    await printer.print(encodeTicket(slip));
    const preview = printer.lastPreview;
    const status = await printer.status();
    return {
      ok: true,
      status,
      ...(preview ? { previewUrl: `${PREVIEW_PATH}/${basename(deviceId)}/${basename(preview)}` } : {}),
    };
  }

  /** A kiosk's own report (Electron, real printer): kept for the admin, logged when it changes. */
  report(deviceId: string, status: PrinterStatus): void {
    const previous = this.store.devices.get(deviceId)?.printer?.status;
    this.store.devices.setPrinterStatus(deviceId, status, this.clock.now());
    if (previous?.condition !== status.condition || previous.paperNearEnd !== status.paperNearEnd) {
      const level = status.condition === 'ready' && !status.paperNearEnd ? 'info' : 'warn';
      this.log[level]({ device: deviceId, printer: status }, 'kiosk printer status changed');
    }
    for (const listener of this.listeners) listener();
  }
}
