import type { EventEmitter } from 'node:events';
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { SAMPLE_JOB } from './test-print-job.ts';

/*
 * The wiring in index.ts, run against a fake 'electron' (the real binary cannot be had here): config file →
 * window options → security handlers → IPC → printer service with @hall/printer's virtual printer.
 */

const fake = vi.hoisted(() => {
  const state = {
    appHandlers: new Map<string, (...args: unknown[]) => void>(),
    ipc: new Map<string, (event: unknown, ...args: unknown[]) => Promise<unknown>>(),
    windows: [] as { options: unknown; webContents: unknown; loaded: string[] }[],
    menu: 'default' as unknown,
    permissionRequest: undefined as undefined | ((...args: unknown[]) => void),
    headers: undefined as undefined | ((...args: unknown[]) => void),
    userData: '',
  };
  return state;
});

vi.mock('electron', async () => {
  const { EventEmitter: Emitter } = await import('node:events');
  class FakeWebContents extends Emitter {
    windowOpenHandler: (() => unknown) | undefined;
    sent: unknown[][] = [];
    setWindowOpenHandler(handler: () => unknown) {
      this.windowOpenHandler = handler;
    }
    setVisualZoomLevelLimits() {
      return Promise.resolve();
    }
    send(...args: unknown[]) {
      this.sent.push(args);
    }
    forcefullyCrashRenderer() {}
  }
  class BrowserWindow extends Emitter {
    webContents = new FakeWebContents();
    loaded: string[] = [];
    constructor(readonly options: unknown) {
      super();
      fake.windows.push(this);
      fake.appHandlers.get('web-contents-created')?.({}, this.webContents);
    }
    isDestroyed() {
      return false;
    }
    async loadFile(path: string) {
      this.loaded.push(`file:${path}`);
    }
    async loadURL(url: string) {
      this.loaded.push(url);
    }
    show() {}
  }
  const app = {
    isPackaged: true,
    enableSandbox: () => undefined,
    getPath: (name: string) => (name === 'userData' ? fake.userData : tmpdir()),
    setPath: (name: string, path: string) => {
      if (name === 'userData') fake.userData = path;
    },
    requestSingleInstanceLock: () => true,
    on: (event: string, handler: (...args: unknown[]) => void) => fake.appHandlers.set(event, handler),
    whenReady: () => Promise.resolve(),
    quit: () => undefined,
    exit: () => undefined,
  };
  const session = {
    defaultSession: {
      setPermissionRequestHandler: (h: (...args: unknown[]) => void) => (fake.permissionRequest = h),
      setPermissionCheckHandler: () => undefined,
      setDevicePermissionHandler: () => undefined,
      on: () => undefined,
      webRequest: { onHeadersReceived: (h: (...args: unknown[]) => void) => (fake.headers = h) },
    },
  };
  return {
    app,
    BrowserWindow,
    session,
    Menu: { setApplicationMenu: (menu: unknown) => (fake.menu = menu) },
    ipcMain: {
      handle: (channel: string, h: (event: unknown, ...args: unknown[]) => Promise<unknown>) =>
        fake.ipc.set(channel, h),
      removeHandler: (channel: string) => fake.ipc.delete(channel),
    },
  };
});

const dir = await mkdtemp(join(tmpdir(), 'kiosk-main-'));
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

function handler(channel: string): (event: unknown, ...args: unknown[]) => Promise<unknown> {
  const found = fake.ipc.get(channel);
  if (!found) throw new Error(`no handler for ${channel}`);
  return found;
}

async function until(check: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 200 && !check(); i++) await new Promise((resolve) => setTimeout(resolve, 25));
  if (!check()) throw new Error(`timed out waiting for ${what}`);
}

describe('main process wiring (fake electron)', () => {
  it('starts a locked-down kiosk window that prints through the virtual printer', async () => {
    const ticketDir = join(dir, 'tickets');
    const configPath = join(dir, 'kiosk.json');
    await writeFile(
      configPath,
      JSON.stringify({
        hubUrl: 'http://127.0.0.1:9',
        token: 'tok',
        kioskName: '测试机',
        printer: { kind: 'virtual', dir: ticketDir },
      }),
    );
    vi.stubEnv('HALL_KIOSK_CONFIG', configPath);
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    await import('./index.ts');
    await until(() => fake.ipc.size === 3 && (fake.windows[0]?.loaded.length ?? 0) > 0, 'the window and IPC');

    expect(fake.userData).toMatch(/hall-kiosk$/);
    expect(fake.menu).toBeNull();
    const win = fake.windows[0] as { options: Record<string, unknown>; webContents: EventEmitter; loaded: string[] };
    expect(win.options).toMatchObject({ kiosk: true, webPreferences: { sandbox: true, devTools: false } });
    expect(win.loaded[0]).toMatch(/^file:.*renderer[\\/]index\.html$/);

    // Security handlers were installed on the window's web contents.
    const contents = win.webContents as EventEmitter & { windowOpenHandler: () => unknown };
    expect(contents.windowOpenHandler()).toEqual({ action: 'deny' });
    let prevented = false;
    contents.emit('will-frame-navigate', { url: 'https://example.com/', preventDefault: () => (prevented = true) });
    expect(prevented).toBe(true);
    let denied: boolean | undefined;
    fake.permissionRequest?.(contents, 'media', (ok: boolean) => (denied = !ok));
    expect(denied).toBe(true);
    let headers: Record<string, string[]> = {};
    fake.headers?.({ responseHeaders: {} }, (r: { responseHeaders: Record<string, string[]> }) => {
      headers = r.responseHeaders;
    });
    expect(headers['Content-Security-Policy']?.[0]).toContain("connect-src 'self' http://127.0.0.1:9 ws://127.0.0.1:9");

    const pageUrl = pathToFileURL((win.loaded[0] ?? '').slice('file:'.length)).href;
    const event = { sender: contents, senderFrame: { url: pageUrl, parent: null } };
    expect(await handler('kiosk:config')(event)).toEqual({
      hubUrl: 'http://127.0.0.1:9',
      token: 'tok',
      kioskName: '测试机',
    });
    await expect(handler('kiosk:config')({ ...event, sender: {} })).rejects.toThrow(/sender not allowed/);
    expect(await handler('kiosk:printer-status')(event)).toMatchObject({ condition: 'ready' });

    const job = { ...SAMPLE_JOB, statusUrl: 'http://127.0.0.1:9/t/abc', footer: [] };
    expect(await handler('kiosk:print-ticket')(event, job)).toMatchObject({ ok: true });
    expect((await readdir(ticketDir)).some((f) => f.endsWith('.bin'))).toBe(true);
    await expect(handler('kiosk:print-ticket')(event, { ...job, number: 'x' })).rejects.toThrow(/invalid print job/);
    expect(logged.mock.calls.flat().join('\n')).toMatch(/blocked navigation to https:\/\/example\.com/);

    // Quitting closes the printer first.
    let quitDeferred = false;
    fake.appHandlers.get('before-quit')?.({ preventDefault: () => (quitDeferred = true) });
    expect(quitDeferred).toBe(true);
    vi.unstubAllEnvs();
    logged.mockRestore();
  });
});
