import { once } from 'node:events';
import { createConnection } from 'node:net';
import type { Printer } from '../printer.ts';
import { withTimeout } from '../printer.ts';
import { ByteQueue } from './byte-queue.ts';
import type { Link } from './link.ts';
import { timeouts } from './link.ts';
import { LinkPrinter } from './link-printer.ts';

export interface TcpPrinterOptions {
  host: string;
  /** The raw printing port ("JetDirect"), 9100 on every network ticket printer. */
  port?: number;
  /** Connect, write and read timeout each, default 3000 ms. */
  timeoutMs?: number;
}

/** A network printer on raw TCP: the bytes go as they are, replies come back on the same socket. */
export function tcpPrinter(options: TcpPrinterOptions): Printer {
  const port = options.port ?? 9100;
  return new LinkPrinter(`tcp ${options.host}:${port}`, () => openTcpLink(options.host, port, options.timeoutMs));
}

export async function openTcpLink(host: string, port: number, timeoutMs?: number): Promise<Link> {
  const limits = timeouts(timeoutMs);
  const socket = createConnection({ host, port });
  const input = new ByteQueue();
  socket.setNoDelay(true); // a 3-byte status query must leave now, not after Nagle's delay
  socket.on('data', (chunk: Buffer) => input.push(chunk));
  socket.on('error', (error) => input.fail(error));
  socket.on('close', () => input.fail(new Error('connection closed by the printer')));
  try {
    await withTimeout(once(socket, 'connect'), limits.connectMs, `connect to ${host}:${port}`);
  } catch (error) {
    socket.destroy();
    throw error;
  }
  return {
    isOpen: () => !socket.destroyed && socket.readyState === 'open',
    write: (bytes) =>
      // The callback fires once the kernel has the bytes; a printer that stopped reading (paper out,
      // buffer full) holds it back, and the timeout turns that into an error instead of a hang.
      withTimeout(
        new Promise<void>((resolve, reject) => socket.write(bytes, (error) => (error ? reject(error) : resolve()))),
        limits.writeMs,
        `write to ${host}:${port}`,
      ),
    readByte: () => input.read(limits.readMs, `reply from ${host}:${port}`),
    discardInput: () => input.clear(),
    close: async () => {
      if (socket.destroyed) return;
      const closed = once(socket, 'close');
      socket.end();
      try {
        await withTimeout(closed, limits.writeMs, `close ${host}:${port}`);
      } finally {
        socket.destroy();
      }
    },
    destroy: () => socket.destroy(),
  };
}
