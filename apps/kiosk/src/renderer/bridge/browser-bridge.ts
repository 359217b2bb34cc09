import { printerStatusSchema, type PrinterStatus, type PrintResult, type TicketPrintJob } from '@hall/protocol';
import type { KioskBridge, KioskConfig } from '../../shared/kiosk-bridge.ts';
import { toHubError } from '@hall/protocol';
import { loadStoredDevice } from './token-store.ts';

/** Thrown by `config()` when this browser has no device token: the attendant setup screen takes over. */
export class SetupNeeded extends Error {
  constructor() {
    super('this browser kiosk has no device token yet');
    this.name = 'SetupNeeded';
  }
}

function isKioskConfig(value: unknown): value is KioskConfig {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return (
    typeof v.hubUrl === 'string' && typeof v.token === 'string' && v.token !== '' && typeof v.kioskName === 'string'
  );
}

/**
 * The kiosk bridge of a plain browser (no Electron): the hub serving this page is the hub, the device
 * token comes from the setup screen (localStorage) or, in demo mode, from `/kiosk/config.json`, and the
 * printer is the hub's virtual printer.
 */
export function createBrowserBridge(
  origin: string = location.origin,
  storage: Storage = localStorage,
  fetchFn: typeof fetch = (...args) => fetch(...args),
): KioskBridge {
  let current: KioskConfig | undefined;

  const config = async (): Promise<KioskConfig> => {
    const stored = loadStoredDevice(storage);
    if (stored) {
      current = { hubUrl: '', token: stored.token, kioskName: stored.kioskName };
      return current;
    }
    // A network error or a 5xx is the hub being away: that rejects, and the kiosk tries again later.
    const res = await fetchFn(`${origin}/kiosk/config.json`, { cache: 'no-store' });
    if (res.status >= 500) throw new Error(`the hub answered ${res.status}`);
    // Without demo mode the hub answers 404 (or, from an older hub, its UI page, which does not parse).
    const body: unknown = res.ok ? await res.json().catch(() => undefined) : undefined;
    if (!isKioskConfig(body)) throw new SetupNeeded();
    current = body;
    return current;
  };

  const call = async (path: string, init: RequestInit = {}): Promise<unknown> => {
    const cfg = current ?? (await config());
    const res = await fetchFn(`${origin}${path}`, {
      ...init,
      headers: { authorization: `Bearer ${cfg.token}`, ...(init.body ? { 'content-type': 'application/json' } : {}) },
      cache: 'no-store',
      signal: AbortSignal.timeout(10_000),
    });
    const body: unknown = await res.json().catch(() => undefined);
    if (!res.ok) {
      const err = toHubError(body);
      throw Object.assign(new Error(err.message || `HTTP ${res.status}`), { code: err.code, status: res.status });
    }
    return body;
  };

  return {
    config,
    async printerStatus(): Promise<PrinterStatus> {
      return printerStatusSchema.parse(await call('/api/v1/kiosk/printer'));
    },
    async printTicket(job: TicketPrintJob): Promise<PrintResult> {
      return (await call('/api/v1/kiosk/print', { method: 'POST', body: JSON.stringify(job) })) as PrintResult;
    },
    onDeviceEvent() {
      // The hub's virtual printer pushes nothing; the kiosk polls printerStatus instead.
      return () => undefined;
    },
  };
}
