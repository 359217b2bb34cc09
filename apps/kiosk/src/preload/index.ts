import { contextBridge, ipcRenderer } from 'electron';
import type { IpcRendererEvent } from 'electron';
import type { PrinterStatus, PrintResult, TicketPrintJob } from '@hall/protocol';
import { KIOSK_BRIDGE_KEY } from '../shared/kiosk-bridge.ts';
import type { DeviceEvent, KioskBridge, KioskConfig } from '../shared/kiosk-bridge.ts';

/*
 * The sandboxed preload: exposes exactly the KioskBridge, nothing of ipcRenderer itself. Bundled to one
 * CommonJS file (sandboxed preloads can require only 'electron'), so it must not import runtime code from
 * the main process: the channel names are repeated here, and ipc.test.ts checks they match ipc.ts.
 */

const CHANNELS = {
  config: 'kiosk:config',
  printerStatus: 'kiosk:printer-status',
  printTicket: 'kiosk:print-ticket',
  deviceEvent: 'kiosk:device-event',
} as const;

const bridge = {
  config: () => ipcRenderer.invoke(CHANNELS.config) as Promise<KioskConfig>,
  printerStatus: () => ipcRenderer.invoke(CHANNELS.printerStatus) as Promise<PrinterStatus>,
  printTicket: (job: TicketPrintJob) => ipcRenderer.invoke(CHANNELS.printTicket, job) as Promise<PrintResult>,
  onDeviceEvent: (listener: (event: DeviceEvent) => void) => {
    // The renderer's listener gets the payload only, never the IpcRendererEvent (which holds `sender`).
    const wrapped = (_event: IpcRendererEvent, payload: DeviceEvent): void => listener(payload);
    ipcRenderer.on(CHANNELS.deviceEvent, wrapped);
    return () => {
      ipcRenderer.removeListener(CHANNELS.deviceEvent, wrapped);
    };
  },
} satisfies KioskBridge;

contextBridge.exposeInMainWorld(KIOSK_BRIDGE_KEY, bridge);
