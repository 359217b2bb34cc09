import { createServer } from 'node:http';
import type { IncomingMessage, Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { PrinterStatus, TicketPrintJob } from '@hall/protocol';
import { afterEach, describe, expect, it } from 'vitest';
import type { DeviceEvent } from '../shared/kiosk-bridge.ts';
import { PrinterService, withTimeout } from './printer-service.ts';
import type { Printer } from './printer-service.ts';
import { SAMPLE_JOB } from './test-print-job.ts';

const job: TicketPrintJob = { ...SAMPLE_JOB, footer: [] };

const READY: PrinterStatus = { condition: 'ready', paperNearEnd: false };

/** A scripted printer: statuses in order (the last repeats), prints recorded. */
function fakePrinter(statuses: PrinterStatus[], behaviour: { hangPrint?: boolean; hangStatus?: boolean } = {}) {
  const printed: Uint8Array[] = [];
  let reads = 0;
  let closed = false;
  const printer: Printer = {
    status: () => {
      reads++;
      if (behaviour.hangStatus) return new Promise(() => undefined);
      return Promise.resolve(statuses[Math.min(reads, statuses.length) - 1] ?? READY);
    },
    print: (bytes) => {
      if (behaviour.hangPrint) return new Promise(() => undefined);
      printed.push(bytes);
      return Promise.resolve();
    },
    close: async () => {
      closed = true;
    },
  };
  return { printer, printed, reads: () => reads, closed: () => closed };
}

const encodeTicket = (j: TicketPrintJob) => new TextEncoder().encode(`TICKET ${j.number}`);

interface HubRequest {
  path: string;
  authorization: string | undefined;
  body: PrinterStatus;
}

async function fakeHub(respond: (n: number) => number = () => 204) {
  const requests: HubRequest[] = [];
  const server: Server = createServer((req: IncomingMessage, res) => {
    let text = '';
    req.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
    req.on('end', () => {
      requests.push({ path: req.url ?? '', authorization: req.headers.authorization, body: JSON.parse(text) });
      res.statusCode = respond(requests.length);
      res.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  servers.push(server);
  return { url, requests };
}

const servers: Server[] = [];
const services: PrinterService[] = [];
afterEach(async () => {
  await Promise.all(services.splice(0).map((s) => s.close()));
  await Promise.all(servers.splice(0).map((s) => new Promise((resolve) => s.close(resolve))));
});

function service(printer: Printer, extra: Partial<ConstructorParameters<typeof PrinterService>[0]> = {}) {
  const s = new PrinterService({
    printer,
    encodeTicket,
    hub: null,
    statusTimeoutMs: 200,
    printTimeoutMs: 300,
    ...extra,
  });
  services.push(s);
  return s;
}

describe('printer service', () => {
  it('prints the encoded ticket when the printer is ready', async () => {
    const fake = fakePrinter([READY]);
    const result = await service(fake.printer).print(job);
    expect(result).toEqual({ ok: true, status: READY });
    expect(new TextDecoder().decode(fake.printed[0])).toBe('TICKET A012');
  });

  it('refuses to print unless the status is ready', async () => {
    for (const condition of ['offline', 'cover-open', 'paper-end', 'error'] as const) {
      const fake = fakePrinter([{ condition, paperNearEnd: false }]);
      const result = await service(fake.printer).print(job);
      expect(result.ok, condition).toBe(false);
      expect(result.status.condition).toBe(condition);
      expect(fake.printed).toEqual([]);
    }
  });

  it('still prints with paper near its end', async () => {
    const fake = fakePrinter([{ condition: 'ready', paperNearEnd: true }]);
    expect((await service(fake.printer).print(job)).ok).toBe(true);
  });

  it('times out a hanging status read: offline, no print, no hang', async () => {
    const fake = fakePrinter([], { hangStatus: true });
    const s = service(fake.printer);
    const started = Date.now();
    const result = await s.print(job);
    expect(Date.now() - started).toBeLessThan(2_000);
    expect(result.ok).toBe(false);
    expect(result.status).toMatchObject({ condition: 'offline', detail: expect.stringMatching(/timed out/) });
    expect(await s.status()).toMatchObject({ condition: 'offline' });
    expect(fake.printed).toEqual([]);
  });

  it('times out a hanging print and reports it as not printed', async () => {
    const fake = fakePrinter([READY], { hangPrint: true });
    const s = service(fake.printer);
    const started = Date.now();
    const result = await s.print(job);
    expect(Date.now() - started).toBeLessThan(2_000);
    expect(result).toMatchObject({
      ok: false,
      status: { condition: 'offline', detail: expect.stringMatching(/timed out/) },
    });
    // The next caller is not stuck behind the hung print.
    expect(await s.status()).toEqual(READY);
  });

  it('turns a throwing printer into a status, never a rejection', async () => {
    const printer: Printer = {
      status: () => Promise.reject(new Error('LIBUSB_ERROR_NO_DEVICE')),
      print: () => Promise.reject(new Error('nope')),
      close: async () => undefined,
    };
    const s = service(printer);
    expect(await s.status()).toMatchObject({ condition: 'offline', detail: 'LIBUSB_ERROR_NO_DEVICE' });
    expect((await s.print(job)).ok).toBe(false);
  });

  it('reports to the hub once per change of condition or paperNearEnd, with the token', async () => {
    const hub = await fakeHub();
    const events: DeviceEvent[] = [];
    const fake = fakePrinter([
      READY,
      READY,
      { condition: 'ready', paperNearEnd: true },
      { condition: 'ready', paperNearEnd: true, detail: 'other detail: not a change' },
      { condition: 'ready', paperNearEnd: true },
      { condition: 'paper-end', paperNearEnd: true },
      { condition: 'ready', paperNearEnd: false },
    ]);
    const s = service(fake.printer, {
      hub: { url: `${hub.url}/`, token: 'kiosk-token' },
      onDeviceEvent: (e) => events.push(e),
    });
    for (let i = 0; i < 7; i++) {
      await s.status();
      await s.idle();
    }
    expect(hub.requests.map((r) => r.body)).toEqual([
      READY,
      { condition: 'ready', paperNearEnd: true },
      { condition: 'paper-end', paperNearEnd: true },
      { condition: 'ready', paperNearEnd: false },
    ]);
    for (const r of hub.requests) {
      expect(r.path).toBe('/api/v1/kiosk/printer-status');
      expect(r.authorization).toBe('Bearer kiosk-token');
    }
    expect(events.map((e) => e.status.paperNearEnd)).toEqual([false, true, true, false]);
    expect(events.every((e) => e.kind === 'printer-status')).toBe(true);
  });

  it('never throws when the hub is down or refuses, and retries the report on the next read', async () => {
    const hub = await fakeHub((n) => (n === 1 ? 500 : 204));
    const fake = fakePrinter([{ condition: 'ready', paperNearEnd: true }]);
    const s = service(fake.printer, { hub: { url: hub.url, token: 't' } });
    await s.status();
    await s.idle();
    await s.status();
    await s.idle();
    await s.status();
    await s.idle();
    // Refused once, accepted on the retry, then nothing more to say.
    expect(hub.requests).toHaveLength(2);

    const down = service(fakePrinter([READY]).printer, {
      hub: { url: 'http://127.0.0.1:1', token: 't' },
      hubTimeoutMs: 300,
    });
    expect(await down.status()).toEqual(READY);
    await down.idle();
  });

  it('gives up on a hub that never answers after its timeout', async () => {
    const server = createServer(() => undefined);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    servers.push(server);
    const logs: string[] = [];
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const s = service(fakePrinter([READY]).printer, {
      hub: { url, token: 't' },
      hubTimeoutMs: 200,
      log: (m) => logs.push(m),
    });
    const started = Date.now();
    await s.status();
    await s.idle();
    expect(Date.now() - started).toBeLessThan(2_000);
    expect(logs.join('\n')).toMatch(/status report failed/);
    server.closeAllConnections();
  });

  it('polls the status on its own and stops when closed', async () => {
    const fake = fakePrinter([READY, { condition: 'cover-open', paperNearEnd: false }]);
    const events: DeviceEvent[] = [];
    const s = service(fake.printer, { pollIntervalMs: 20, onDeviceEvent: (e) => events.push(e) });
    s.start();
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(fake.reads()).toBeGreaterThanOrEqual(3);
    expect(events.map((e) => e.status.condition)).toEqual(['ready', 'cover-open']);
    await s.close();
    const reads = fake.reads();
    await new Promise((resolve) => setTimeout(resolve, 60));
    expect(fake.reads()).toBe(reads);
    expect(fake.closed()).toBe(true);
  });
});

describe('withTimeout', () => {
  it('settles with the operation or the timeout', async () => {
    await expect(withTimeout(Promise.resolve(1), 50, 'x')).resolves.toBe(1);
    await expect(withTimeout(new Promise(() => undefined), 20, 'thing')).rejects.toThrow(/thing timed out after 20 ms/);
  });
});
