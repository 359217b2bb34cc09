import type { PrinterStatus } from '@hall/protocol';

/** One ticket printer, whatever the wire: USB, TCP 9100, serial, or the virtual one. */
export interface Printer {
  /** Never rejects: a printer that cannot be reached is `offline`. */
  status(): Promise<PrinterStatus>;
  /** Rejects when the bytes could not be handed over; check status() after to see that it printed. */
  print(bytes: Buffer): Promise<void>;
  close(): Promise<void>;
}

export class TimeoutError extends Error {
  override readonly name = 'TimeoutError';
}

/**
 * Every connect, write and read on a printer goes through this: a printer that is switched off, unplugged
 * or wedged must make the kiosk say "printer offline", never hang it. The losing operation is not cancelled
 * here; the caller destroys the connection it ran on.
 */
export function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new TimeoutError(`${what} timed out after ${ms} ms`)), ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error instanceof Error ? error : new Error(String(error)));
      },
    );
  });
}
