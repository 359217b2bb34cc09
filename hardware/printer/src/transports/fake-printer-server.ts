import { once } from 'node:events';
import { createServer } from 'node:net';
import type { AddressInfo, Server, Socket } from 'node:net';

/**
 * A network printer for tests, on 127.0.0.1: collects what it is sent and answers DLE EOT n with
 * replies[n], or stays silent for an n it has no reply for (a printer that accepts and never answers).
 */
export interface FakePrinterServer {
  port: number;
  received(): Buffer;
  replies: Record<number, number>;
  connections: number;
  /** Closes the open connections but keeps listening. */
  dropConnections(): Promise<void>;
  close(): Promise<void>;
}

export async function startFakePrinter(replies: Record<number, number> = {}): Promise<FakePrinterServer> {
  const chunks: Buffer[] = [];
  const sockets = new Set<Socket>();
  const state = { connections: 0 };
  const server: Server = createServer((socket) => {
    state.connections += 1;
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => undefined);
    let pending = Buffer.alloc(0);
    socket.on('data', (chunk: Buffer) => {
      chunks.push(chunk);
      pending = Buffer.concat([pending, chunk]);
      // Answer each complete DLE EOT n as it arrives, like a printer's real-time command handling.
      let at = pending.indexOf(Buffer.from([0x10, 0x04]));
      while (at >= 0 && at + 2 < pending.length) {
        const reply = fake.replies[pending[at + 2] ?? 0];
        if (reply !== undefined) socket.write(Buffer.from([reply]));
        pending = pending.subarray(at + 3);
        at = pending.indexOf(Buffer.from([0x10, 0x04]));
      }
      if (at < 0) pending = pending.subarray(Math.max(0, pending.length - 1));
    });
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const fake: FakePrinterServer = {
    port: (server.address() as AddressInfo).port,
    received: () => Buffer.concat(chunks),
    replies,
    get connections() {
      return state.connections;
    },
    dropConnections: async () => {
      for (const socket of sockets) socket.end();
    },
    close: async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
  return fake;
}

/** A port on 127.0.0.1 that nothing listens on: connecting is refused at once. */
export async function refusedPort(): Promise<number> {
  const server = createServer();
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}
