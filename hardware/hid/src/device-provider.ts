/**
 * An open pad as the driver sees it: a stream of input reports. node-hid's HIDAsync fits as it is
 * ('data' with a Buffer, 'error' when a read fails, e.g. on unplug); simulated pads implement it too.
 */
export interface HidSource {
  on(event: 'data', listener: (report: Uint8Array) => void): unknown;
  on(event: 'error', listener: (error: unknown) => void): unknown;
  on(event: 'close', listener: () => void): unknown;
  /** Stops reading and drops every listener (as node-hid does), so a closed source never reaches us again. */
  close(): void | Promise<void>;
}

/** One HID interface of a connected device, as node-hid lists it. */
export interface HidDeviceInfo {
  vendorId: number;
  productId: number;
  /** What `open` takes: /dev/hidrawN on Linux, an IOService path on macOS, \\?\HID#... on Windows. */
  path: string;
  serialNumber?: string | undefined;
  interface?: number | undefined;
  usagePage?: number | undefined;
  product?: string | undefined;
}

export type DeviceChange = 'attach' | 'detach';

/** Where the bridge finds pads: node-hid on a real counter, simulated pads in tests and the demo. */
export interface DeviceProvider {
  list(): Promise<HidDeviceInfo[]>;
  open(path: string): Promise<HidSource>;
  /** Calls back when a device comes or goes; returns the function that stops watching. */
  watch(onChange: (change: DeviceChange) => void): () => void;
}
