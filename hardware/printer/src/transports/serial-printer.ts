import { SerialPort } from 'serialport';
import type { Printer } from '../printer.ts';
import { withTimeout } from '../printer.ts';
import { ByteQueue } from './byte-queue.ts';
import type { Link } from './link.ts';
import { timeouts } from './link.ts';
import { LinkPrinter } from './link-printer.ts';

export interface SerialPrinterOptions {
  path: string;
  /** Must match the printer's setting (its self-test page shows it); 9600 is the usual factory default. */
  baudRate?: number;
  /** Open, write and read timeout each, default 3000 ms. */
  timeoutMs?: number;
}

/** The part of serialport's stream we use; tests pass serialport's own SerialPortMock. */
export interface SerialLike {
  readonly isOpen: boolean;
  open(callback: (error: Error | null) => void): void;
  write(bytes: Buffer): boolean;
  drain(callback: (error: Error | null) => void): void;
  close(callback: (error?: Error | null) => void): void;
  on(event: 'data', listener: (chunk: Buffer) => void): unknown;
  on(event: 'error', listener: (error: Error) => void): unknown;
  on(event: 'close', listener: () => void): unknown;
  destroy(): unknown;
}

export type SerialFactory = (options: { path: string; baudRate: number; autoOpen: false }) => SerialLike;

const realSerial: SerialFactory = (options) => new SerialPort(options);

/** A printer on a serial (RS-232 or USB-serial) port. */
export function serialPrinter(options: SerialPrinterOptions, factory: SerialFactory = realSerial): Printer {
  return new LinkPrinter(`serial ${options.path}`, () => openSerialLink(options, factory));
}

export async function openSerialLink(options: SerialPrinterOptions, factory: SerialFactory): Promise<Link> {
  const limits = timeouts(options.timeoutMs);
  const { path } = options;
  const port = factory({ path, baudRate: options.baudRate ?? 9600, autoOpen: false });
  const input = new ByteQueue();
  port.on('data', (chunk) => input.push(chunk));
  port.on('error', (error) => input.fail(error));
  port.on('close', () => input.fail(new Error(`${path} closed`)));
  const callback = (run: (done: (error?: Error | null) => void) => void): Promise<void> =>
    new Promise<void>((resolve, reject) => run((error) => (error ? reject(error) : resolve())));
  try {
    await withTimeout(
      callback((done) => port.open(done)),
      limits.connectMs,
      `open ${path}`,
    );
  } catch (error) {
    port.destroy();
    throw error;
  }
  return {
    isOpen: () => port.isOpen,
    write: (bytes) => {
      port.write(bytes);
      // drain resolves once the OS has taken the bytes; with hardware flow control a busy printer holds
      // it back, and the timeout turns that into an error instead of a hang.
      return withTimeout(
        callback((done) => port.drain(done)),
        limits.writeMs,
        `write to ${path}`,
      );
    },
    readByte: () => input.read(limits.readMs, `reply from ${path}`),
    discardInput: () => input.clear(),
    close: async () => {
      try {
        await withTimeout(
          callback((done) => port.close(done)),
          limits.writeMs,
          `close ${path}`,
        );
      } finally {
        port.destroy();
      }
    },
    destroy: () => port.destroy(),
  };
}
