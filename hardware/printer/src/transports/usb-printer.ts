import { findByIds, InEndpoint, OutEndpoint, usb } from 'usb';
import type { Device, Interface } from 'usb';
import type { Printer } from '../printer.ts';
import { withTimeout } from '../printer.ts';
import type { Link } from './link.ts';
import { timeouts } from './link.ts';
import { LinkPrinter } from './link-printer.ts';

export interface UsbPrinterOptions {
  vendorId: number;
  productId: number;
  /** Write and read timeout each, default 3000 ms. */
  timeoutMs?: number;
}

const hex4 = (n: number): string => n.toString(16).padStart(4, '0');

/**
 * A USB printer through libusb (usb 2.x, legacy API: it ships a prebuilt N-API binary, which the Electron
 * main process needs). On Linux the usblp kernel driver usually holds the printer interface; it is
 * detached while we use it and given back on close. Permissions come from udev/99-hall-printer.rules.
 */
export function usbPrinter(options: UsbPrinterOptions): Printer {
  const name = `usb ${hex4(options.vendorId)}:${hex4(options.productId)}`;
  return new LinkPrinter(name, async () => openUsbLink(options));
}

function pickInterface(device: Device): { iface: Interface; out: OutEndpoint; in: InEndpoint | undefined } {
  const candidates = [...(device.interfaces ?? [])].sort(
    // The printer-class interface first (class 7); some printers only offer a vendor-specific one.
    (a, b) =>
      Number(b.descriptor.bInterfaceClass === usb.LIBUSB_CLASS_PRINTER) -
      Number(a.descriptor.bInterfaceClass === usb.LIBUSB_CLASS_PRINTER),
  );
  for (const iface of candidates) {
    const bulk = iface.endpoints.filter((e) => e.transferType === usb.LIBUSB_TRANSFER_TYPE_BULK);
    const out = bulk.find((e): e is OutEndpoint => e instanceof OutEndpoint);
    if (out) return { iface, out, in: bulk.find((e): e is InEndpoint => e instanceof InEndpoint) };
  }
  throw new Error('no interface with a bulk OUT endpoint');
}

export async function openUsbLink(options: UsbPrinterOptions): Promise<Link> {
  const limits = timeouts(options.timeoutMs);
  const device = findByIds(options.vendorId, options.productId);
  if (!device) throw new Error(`no USB printer ${hex4(options.vendorId)}:${hex4(options.productId)} connected`);
  device.open();
  let detached = false;
  let iface: Interface | undefined;
  try {
    const picked = pickInterface(device);
    iface = picked.iface;
    if (process.platform === 'linux' && iface.isKernelDriverActive()) {
      iface.detachKernelDriver();
      detached = true;
    }
    iface.claim();
    const { out } = picked;
    const input = picked.in;
    // libusb enforces these itself (LIBUSB_ERROR_TIMEOUT); withTimeout below is the second guard.
    out.timeout = limits.writeMs;
    if (input) input.timeout = limits.readMs;
    const pending: number[] = [];
    const claimed = iface;
    const release = async (): Promise<void> => {
      open = false;
      await new Promise<void>((resolve) => claimed.release(true, () => resolve()));
      if (detached) claimed.attachKernelDriver();
      device.close();
    };
    let open = true;
    return {
      isOpen: () => open,
      write: async (bytes) => {
        await withTimeout(out.transferAsync(bytes), limits.writeMs + 500, 'USB write');
      },
      readByte: async () => {
        if (!input) throw new Error('the printer has no bulk IN endpoint: no status');
        while (pending.length === 0) {
          const data = await withTimeout(input.transferAsync(64), limits.readMs + 500, 'USB status read');
          if (!data || data.length === 0) throw new Error('USB status read returned nothing');
          pending.push(...data);
        }
        return pending.shift() as number;
      },
      discardInput: () => {
        pending.length = 0;
      },
      close: release,
      destroy: () => {
        release().catch(() => undefined);
      },
    };
  } catch (error) {
    try {
      if (detached) iface?.attachKernelDriver();
      device.close();
    } catch {
      // already failing: the first error is the one to report
    }
    throw error;
  }
}
