import { createHubClient, hubApi, HubRequestError } from '@hall/hub-client';
import type { PrinterStatus, PrintResult, TicketPrintJob } from '@hall/protocol';
import type { KioskBridge, KioskConfig } from '../../shared/kiosk-bridge.ts';
import { loadStoredDevice } from './token-store.ts';

/** Thrown by `config()` when this browser has no device token: the attendant setup screen takes over. */
export class SetupNeeded extends Error {
  constructor() {
    super('this browser kiosk has no device token yet');
    this.name = 'SetupNeeded';
  }
}

/** The hub is away (no answer, or a 5xx): try again later, unlike a hub that has no demo config. */
const hubAway = (err: unknown) => err instanceof HubRequestError && (err.code === 'NO_ANSWER' || err.status >= 500);

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
  const client = createHubClient({ baseUrl: origin, fetch: fetchFn });
  let current: KioskConfig | undefined;

  const config = async (): Promise<KioskConfig> => {
    const stored = loadStoredDevice(storage);
    if (stored) {
      current = { hubUrl: '', token: stored.token, kioskName: stored.kioskName };
      return current;
    }
    let demo: KioskConfig;
    try {
      demo = await hubApi(client).kioskDemoConfig();
    } catch (err) {
      if (hubAway(err)) throw err;
      // Without demo mode the hub answers 404 (or, from an older hub, its UI page, which does not parse).
      throw new SetupNeeded();
    }
    if (demo.token === '') throw new SetupNeeded();
    current = demo;
    return current;
  };

  const api = async () => hubApi(client.withToken((current ?? (await config())).token));

  return {
    config,
    async printerStatus(): Promise<PrinterStatus> {
      return (await api()).printerStatus();
    },
    async printTicket(job: TicketPrintJob): Promise<PrintResult> {
      return (await api()).print(job);
    },
    onDeviceEvent() {
      // The hub's virtual printer pushes nothing; the kiosk polls printerStatus instead.
      return () => undefined;
    },
  };
}
