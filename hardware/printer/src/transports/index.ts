import type { Printer } from '../printer.ts';
import { VirtualPrinter } from '../virtual-printer.ts';
import { serialPrinter } from './serial-printer.ts';
import { tcpPrinter } from './tcp-printer.ts';
import { usbPrinter } from './usb-printer.ts';

/**
 * Real transports. Kept out of the main entry because they load native addons (usb, serialport) that the
 * hub, which only needs the virtual printer, must not require.
 */

export type PrinterConfig =
  | { kind: 'tcp'; host: string; port?: number; timeoutMs?: number }
  | { kind: 'serial'; path: string; baudRate?: number; timeoutMs?: number }
  | { kind: 'usb'; vendorId: number; productId: number; timeoutMs?: number }
  | { kind: 'virtual'; dir: string; widthDots?: number };

/**
 * Nothing is opened here: each printer connects on first use and again after any failure, so a kiosk that
 * starts with its printer unplugged reports `offline` and recovers when it is plugged in.
 */
export function openPrinter(config: PrinterConfig): Printer {
  switch (config.kind) {
    case 'tcp':
      return tcpPrinter(config);
    case 'serial':
      return serialPrinter(config);
    case 'usb':
      return usbPrinter(config);
    case 'virtual':
      return new VirtualPrinter(config);
  }
}

export { tcpPrinter } from './tcp-printer.ts';
export type { TcpPrinterOptions } from './tcp-printer.ts';
export { serialPrinter } from './serial-printer.ts';
export type { SerialFactory, SerialLike, SerialPrinterOptions } from './serial-printer.ts';
export { usbPrinter } from './usb-printer.ts';
export type { UsbPrinterOptions } from './usb-printer.ts';
export { DEFAULT_TIMEOUT_MS } from './link.ts';
