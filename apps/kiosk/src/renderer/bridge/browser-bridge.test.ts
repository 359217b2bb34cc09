import { describe, expect, it } from 'vitest';
import { createBrowserBridge, SetupNeeded } from './browser-bridge.ts';
import { saveStoredDevice } from './token-store.ts';

class MemoryStorage {
  private readonly items = new Map<string, string>();
  get length() {
    return this.items.size;
  }
  clear() {
    this.items.clear();
  }
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  key(i: number) {
    return [...this.items.keys()][i] ?? null;
  }
  removeItem(key: string) {
    this.items.delete(key);
  }
  setItem(key: string, value: string) {
    this.items.set(key, value);
  }
}

interface Call {
  url: string;
  init: RequestInit | undefined;
}

function fakeHub(answers: Record<string, { status: number; body?: unknown; text?: string }>) {
  const calls: Call[] = [];
  const fetchFn = (async (input: string | URL | Request, init?: RequestInit) => {
    const url = String(input);
    calls.push({ url, init });
    const path = new URL(url).pathname;
    const a = answers[path] ?? { status: 404, body: { code: 'NOT_FOUND', message: 'no' } };
    return new Response(a.text ?? JSON.stringify(a.body), { status: a.status });
  }) as typeof fetch;
  return { fetchFn, calls };
}

const HUB = 'http://10.0.0.5:8080';
const demo = { hubUrl: '', token: 'demo-kiosk-token', kioskName: 'Demo kiosk' };

describe('the browser bridge', () => {
  it('takes the demo config from /kiosk/config.json and talks to the virtual printer with its token', async () => {
    const hub = fakeHub({
      '/kiosk/config.json': { status: 200, body: demo },
      '/api/v1/kiosk/printer': { status: 200, body: { condition: 'offline', paperNearEnd: false } },
    });
    const bridge = createBrowserBridge(HUB, new MemoryStorage(), hub.fetchFn);
    expect(await bridge.config()).toEqual(demo);
    expect(await bridge.printerStatus()).toEqual({ condition: 'offline', paperNearEnd: false });
    const printerCall = hub.calls.find((c) => c.url.endsWith('/api/v1/kiosk/printer'));
    expect((printerCall?.init?.headers as Record<string, string>).authorization).toBe('Bearer demo-kiosk-token');
  });

  it('prefers the token an attendant saved', async () => {
    const storage = new MemoryStorage();
    saveStoredDevice({ token: ' saved-token ', kioskName: 'North door' }, storage);
    const hub = fakeHub({ '/kiosk/config.json': { status: 200, body: demo } });
    const bridge = createBrowserBridge(HUB, storage, hub.fetchFn);
    expect(await bridge.config()).toEqual({ hubUrl: '', token: 'saved-token', kioskName: 'North door' });
    expect(hub.calls).toEqual([]);
  });

  it('asks for setup when the hub has no demo config, but only waits when the hub is away', async () => {
    const notDemo = createBrowserBridge(HUB, new MemoryStorage(), fakeHub({}).fetchFn);
    await expect(notDemo.config()).rejects.toBeInstanceOf(SetupNeeded);
    const htmlFallback = fakeHub({ '/kiosk/config.json': { status: 200, text: '<!doctype html><title>x</title>' } });
    await expect(createBrowserBridge(HUB, new MemoryStorage(), htmlFallback.fetchFn).config()).rejects.toBeInstanceOf(
      SetupNeeded,
    );
    const down = fakeHub({ '/kiosk/config.json': { status: 503, text: 'busy' } });
    const away = createBrowserBridge(HUB, new MemoryStorage(), down.fetchFn).config();
    await expect(away).rejects.toThrow(/503/);
    await expect(away).rejects.not.toBeInstanceOf(SetupNeeded);
  });

  it('prints with the job as the body and reports hub refusals by code', async () => {
    const hub = fakeHub({
      '/kiosk/config.json': { status: 200, body: demo },
      '/api/v1/kiosk/print': { status: 400, body: { code: 'VALIDATION_FAILED', message: 'bad job' } },
    });
    const bridge = createBrowserBridge(HUB, new MemoryStorage(), hub.fetchFn);
    await expect(bridge.printTicket({} as never)).rejects.toMatchObject({ code: 'VALIDATION_FAILED', status: 400 });
    const printCall = hub.calls.find((c) => c.url.endsWith('/api/v1/kiosk/print'));
    expect(printCall?.init?.method).toBe('POST');
    expect(printCall?.init?.body).toBe('{}');
  });
});
