import type { PrinterStatus, PrintResult, TicketPrintJob } from '@hall/protocol';
import type { DeviceEvent } from '../shared/kiosk-bridge.ts';

/**
 * The kiosk's ticket printer as the renderer sees it: status, print, device events, and reports to the
 * hub. Plain module: the printer (from @hall/printer/transports), the encoder and fetch are injected.
 *
 * Rules: every printer call has a timeout, so an unplugged or wedged printer never hangs the kiosk; the
 * status is read before each ticket and nothing is printed unless it is 'ready'; calls to the printer are
 * serialised (a status poll never interleaves with a ticket's bytes); hub reports are best effort.
 */

/** What this service needs of @hall/printer's `Printer` (from `openPrinter(config)`). */
export interface Printer {
  status(): Promise<PrinterStatus>;
  print(bytes: Uint8Array): Promise<unknown>;
  close(): Promise<unknown>;
  /** Optional: forget a connection that timed out, so the next call reconnects. */
  reset?(): void;
}

export type EncodeTicket = (job: TicketPrintJob) => Uint8Array | Promise<Uint8Array>;

export interface PrinterServiceOptions {
  printer: Printer;
  encodeTicket: EncodeTicket;
  /** Where to report status changes; null: do not report. */
  hub: { url: string; token: string } | null;
  onDeviceEvent?: (event: DeviceEvent) => void;
  log?: (message: string) => void;
  fetch?: typeof fetch;
  /**
   * Status reads and close. Above @hall/printer's own 3 s per operation, so its more precise errors win;
   * this is the backstop for a transport that never settles.
   */
  statusTimeoutMs?: number;
  /** Sending one ticket's bytes (a ticket with a QR code takes a second or two on a slow serial line). */
  printTimeoutMs?: number;
  pollIntervalMs?: number;
  hubTimeoutMs?: number;
}

export class TimeoutError extends Error {
  override name = 'TimeoutError';
}

/** Resolves or rejects with the operation, or rejects with TimeoutError after `ms`. Never leaves a timer. */
export function withTimeout<T>(operation: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new TimeoutError(`${what} timed out after ${ms} ms`)), ms);
  });
  // A late rejection of the abandoned operation must not become an unhandled rejection.
  operation.catch(() => undefined);
  return Promise.race([operation, timeout]).finally(() => clearTimeout(timer));
}

function sameState(a: PrinterStatus | null, b: PrinterStatus): boolean {
  return a !== null && a.condition === b.condition && a.paperNearEnd === b.paperNearEnd;
}

function errorText(err: unknown): string {
  return (err instanceof Error ? err.message : String(err)).slice(0, 200);
}

export class PrinterService {
  readonly #o: Required<Omit<PrinterServiceOptions, 'hub' | 'onDeviceEvent' | 'log'>> &
    Pick<PrinterServiceOptions, 'hub' | 'onDeviceEvent' | 'log'>;
  /** Serialises printer calls. */
  #queue: Promise<unknown> = Promise.resolve();
  #last: PrinterStatus | null = null;
  /** The state the hub last acknowledged (2xx). */
  #hubKnows: PrinterStatus | null = null;
  #reporting: Promise<void> | null = null;
  #pollTimer: ReturnType<typeof setTimeout> | undefined;
  #polling = false;
  #closed = false;

  constructor(options: PrinterServiceOptions) {
    this.#o = {
      fetch: globalThis.fetch,
      statusTimeoutMs: 5_000,
      printTimeoutMs: 10_000,
      pollIntervalMs: 10_000,
      hubTimeoutMs: 3_000,
      ...options,
    };
  }

  /** The last status seen, or null before the first read. */
  get lastStatus(): PrinterStatus | null {
    return this.#last;
  }

  #exclusive<T>(run: () => Promise<T>): Promise<T> {
    const next = this.#queue.then(run, run);
    this.#queue = next.catch(() => undefined);
    return next;
  }

  async #readStatus(): Promise<PrinterStatus> {
    let status: PrinterStatus;
    try {
      status = await withTimeout(this.#o.printer.status(), this.#o.statusTimeoutMs, 'printer status');
    } catch (err) {
      if (err instanceof TimeoutError) this.#o.printer.reset?.();
      status = { condition: 'offline', paperNearEnd: false, detail: errorText(err) };
    }
    this.#observe(status);
    return status;
  }

  /** Reads the printer's status now (serialised with printing), never throwing, never hanging. */
  status(): Promise<PrinterStatus> {
    return this.#exclusive(() => this.#readStatus());
  }

  /** Prints one ticket if, and only if, the printer reports 'ready' just before. */
  print(job: TicketPrintJob): Promise<PrintResult> {
    return this.#exclusive(async () => {
      const before = await this.#readStatus();
      if (before.condition !== 'ready') return { ok: false, status: before };
      let bytes: Uint8Array;
      try {
        bytes = await this.#o.encodeTicket(job);
      } catch (err) {
        this.#o.log?.(`printer: encoding failed: ${errorText(err)}`);
        return { ok: false, status: { ...before, detail: `encode: ${errorText(err)}` } };
      }
      try {
        await withTimeout(this.#o.printer.print(bytes), this.#o.printTimeoutMs, 'printing');
        return { ok: true, status: before };
      } catch (err) {
        if (err instanceof TimeoutError) this.#o.printer.reset?.();
        // Whether paper came out is unknown: the renderer tells the citizen to ask staff rather than reprint.
        const status: PrinterStatus = {
          condition: err instanceof TimeoutError ? 'offline' : 'error',
          paperNearEnd: before.paperNearEnd,
          detail: errorText(err),
        };
        this.#observe(status);
        return { ok: false, status };
      }
    });
  }

  /** Starts polling the status every `pollIntervalMs` (first read at once). */
  start(): void {
    if (this.#polling || this.#closed) return;
    this.#polling = true;
    const tick = async (): Promise<void> => {
      await this.status();
      if (!this.#polling) return;
      this.#pollTimer = setTimeout(() => void tick(), this.#o.pollIntervalMs);
      this.#pollTimer.unref?.();
    };
    void tick();
  }

  /** Stops polling and closes the printer (bounded by the status timeout). */
  async close(): Promise<void> {
    this.#polling = false;
    this.#closed = true;
    clearTimeout(this.#pollTimer);
    await this.#exclusive(async () => {
      try {
        await withTimeout(this.#o.printer.close(), this.#o.statusTimeoutMs, 'printer close');
      } catch (err) {
        this.#o.log?.(`printer: close failed: ${errorText(err)}`);
      }
    });
    await this.idle();
  }

  /** Resolves when no hub report is in flight (tests, shutdown). */
  async idle(): Promise<void> {
    while (this.#reporting) await this.#reporting;
  }

  #observe(status: PrinterStatus): void {
    const changed = !sameState(this.#last, status);
    this.#last = status;
    if (changed) {
      try {
        this.#o.onDeviceEvent?.({ kind: 'printer-status', status });
      } catch (err) {
        this.#o.log?.(`printer: device event listener threw: ${errorText(err)}`);
      }
    }
    this.#maybeReport();
  }

  /**
   * Tells the hub when the condition or paperNearEnd differs from what the hub last acknowledged: once
   * per change while the hub answers, and again on the next status read after a failed report.
   */
  #maybeReport(): void {
    const hub = this.#o.hub;
    const status = this.#last;
    if (!hub || !status || this.#reporting || sameState(this.#hubKnows, status)) return;
    this.#reporting = this.#report(hub, status).finally(() => {
      this.#reporting = null;
      // A change that arrived while this report was in flight (a failed report waits for the next read).
      if (this.#last && !sameState(status, this.#last)) this.#maybeReport();
    });
  }

  async #report(hub: { url: string; token: string }, status: PrinterStatus): Promise<void> {
    try {
      const res = await this.#o.fetch(`${hub.url.replace(/\/+$/, '')}/api/v1/kiosk/printer-status`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${hub.token}` },
        body: JSON.stringify(status),
        signal: AbortSignal.timeout(this.#o.hubTimeoutMs),
      });
      await res.body?.cancel().catch(() => undefined);
      if (res.ok) this.#hubKnows = status;
      else this.#o.log?.(`printer: hub refused the status report (${res.status})`);
    } catch (err) {
      this.#o.log?.(`printer: status report failed: ${errorText(err)}`);
    }
  }
}
