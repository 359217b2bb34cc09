import { EventEmitter } from 'node:events';
import type { DeviceChange, DeviceProvider, HidDeviceInfo, HidSource } from './device-provider.ts';
import { usageOfKeyName } from './key-names.ts';
import type { ReportLayout } from './pad-config.ts';
import { DEFAULT_REPORT_LAYOUT } from './pad-config.ts';

/** pid.codes test ids (vendor 0x1209, products 0x0001/0x0002), also used by udev/99-hall-pads.rules. */
export const SIMULATED_CALL_PAD_IDS = { vendorId: 0x1209, productId: 0x0001 } as const;
export const SIMULATED_RATING_PAD_IDS = { vendorId: 0x1209, productId: 0x0002 } as const;

export interface SimulatedPadOptions {
  vendorId: number;
  productId: number;
  serialNumber?: string;
  /** Fixed path; without one, each plug gets a new path, as a real re-plug gets a new /dev/hidrawN. */
  path?: string;
  /** The report layout the pad sends; boot keyboard by default. */
  layout?: ReportLayout;
}

/**
 * A pad without hardware. It sends the reports a real one would: `press('3')` is a key-down report for
 * usage 0x20 followed by an all-zero release report; `unplug()` is the read error node-hid raises.
 */
export class SimulatedPad extends EventEmitter implements HidSource {
  readonly options: SimulatedPadOptions;
  #open = false;

  constructor(options: SimulatedPadOptions) {
    super();
    this.options = options;
  }

  get isOpen(): boolean {
    return this.#open;
  }

  /** Called by SimulatedDeviceProvider.open. */
  markOpen(): void {
    this.#open = true;
  }

  /** The report for a key down ('3', 'Digit3', 'F13', '0x20'), or all keys up (null). */
  report(key: string | null): Uint8Array {
    const layout = this.options.layout ?? DEFAULT_REPORT_LAYOUT;
    const bytes = new Uint8Array(layout.minLength);
    if (layout.reportId !== undefined) bytes[0] = layout.reportId;
    if (key !== null) {
      const usage = usageOfKeyName(key);
      if (usage === undefined) throw new Error(`no HID usage for key ${JSON.stringify(key)}`);
      bytes[layout.keyByte] = usage;
    }
    return bytes;
  }

  /** Key down, then release. */
  press(key: string): void {
    this.hold(key);
    this.release();
  }

  hold(key: string): void {
    this.pressRaw(this.report(key));
  }

  release(): void {
    this.pressRaw(this.report(null));
  }

  /** Any bytes at all, as a broken or odd device might send them. */
  pressRaw(bytes: Uint8Array | readonly number[]): void {
    if (this.#open) this.emit('data', bytes instanceof Uint8Array ? bytes : Uint8Array.from(bytes));
  }

  /** The cable is pulled: the open reader fails, as node-hid's does ("could not read from HID device"). */
  unplug(): void {
    if (!this.#open) return;
    if (this.listenerCount('error') > 0) this.emit('error', new Error('could not read from HID device'));
  }

  close(): void {
    this.#open = false;
    this.removeAllListeners();
  }
}

export function simulatedCallPad(options: Partial<SimulatedPadOptions> = {}): SimulatedPad {
  return new SimulatedPad({ ...SIMULATED_CALL_PAD_IDS, ...options });
}

export function simulatedRatingPad(options: Partial<SimulatedPadOptions> = {}): SimulatedPad {
  return new SimulatedPad({ ...SIMULATED_RATING_PAD_IDS, ...options });
}

/** Plug and unplug simulated pads; the bridge sees them exactly as it sees node-hid devices. */
export class SimulatedDeviceProvider implements DeviceProvider {
  readonly #plugged = new Map<string, SimulatedPad>();
  readonly #watchers = new Set<(change: DeviceChange) => void>();
  #next = 0;

  plug(pad: SimulatedPad): string {
    if ([...this.#plugged.values()].includes(pad)) throw new Error('this simulated pad is already plugged in');
    this.#next += 1;
    const path = pad.options.path ?? `sim:hidraw${this.#next}`;
    this.#plugged.set(path, pad);
    this.#notify('attach');
    return path;
  }

  unplug(pad: SimulatedPad): void {
    for (const [path, p] of this.#plugged) if (p === pad) this.#plugged.delete(path);
    pad.unplug();
    pad.close();
    this.#notify('detach');
  }

  async list(): Promise<HidDeviceInfo[]> {
    return [...this.#plugged].map(([path, pad]) => ({
      vendorId: pad.options.vendorId,
      productId: pad.options.productId,
      serialNumber: pad.options.serialNumber,
      path,
      product: 'simulated pad',
    }));
  }

  async open(path: string): Promise<SimulatedPad> {
    const pad = this.#plugged.get(path);
    if (!pad) throw new Error(`no simulated device at ${path}`);
    if (pad.isOpen) throw new Error(`${path} is already open`);
    pad.markOpen();
    return pad;
  }

  watch(onChange: (change: DeviceChange) => void): () => void {
    this.#watchers.add(onChange);
    return () => this.#watchers.delete(onChange);
  }

  #notify(change: DeviceChange): void {
    for (const watcher of [...this.#watchers]) watcher(change);
  }
}
