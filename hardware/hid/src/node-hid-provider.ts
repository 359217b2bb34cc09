// Type-only imports are erased: the addons themselves are loaded by the import() calls below, on first use.
import type * as NodeHid from 'node-hid';
import type { usb as UsbEvents } from 'usb';
import type { DeviceChange, DeviceProvider, HidDeviceInfo, HidSource } from './device-provider.ts';
import type { PadLogger } from './log.ts';

export interface NodeHidProviderOptions {
  log: PadLogger;
  /**
   * Wait after a USB attach before listing: the kernel creates /dev/hidrawN and udev sets its permissions a
   * moment after the USB device itself appears. A second look follows for slow machines.
   */
  settleMs?: readonly number[];
}

/**
 * Real pads through node-hid, hot-plug through the usb package (node-hid has no attach event). Both are
 * native addons, loaded on first use only: tests, the hub and machines without libusb never load them.
 */
export function nodeHidProvider(options: NodeHidProviderOptions): DeviceProvider {
  const settleMs = options.settleMs ?? [300, 1500];
  let hid: Promise<typeof NodeHid> | null = null;
  const loadHid = (): Promise<typeof NodeHid> => (hid ??= import('node-hid'));

  return {
    async list() {
      const { devicesAsync } = await loadHid();
      const devices = await devicesAsync();
      return devices.flatMap((d): HidDeviceInfo[] =>
        d.path === undefined
          ? []
          : [
              {
                vendorId: d.vendorId,
                productId: d.productId,
                path: d.path,
                serialNumber: d.serialNumber || undefined,
                interface: d.interface,
                usagePage: d.usagePage,
                product: d.product,
              },
            ],
      );
    },
    async open(path) {
      const { HIDAsync } = await loadHid();
      // HIDAsync emits 'data' (Buffer) and 'error', and close() drops its listeners: a HidSource as it is.
      return (await HIDAsync.open(path)) as unknown as HidSource;
    },
    watch(onChange) {
      let stopped = false;
      const timers = new Set<ReturnType<typeof setTimeout>>();
      const notify = (change: DeviceChange): void => {
        for (const ms of change === 'attach' ? settleMs : [0]) {
          const timer = setTimeout(() => {
            timers.delete(timer);
            if (!stopped) onChange(change);
          }, ms);
          timers.add(timer);
        }
      };
      const onAttach = (): void => notify('attach');
      const onDetach = (): void => notify('detach');
      let usbModule: typeof UsbEvents | null = null;
      import('usb')
        .then(({ usb }) => {
          if (stopped) return;
          usbModule = usb;
          usb.on('attach', onAttach);
          usb.on('detach', onDetach);
        })
        .catch((error: unknown) => {
          // Without hot-plug the pads are still found at start and on bridge.rescan().
          options.log.warn('no USB hot-plug events (the usb package did not load)', { error: String(error) });
        });
      return () => {
        stopped = true;
        for (const timer of timers) clearTimeout(timer);
        usbModule?.off('attach', onAttach);
        usbModule?.off('detach', onDetach);
      };
    },
  };
}
