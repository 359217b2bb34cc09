import { ticketPrintJobSchema } from '@hall/protocol';
import type { PrinterStatus, PrintResult, TicketPrintJob } from '@hall/protocol';
import type { KioskConfig } from '../shared/kiosk-bridge.ts';
import { isAppUrl } from './security.ts';
import type { AppOrigin } from './security.ts';

/**
 * The IPC surface between the preload bridge and the main process. Every channel carries the `kiosk:`
 * prefix; the preload may only use these. Plain module: index.ts registers the handlers on ipcMain.
 */
export const IPC_CHANNELS = {
  config: 'kiosk:config',
  printerStatus: 'kiosk:printer-status',
  printTicket: 'kiosk:print-ticket',
  /** main → renderer only (webContents.send), never handled. */
  deviceEvent: 'kiosk:device-event',
} as const;

export type InvokeChannel = (typeof IPC_CHANNELS)['config' | 'printerStatus' | 'printTicket'];

/** The parts of Electron's IpcMainInvokeEvent that the sender check reads. */
export interface InvokeEventLike {
  sender: unknown;
  senderFrame: { url: string; parent: unknown } | null;
}

export class IpcRejectedError extends Error {
  override name = 'IpcRejectedError';
}

/**
 * Only the top frame of the main window, showing the app itself, may call in. A page that managed to
 * navigate away (or an iframe, or any other web contents) gets nothing.
 */
export function isTrustedSender(
  event: InvokeEventLike,
  trusted: { appOrigin: AppOrigin; mainWebContents: () => unknown },
): boolean {
  const main = trusted.mainWebContents();
  if (!main || event.sender !== main) return false;
  const frame = event.senderFrame;
  if (!frame || frame.parent) return false;
  return isAppUrl(frame.url, trusted.appOrigin);
}

export interface PrinterServiceLike {
  status(): Promise<PrinterStatus>;
  print(job: TicketPrintJob): Promise<PrintResult>;
}

export interface IpcDeps {
  config: KioskConfig;
  printer: PrinterServiceLike;
  appOrigin: AppOrigin;
  mainWebContents: () => unknown;
  log?: (message: string) => void;
}

export type InvokeHandler = (event: InvokeEventLike, ...args: unknown[]) => Promise<unknown>;

export function createIpcHandlers(deps: IpcDeps): Record<InvokeChannel, InvokeHandler> {
  const guard =
    (channel: InvokeChannel, handler: (...args: unknown[]) => Promise<unknown>): InvokeHandler =>
    async (event, ...args) => {
      if (!isTrustedSender(event, deps)) {
        deps.log?.(`ipc ${channel}: rejected sender ${event.senderFrame?.url ?? '(no frame)'}`);
        throw new IpcRejectedError(`${channel}: sender not allowed`);
      }
      return handler(...args);
    };
  // Only what the renderer needs: never the printer settings or the production flag.
  const publicConfig: KioskConfig = {
    hubUrl: deps.config.hubUrl,
    token: deps.config.token,
    kioskName: deps.config.kioskName,
  };
  return {
    [IPC_CHANNELS.config]: guard(IPC_CHANNELS.config, async () => ({ ...publicConfig })),
    [IPC_CHANNELS.printerStatus]: guard(IPC_CHANNELS.printerStatus, () => deps.printer.status()),
    [IPC_CHANNELS.printTicket]: guard(IPC_CHANNELS.printTicket, async (job) => {
      const parsed = ticketPrintJobSchema.safeParse(job);
      if (!parsed.success) {
        const where = parsed.error.issues.map((i) => i.path.join('.') || '(job)').join(', ');
        throw new IpcRejectedError(`${IPC_CHANNELS.printTicket}: invalid print job (${where})`);
      }
      return deps.printer.print(parsed.data);
    }),
  };
}

/** Registers the handlers; returns a function that removes them (tests, shutdown). */
export function registerIpcHandlers(
  ipcMain: {
    handle(channel: string, listener: InvokeHandler): void;
    removeHandler(channel: string): void;
  },
  handlers: Record<InvokeChannel, InvokeHandler>,
): () => void {
  for (const [channel, handler] of Object.entries(handlers)) {
    ipcMain.handle(channel, handler);
  }
  return () => {
    for (const channel of Object.keys(handlers)) ipcMain.removeHandler(channel);
  };
}
