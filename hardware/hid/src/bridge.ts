import { assignDevices, describeDevice } from './device-match.ts';
import type { DeviceProvider, HidDeviceInfo } from './device-provider.ts';
import { createHubSink } from './hub-sink.ts';
import type { HubReply } from './hub-sink.ts';
import { consoleLogger } from './log.ts';
import type { PadLogger } from './log.ts';
import { padLabel } from './pad-action.ts';
import type { PadAction } from './pad-action.ts';
import { padsConfigSchema } from './pad-config.ts';
import type { PadConfig, PadConfigInput, PadMatch } from './pad-config.ts';
import { startPadDriver } from './pad-driver.ts';
import type { PadDriver } from './pad-driver.ts';
import { createRatingGuard } from './rating-guard.ts';
import type { RatingVerdict } from './rating-guard.ts';

export interface PadBridgeOptions {
  /** e.g. http://hub.hall.lan:8080 */
  hubUrl: string;
  /** Bearer token for every pad without its own `token`: the clerk's session, for call pads. */
  token: string;
  /** Validated here (padsConfigSchema): an ambiguous config rejects the start. */
  pads: readonly PadConfigInput[];
  devices: DeviceProvider;
  log?: PadLogger;
  clock?: () => number;
  fetch?: typeof fetch;
  hubTimeoutMs?: number;
  ratingLockMs?: number;
  /** Every press's fate, for the counter terminal or a test to watch. */
  onResult?: (event: PadPressResult) => void;
}

export interface PadPressResult {
  pad: PadConfig;
  action: PadAction;
  /** The hub's answer, or null when the bridge dropped the press itself. */
  reply: HubReply | null;
  dropped?: Exclude<RatingVerdict, 'send'>;
}

export type PadState = 'waiting' | 'attached' | 'refused' | 'keyboard-wedge';

export interface PadStatus {
  pad: PadConfig;
  state: PadState;
  path: string | null;
  reason: string | null;
}

export interface PadBridge {
  readonly pads: readonly PadConfig[];
  status(): PadStatus[];
  /** Lists the devices again and (re)opens pads; runs by itself on every attach and detach. */
  rescan(): Promise<void>;
  /** The hub says `ticketId` waits for a rating at `window`: re-arms that window's rating pad. */
  ratingPending(window: number, ticketId: string): void;
  /** A new bearer token for pads without their own (the clerk logged in again). */
  setToken(token: string): void;
  /** Resolves once no rescan and no hub request is in progress. */
  whenIdle(): Promise<void>;
  close(): Promise<void>;
}

interface Slot {
  pad: PadConfig;
  match: PadMatch;
  driver: PadDriver | null;
  path: string | null;
  refusedReason: string | null;
}

/**
 * Wires pads to the hub: finds each configured pad among the connected devices, reads it, debounces, guards
 * ratings and sends the actions. Pads come and go without a restart: a pad that goes away waits, and is
 * opened again when a device matching it is attached.
 */
export async function startPadBridge(options: PadBridgeOptions): Promise<PadBridge> {
  const pads = padsConfigSchema.parse(options.pads);
  const log = options.log ?? consoleLogger();
  const clock = options.clock ?? Date.now;
  let token = options.token;
  const guard = createRatingGuard(options.ratingLockMs);
  const pauseReasons = new Map(pads.flatMap((p) => (p.kind === 'call' ? [[p.window, p.pauseReason] as const] : [])));
  const sink = createHubSink({
    hubUrl: options.hubUrl,
    token: () => token,
    log,
    clock,
    timeoutMs: options.hubTimeoutMs,
    fetch: options.fetch,
    pauseReason: (window) => pauseReasons.get(window) ?? '暂停服务',
  });

  const slots: Slot[] = pads.flatMap((pad) =>
    pad.mode === 'hid' && pad.match ? [{ pad, match: pad.match, driver: null, path: null, refusedReason: null }] : [],
  );
  for (const pad of pads) {
    if (pad.mode === 'keyboard-wedge')
      log.info('keyboard-wedge pad: the counter terminal reads it, not the bridge', { pad: padLabel(pad) });
  }

  const busy = new Set<Promise<unknown>>();
  const track = <T>(promise: Promise<T>): Promise<T> => {
    busy.add(promise);
    void promise.finally(() => busy.delete(promise)).catch(() => undefined);
    return promise;
  };

  // One request at a time per window, in press order: "call next" then "recall" must not overtake each other.
  const queues = new Map<number, Promise<void>>();
  const enqueue = (window: number, job: () => Promise<void>): void => {
    const next = (queues.get(window) ?? Promise.resolve()).then(job).catch((error: unknown) => {
      log.error('pad press handling failed', { window, error: String(error) });
    });
    queues.set(window, next);
    track(next);
  };

  const report = (result: PadPressResult): void => {
    try {
      options.onResult?.(result);
    } catch (error) {
      log.warn('onResult threw', { error: String(error) });
    }
  };

  const onAction = (pad: PadConfig, action: PadAction): void => {
    if (action.kind === 'rating') {
      const verdict = guard.check(action.window, clock());
      if (verdict !== 'send') {
        log.debug('rating press dropped', { pad: padLabel(pad), verdict, ratedTicket: guard.lastRated(action.window) });
        report({ pad, action, reply: null, dropped: verdict });
        return;
      }
      guard.sending(action.window);
    }
    log.debug('pad press', { pad: padLabel(pad), ...action });
    enqueue(action.window, async () => {
      const reply = await sink.send(action, pad.token);
      if (action.kind === 'rating') {
        if (reply.ok) {
          guard.accepted(action.window, reply.result.ticket?.id ?? null, clock());
          log.info('rating accepted', { window: action.window, level: action.level, ticket: reply.result.ticket?.id });
        } else {
          guard.failed(action.window);
        }
      } else if (reply.ok && reply.result.ticket) {
        // A ticket the call pad called will want a rating when it is done.
        guard.ticketPending(action.window, reply.result.ticket.id);
      }
      report({ pad, action, reply });
    });
  };

  let closed = false;

  const closeDriver = async (slot: Slot): Promise<void> => {
    const driver = slot.driver;
    slot.driver = null;
    slot.path = null;
    await driver?.close();
  };

  const openSlot = async (slot: Slot, device: HidDeviceInfo): Promise<void> => {
    const label = padLabel(slot.pad);
    try {
      const source = await options.devices.open(device.path);
      if (closed) {
        await source.close();
        return;
      }
      const driver = startPadDriver({
        pad: slot.pad,
        source,
        log,
        clock,
        onAction: (action) => onAction(slot.pad, action),
        onDetached: () => {
          if (slot.driver === driver) {
            slot.driver = null;
            slot.path = null;
          }
        },
      });
      slot.driver = driver;
      slot.path = device.path;
      log.info('pad attached', { pad: label, device: describeDevice(device) });
    } catch (error) {
      // Typically EACCES: the udev rule is missing for this model (see hardware/hid/README.md).
      log.warn('could not open the pad', { pad: label, device: describeDevice(device), error: String(error) });
    }
  };

  const scanOnce = async (): Promise<void> => {
    if (closed) return;
    let devices: HidDeviceInfo[];
    try {
      devices = await options.devices.list();
    } catch (error) {
      log.warn('could not list HID devices', { error: String(error) });
      return;
    }
    const assignments = assignDevices(
      slots.map((s) => s.match),
      devices,
    );
    for (const [i, slot] of slots.entries()) {
      const assignment = assignments[i] ?? { state: 'absent' };
      if (assignment.state === 'ambiguous') {
        if (slot.refusedReason !== assignment.reason)
          log.error(`pad refused: ${assignment.reason}`, { pad: padLabel(slot.pad) });
        slot.refusedReason = assignment.reason;
        await closeDriver(slot);
        continue;
      }
      slot.refusedReason = null;
      if (assignment.state === 'absent') {
        if (slot.driver) log.info('pad gone from the device list', { pad: padLabel(slot.pad), path: slot.path });
        await closeDriver(slot);
        continue;
      }
      if (slot.driver && !slot.driver.closed && slot.path === assignment.device.path) continue;
      await closeDriver(slot);
      await openSlot(slot, assignment.device);
    }
  };

  // Rescans never overlap; a change during a scan triggers one more.
  let scanning: Promise<void> | null = null;
  let again = false;
  const rescan = (): Promise<void> => {
    if (scanning) {
      again = true;
      return scanning;
    }
    scanning = track(
      (async () => {
        do {
          again = false;
          await scanOnce();
        } while (again);
      })().finally(() => {
        scanning = null;
      }),
    );
    return scanning;
  };

  const unwatch = options.devices.watch((change) => {
    log.debug('device change', { change });
    void rescan();
  });
  await rescan();

  return {
    pads,
    status: () => [
      ...slots.map((s): PadStatus => ({
        pad: s.pad,
        state: s.refusedReason ? 'refused' : s.driver && !s.driver.closed ? 'attached' : 'waiting',
        path: s.path,
        reason: s.refusedReason,
      })),
      ...pads
        .filter((p) => p.mode === 'keyboard-wedge')
        .map((pad): PadStatus => ({ pad, state: 'keyboard-wedge', path: null, reason: null })),
    ],
    rescan,
    ratingPending: (window, ticketId) => guard.ticketPending(window, ticketId),
    setToken: (next) => {
      token = next;
    },
    whenIdle: async () => {
      while (busy.size > 0) await Promise.allSettled([...busy]);
    },
    close: async () => {
      if (closed) return;
      closed = true;
      unwatch();
      if (scanning) await scanning.catch(() => undefined);
      for (const slot of slots) await closeDriver(slot);
      while (busy.size > 0) await Promise.allSettled([...busy]);
    },
  };
}
