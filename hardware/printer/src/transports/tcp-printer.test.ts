import { afterEach, describe, expect, it } from 'vitest';
import { encodeTicket } from '../ticket-layout.ts';
import { sampleJob } from '../test-fixtures.ts';
import { refusedPort, startFakePrinter } from './fake-printer-server.ts';
import type { FakePrinterServer } from './fake-printer-server.ts';
import { tcpPrinter } from './tcp-printer.ts';
import type { Printer } from '../printer.ts';

const OK = { 1: 0x16, 2: 0x12, 3: 0x12, 4: 0x12 }; // drawer pin high, nothing else
const servers: FakePrinterServer[] = [];
const printers: Printer[] = [];
afterEach(async () => {
  for (const p of printers.splice(0)) await p.close();
  for (const s of servers.splice(0)) await s.close();
});
const fake = async (replies: Record<number, number>): Promise<FakePrinterServer> => {
  const server = await startFakePrinter(replies);
  servers.push(server);
  return server;
};
const printer = (port: number, timeoutMs = 300): Printer => {
  const p = tcpPrinter({ host: '127.0.0.1', port, timeoutMs });
  printers.push(p);
  return p;
};
const until = async (check: () => boolean): Promise<void> => {
  for (let i = 0; i < 200 && !check(); i++) await new Promise((r) => setTimeout(r, 10));
};

describe('TCP printer against a fake printer on 127.0.0.1', () => {
  it('asks DLE EOT 1..4 and reads the answers', async () => {
    const server = await fake({ ...OK });
    const p = printer(server.port);
    expect(await p.status()).toEqual({ condition: 'ready', paperNearEnd: false });
    expect(server.received().toString('hex')).toBe('100401100402100403100404');

    server.replies[1] = 0x1e; // offline
    server.replies[2] = 0x16; // cover open
    expect(await p.status()).toMatchObject({ condition: 'cover-open' });
    server.replies[2] = 0x12;
    server.replies[4] = 0x7e; // roll empty
    expect(await p.status()).toMatchObject({ condition: 'paper-end', paperNearEnd: true });
    expect(server.connections).toBe(1); // one connection, kept
  });

  it('sends the ticket bytes as they are', async () => {
    const server = await fake({ ...OK });
    const bytes = encodeTicket(sampleJob);
    await printer(server.port).print(bytes);
    await until(() => server.received().length >= bytes.length);
    expect(server.received().equals(bytes)).toBe(true);
  });

  it('keeps a status query and a job apart when both are asked at once', async () => {
    const server = await fake({ ...OK });
    const p = printer(server.port);
    const bytes = encodeTicket(sampleJob);
    const [, status] = await Promise.all([p.print(bytes), p.status(), p.print(bytes)]);
    expect(status.condition).toBe('ready');
    await until(() => server.received().length >= 2 * bytes.length + 12);
    const expected = Buffer.concat([bytes, Buffer.from('100401100402100403100404', 'hex'), bytes]);
    expect(server.received().equals(expected)).toBe(true);
  });

  it('is offline, within the timeout, when the printer never answers', async () => {
    const server = await fake({}); // accepts, reads, never replies
    const p = printer(server.port, 250);
    const started = Date.now();
    const status = await p.status();
    const elapsed = Date.now() - started;
    expect(status.condition).toBe('offline');
    expect(status.detail).toMatch(/reply from 127\.0\.0\.1:\d+ timed out after 250 ms/);
    expect(elapsed).toBeGreaterThanOrEqual(240);
    expect(elapsed).toBeLessThan(1500);
  });

  it('recovers when the printer answers again', async () => {
    const server = await fake({});
    const p = printer(server.port, 200);
    expect((await p.status()).condition).toBe('offline');
    Object.assign(server.replies, OK);
    expect((await p.status()).condition).toBe('ready');
    expect(server.connections).toBe(2); // the silent connection was dropped, a fresh one made
  });

  it('is an error when the printer answers with something that is not a status byte', async () => {
    const server = await fake({ ...OK, 3: 0x00 });
    expect(await printer(server.port).status()).toMatchObject({
      condition: 'error',
      detail: 'invalid reply 0x00 to DLE EOT 3',
    });
  });

  it('is offline when the connection is refused, and print says so', async () => {
    const port = await refusedPort();
    const p = printer(port);
    const started = Date.now();
    const status = await p.status();
    expect(status.condition).toBe('offline');
    expect(status.detail).toMatch(/ECONNREFUSED/);
    await expect(p.print(Buffer.from('x'))).rejects.toThrow(/print failed: .*ECONNREFUSED/);
    expect(Date.now() - started).toBeLessThan(1500);
  });

  it('is offline after the printer goes away mid-session', async () => {
    const server = await fake({ ...OK });
    const p = printer(server.port);
    expect((await p.status()).condition).toBe('ready');
    await server.close();
    servers.splice(servers.indexOf(server), 1);
    expect((await p.status()).condition).toBe('offline');
  });

  it('refuses to work after close', async () => {
    const server = await fake({ ...OK });
    const p = printer(server.port);
    await p.close();
    expect((await p.status()).condition).toBe('offline');
    await expect(p.print(Buffer.from('x'))).rejects.toThrow(/closed/);
  });
});

describe('TCP printer whose connection was closed while idle', () => {
  it('reconnects instead of reporting offline', async () => {
    const server = await startFakePrinter({ ...OK });
    servers.push(server);
    const p = printer(server.port);
    expect((await p.status()).condition).toBe('ready');
    await server.dropConnections(); // what many network printers do after a minute without data
    await new Promise((r) => setTimeout(r, 50));
    expect((await p.status()).condition).toBe('ready');
    expect(server.connections).toBe(2);
  });
});
