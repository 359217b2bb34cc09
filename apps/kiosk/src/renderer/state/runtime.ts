import type { KioskBridge } from '../../shared/kiosk-bridge.ts';
import { SetupNeeded } from '../bridge/browser-bridge.ts';
import { pickBridge } from '../bridge/pick-bridge.ts';
import { clearStoredDevice } from '../bridge/token-store.ts';
import { fetchHall, HubRequestError } from '../hub/hub-api.ts';
import { connectHub, type HubSocket } from '../hub/hub-socket.ts';
import { clockOffsetFrom } from '../logic/hub-clock.ts';
import { hubBaseUrl } from '../logic/status-url.ts';
import { useHall } from './hall-store.ts';

/**
 * Connects the stores to the world: the bridge (Electron or browser), the hall config, the hub socket
 * and the printer status. Everything retries by itself; nothing here needs a reload.
 */

const PRINTER_POLL_MS = 5_000;
const RETRY_MS = 5_000;

let bridge: KioskBridge | undefined;
let hub: HubSocket | undefined;
let stopDeviceEvents: (() => void) | undefined;
let printerTimer: ReturnType<typeof setInterval> | undefined;
let generation = 0;

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

export function currentBridge(): KioskBridge | undefined {
  return bridge;
}

export function currentHub(): HubSocket | undefined {
  return hub;
}

/** Asks the printer now; a printer that does not answer counts as unknown (no numbers are taken). */
export async function refreshPrinter(): Promise<void> {
  if (!bridge) return;
  try {
    useHall.setState({ printer: await bridge.printerStatus() });
  } catch {
    useHall.setState({ printer: null });
  }
}

function stop(): void {
  hub?.close();
  hub = undefined;
  stopDeviceEvents?.();
  stopDeviceEvents = undefined;
  clearInterval(printerTimer);
}

function toSetup(reason: 'no-token' | 'token-rejected'): void {
  stop();
  useHall.setState({ phase: 'setup', setupReason: reason, hubConnected: false });
}

export async function boot(): Promise<void> {
  stop();
  const mine = ++generation;
  const picked = pickBridge();
  bridge = picked.bridge;
  useHall.setState({ phase: 'loading', native: picked.native, deviceRefused: null });

  for (;;) {
    if (mine !== generation) return;
    try {
      const config = await picked.bridge.config();
      const hubBase = hubBaseUrl(config.hubUrl, location.origin);
      const hall = await fetchHall(hubBase, config.token);
      if (mine !== generation) return;
      useHall.setState({ config, hubBase, hall });
      start(hubBase, config.token, picked.native);
      return;
    } catch (err) {
      if (err instanceof SetupNeeded) return toSetup('no-token');
      if (err instanceof HubRequestError && err.status === 401) {
        if (!picked.native) {
          clearStoredDevice();
          return toSetup('token-rejected');
        }
        useHall.setState({ deviceRefused: err.error });
      }
      await sleep(RETRY_MS);
    }
  }
}

function start(hubBase: string, token: string, native: boolean): void {
  const b = bridge;
  if (!b) return;
  hub = connectHub(hubBase, token, {
    onConnected: (connected) =>
      useHall.setState(connected ? { hubConnected: true, deviceRefused: null } : { hubConnected: false }),
    onStats: (stats) => useHall.getState().setStats(stats),
    onServerTime: (serverTime) => useHall.setState({ clockOffset: clockOffsetFrom(serverTime, Date.now()) }),
    onRefused: (error) => {
      if (error.code === 'UNAUTHENTICATED' && !native) {
        clearStoredDevice();
        toSetup('token-rejected');
      } else useHall.setState({ deviceRefused: error });
    },
  });
  stopDeviceEvents = b.onDeviceEvent((event) => {
    if (event.kind === 'printer-status') useHall.setState({ printer: event.status });
  });
  // The hub hears of printer trouble from the Electron main process (which owns the printer), or
  // already knows it (the browser build prints on the hub's virtual printer): the page reports nothing.
  void refreshPrinter();
  printerTimer = setInterval(() => void refreshPrinter(), PRINTER_POLL_MS);
  useHall.setState({ phase: 'ready' });
}
