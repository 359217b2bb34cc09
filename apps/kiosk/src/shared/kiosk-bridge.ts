import type { PrinterStatus, PrintResult, TicketPrintJob } from '@hall/protocol';

/**
 * The only API the kiosk renderer gets from the Electron preload (`window.kioskBridge`). The browser
 * build implements the same interface over the hub's HTTP API (virtual printer). The main process
 * validates every argument (with the protocol's schemas) and the sender before acting.
 */

/** Where the kiosk finds its hub: the kiosk's config file (Electron) or the page (browser). */
export interface KioskConfig {
  hubUrl: string;
  token: string;
  kioskName: string;
}

export type DeviceEvent = { kind: 'printer-status'; status: PrinterStatus };

export interface KioskBridge {
  config(): Promise<KioskConfig>;
  printerStatus(): Promise<PrinterStatus>;
  printTicket(job: TicketPrintJob): Promise<PrintResult>;
  /** Returns a function that stops listening. */
  onDeviceEvent(listener: (event: DeviceEvent) => void): () => void;
}

export const KIOSK_BRIDGE_KEY = 'kioskBridge';
