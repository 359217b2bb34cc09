import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { PrinterStatus, TicketPrintJob } from '@hall/protocol';
import { describe, expect, it } from 'vitest';
import { createIpcHandlers, IPC_CHANNELS, isTrustedSender, registerIpcHandlers } from './ipc.ts';
import type { InvokeEventLike, InvokeHandler } from './ipc.ts';
import { appOriginOf } from './security.ts';
import { SAMPLE_JOB } from './test-print-job.ts';

const appOrigin = appOriginOf({ rendererDirUrl: 'file:///opt/kiosk/app.asar/out/renderer/' });
const pageUrl = 'file:///opt/kiosk/app.asar/out/renderer/index.html';
const mainContents = { id: 1 };
const otherContents = { id: 2 };

const job: TicketPrintJob = SAMPLE_JOB;

const ready: PrinterStatus = { condition: 'ready', paperNearEnd: false };

function setup() {
  const printed: TicketPrintJob[] = [];
  const handlers = createIpcHandlers({
    config: {
      hubUrl: 'http://hub.hall.lan:8080',
      token: 'secret',
      kioskName: '1号机',
      // Fields beyond KioskConfig must never reach the renderer.
      ...({ printer: { kind: 'tcp', host: 'p' }, production: true } as object),
    },
    printer: {
      status: async () => ready,
      print: async (j) => {
        printed.push(j);
        return { ok: true, status: ready };
      },
    },
    appOrigin,
    mainWebContents: () => mainContents,
  });
  return { handlers, printed };
}

const event = (over: Partial<InvokeEventLike> = {}): InvokeEventLike => ({
  sender: mainContents,
  senderFrame: { url: pageUrl, parent: null },
  ...over,
});

describe('IPC', () => {
  it('names every channel with the kiosk: prefix, the same in the preload', async () => {
    for (const channel of Object.values(IPC_CHANNELS)) expect(channel).toMatch(/^kiosk:[a-z-]+$/);
    const preload = await readFile(join(import.meta.dirname, '../preload/index.ts'), 'utf8');
    for (const channel of Object.values(IPC_CHANNELS)) expect(preload).toContain(`'${channel}'`);
  });

  it('trusts only the main window top frame showing the app', () => {
    const trusted = { appOrigin, mainWebContents: () => mainContents };
    expect(isTrustedSender(event(), trusted)).toBe(true);
    expect(isTrustedSender(event({ sender: otherContents }), trusted)).toBe(false);
    expect(isTrustedSender(event({ senderFrame: null }), trusted)).toBe(false);
    expect(isTrustedSender(event({ senderFrame: { url: 'https://evil.example/', parent: null } }), trusted)).toBe(
      false,
    );
    expect(isTrustedSender(event({ senderFrame: { url: 'file:///etc/x.html', parent: null } }), trusted)).toBe(false);
    expect(isTrustedSender(event({ senderFrame: { url: pageUrl, parent: {} } }), trusted)).toBe(false);
    expect(isTrustedSender(event(), { appOrigin, mainWebContents: () => null })).toBe(false);
  });

  it('rejects every channel from an untrusted sender, before doing anything', async () => {
    const { handlers, printed } = setup();
    for (const handler of Object.values(handlers)) {
      await expect(
        handler(event({ senderFrame: { url: 'https://evil.example/', parent: null } }), job),
      ).rejects.toThrow(/sender not allowed/);
      await expect(handler(event({ sender: otherContents }), job)).rejects.toThrow(/sender not allowed/);
    }
    expect(printed).toEqual([]);
  });

  it('returns only hubUrl, token and kioskName as config', async () => {
    const { handlers } = setup();
    expect(await handlers[IPC_CHANNELS.config](event())).toEqual({
      hubUrl: 'http://hub.hall.lan:8080',
      token: 'secret',
      kioskName: '1号机',
    });
  });

  it('validates the print job before printing', async () => {
    const { handlers, printed } = setup();
    const print = handlers[IPC_CHANNELS.printTicket];
    for (const bad of [
      undefined,
      'A012',
      { ...job, number: 'a12' },
      { ...job, peopleAhead: -1 },
      { ...job, statusUrl: 'not a url' },
      { ...job, extra: '<script>' },
      { ...job, footer: ['1', '2', '3', '4', '5'] },
    ]) {
      await expect(print(event(), bad)).rejects.toThrow(/invalid print job/);
    }
    expect(printed).toEqual([]);
    expect(await print(event(), job)).toEqual({ ok: true, status: ready });
    expect(printed).toEqual([job]);
    expect(await handlers[IPC_CHANNELS.printerStatus](event())).toEqual(ready);
  });

  it('registers and removes the handlers on ipcMain', () => {
    const { handlers } = setup();
    const registered = new Map<string, InvokeHandler>();
    const remove = registerIpcHandlers(
      { handle: (c, l) => registered.set(c, l), removeHandler: (c) => registered.delete(c) },
      handlers,
    );
    expect([...registered.keys()].sort()).toEqual(['kiosk:config', 'kiosk:print-ticket', 'kiosk:printer-status']);
    remove();
    expect(registered.size).toBe(0);
  });
});
