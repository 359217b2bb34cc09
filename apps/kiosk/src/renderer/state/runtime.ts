import {
  clockOffsetFrom,
  connectHall,
  createHubClient,
  followConfig,
  hubApi,
  HubRequestError,
  startUp,
  type HallConnection,
  type HubApi,
} from '@hall/hub-client';
import type { KioskBridge } from '../../shared/kiosk-bridge.ts';
import { SetupNeeded } from '../bridge/browser-bridge.ts';
import { pickBridge } from '../bridge/pick-bridge.ts';
import { clearStoredDevice } from '../bridge/token-store.ts';
import { hubBaseUrl } from '../logic/status-url.ts';
import { useHall } from './hall-store.ts';

/**
 * Connects the stores to the world: the bridge (Electron or browser), the hall config, the hub socket
 * and the printer status. Everything retries by itself with hub-client's one back-off; only a refusal no
 * retry can mend (a revoked token, another protocol version) stops it, and the kiosk says so.
 */

const PRINTER_POLL_MS = 5_000;

let bridge: KioskBridge | undefined;
let hub: HallConnection | undefined;
let api: HubApi | undefined;
let stopDeviceEvents: (() => void) | undefined;
let printerTimer: ReturnType<typeof setInterval> | undefined;
let generation = 0;

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

export function currentBridge(): KioskBridge | undefined {
  return bridge;
}

export function currentHub(): HallConnection | undefined {
  return hub;
}

/** The hub's HTTP routes with this kiosk's device token (booking look-ups). */
export function currentApi(): HubApi | undefined {
  return api;
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
  api = undefined;
  stopDeviceEvents?.();
  stopDeviceEvents = undefined;
  clearInterval(printerTimer);
}

function toSetup(reason: 'no-token' | 'token-rejected'): void {
  stop();
  useHall.setState({ phase: 'setup', setupReason: reason, hubConnected: false });
}

/** A browser kiosk whose token the hub refuses goes back to the setup screen; the Electron kiosk says so. */
function refused(error: HubRequestError, native: boolean): void {
  if (error.unauthenticated && !native) {
    clearStoredDevice();
    toSetup('token-rejected');
  } else useHall.setState({ deviceRefused: error.error });
}

export async function boot(): Promise<void> {
  stop();
  const mine = ++generation;
  const picked = pickBridge();
  bridge = picked.bridge;
  useHall.setState({ phase: 'loading', native: picked.native, deviceRefused: null });

  const started = await startUp({
    attempt: async () => {
      const config = await picked.bridge.config();
      const hubBase = hubBaseUrl(config.hubUrl, location.origin);
      const client = createHubClient({ baseUrl: hubBase, token: config.token });
      return { config, hubBase, client, hall: await hubApi(client).hall() };
    },
    // The Electron kiosk's token comes from its config file: it keeps trying (an admin may restore the
    // device) and says it is refused meanwhile; a browser kiosk asks its attendant for a new token.
    isFinal: (err) =>
      err instanceof SetupNeeded ||
      (err instanceof HubRequestError && err.unauthenticated && !picked.native) ||
      (err instanceof HubRequestError && err.code === 'PROTOCOL_VERSION_MISMATCH'),
    onRetry: (err) => {
      if (err instanceof HubRequestError && err.unauthenticated) useHall.setState({ deviceRefused: err.error });
    },
    isCurrent: () => mine === generation,
    sleep,
    jitter: Math.random,
  });
  if (started.kind === 'cancelled') return;
  if (started.kind === 'refused') {
    if (started.error instanceof SetupNeeded) toSetup('no-token');
    else if (started.error instanceof HubRequestError) refused(started.error, picked.native);
    return;
  }
  const { config, hubBase, client, hall } = started.value;
  useHall.setState({ config, hubBase, hall, deviceRefused: null });
  api = hubApi(client);
  start(hubBase, config.token, picked.native);
}

function start(hubBase: string, token: string, native: boolean): void {
  const b = bridge;
  if (!b) return;
  // An admin's change to the hall (a renamed service, new hours) shows at once, without a reload.
  const config = followConfig((hall) => useHall.setState({ hall }));
  hub = connectHall({
    url: hubBase,
    token,
    // A kiosk keeps no event log: every (re)connect brings a snapshot with the figures and the hub's clock.
    lastEventId: () => undefined,
    configVersion: config.version,
    handlers: {
      onStatus: (connected) =>
        useHall.setState(connected ? { hubConnected: true, deviceRefused: null } : { hubConnected: false }),
      onSnapshot: (snapshot) => {
        config.onSnapshot(snapshot);
        useHall.setState({ clockOffset: clockOffsetFrom(snapshot.serverTime, Date.now()) });
        useHall.getState().setStats(snapshot.stats);
      },
      onConfig: config.onConfig,
      onStats: (stats) => useHall.getState().setStats(stats),
      onRefused: (error) => refused(error, native),
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
