import { app, BrowserWindow, ipcMain, Menu, session } from 'electron';
import type { WebContents } from 'electron';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { DeviceEvent } from '../shared/kiosk-bridge.ts';
import { KioskConfigError, loadKioskConfig } from './config.ts';
import type { KioskFileConfig } from './config.ts';
import { createIpcHandlers, IPC_CHANNELS, registerIpcHandlers } from './ipc.ts';
import { PrinterService } from './printer-service.ts';
import type { EncodeTicket, Printer } from './printer-service.ts';
import {
  appOriginOf,
  blockedInput,
  contentSecurityPolicy,
  cspHeadersListener,
  denyPermissionCheck,
  denyPermissionRequest,
  denyWindowOpen,
  isAllowedNavigation,
} from './security.ts';
import { errorPageUrl, Watchdog } from './watchdog.ts';
import { kioskWindowOptions } from './window-options.ts';
import type { WatchdogAction } from './watchdog.ts';

/*
 * The Electron main process: wiring only. The logic lives in the plain modules beside this file, which
 * are tested under Node (this file is not: it needs the Electron binary).
 */

const log = (message: string): void => console.error(`[kiosk] ${message}`);

// Built layout (electron-vite): out/main/index.js, out/preload/index.cjs, out/renderer/index.html.
const preloadPath = fileURLToPath(new URL('../preload/index.cjs', import.meta.url));
const rendererIndex = fileURLToPath(new URL('../renderer/index.html', import.meta.url));
// The dev server URL is honoured only when running from source: a packaged kiosk never loads a page
// named by an environment variable.
const devServerUrl = app.isPackaged ? undefined : process.env.ELECTRON_RENDERER_URL;
const appOrigin = appOriginOf({ devServerUrl, rendererDirUrl: pathToFileURL(`${dirname(rendererIndex)}/`).href });

/** Until the config says otherwise, behave as production (keys blocked, no devtools). */
let production = true;
let mainWindow: BrowserWindow | null = null;
let printerService: PrinterService | null = null;

app.enableSandbox();
// A fixed ASCII directory for kiosk.json and Chromium's data, whatever the (Chinese) product name.
app.setPath('userData', join(app.getPath('appData'), 'hall-kiosk'));

// Every web contents (the window, and anything that might ever be created) gets the same lock-down.
app.on('web-contents-created', (_event, contents: WebContents) => {
  contents.setWindowOpenHandler(denyWindowOpen);
  contents.on('will-frame-navigate', (event) => {
    if (!isAllowedNavigation(event.url, appOrigin)) {
      log(`blocked navigation to ${event.url}`);
      event.preventDefault();
    }
  });
  contents.on('will-redirect', (event) => {
    if (!isAllowedNavigation(event.url, appOrigin)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.on('before-input-event', (event, input) => {
    if (blockedInput(input, { production })) event.preventDefault();
  });
});

function loadApp(win: BrowserWindow): void {
  const loading = devServerUrl ? win.loadURL(devServerUrl) : win.loadFile(rendererIndex);
  loading.catch((err: unknown) => log(`loading the page failed: ${String(err)}`));
}

function showError(win: BrowserWindow, title: string, detail: string): void {
  win.loadURL(errorPageUrl(title, detail)).catch((err: unknown) => log(`error page failed: ${String(err)}`));
}

function createWindow(): BrowserWindow {
  const win = new BrowserWindow(kioskWindowOptions({ production, preload: preloadPath }));
  win.once('ready-to-show', () => win.show());
  void win.webContents.setVisualZoomLevelLimits(1, 1);
  win.on('closed', () => {
    if (mainWindow === win) mainWindow = null;
  });
  return win;
}

function watch(win: BrowserWindow): void {
  const watchdog = new Watchdog({ now: Date.now });
  let ignoreNextGone = false;
  const act = (action: WatchdogAction): void => {
    switch (action.kind) {
      case 'none':
        return;
      case 'check-later':
        setTimeout(() => act(watchdog.checkUnresponsive()), action.delayMs);
        return;
      case 'reload':
        setTimeout(() => {
          if (win.isDestroyed()) return;
          if (action.forceCrash) {
            ignoreNextGone = true;
            win.webContents.forcefullyCrashRenderer();
          }
          loadApp(win);
        }, action.delayMs);
        return;
      case 'give-up':
        log(`renderer failed ${action.crashes} times; showing the error page`);
        showError(
          win,
          '页面多次异常退出 · The kiosk page keeps failing',
          `${action.crashes} failures. Restart the kiosk.`,
        );
        return;
    }
  };
  win.webContents.on('render-process-gone', (_event, details) => {
    log(`renderer gone: ${details.reason} (${details.exitCode})`);
    if (ignoreNextGone) {
      ignoreNextGone = false;
      return;
    }
    act(watchdog.onRenderProcessGone(details.reason));
  });
  win.on('unresponsive', () => act(watchdog.onUnresponsive()));
  win.on('responsive', () => watchdog.onResponsive());
}

async function startPrinter(config: KioskFileConfig, send: (event: DeviceEvent) => void): Promise<PrinterService> {
  // Loaded lazily: a missing native library (libusb) must not stop the window from showing.
  let encodeTicket: EncodeTicket;
  let printer: Printer;
  try {
    const [encoding, transports] = await Promise.all([import('@hall/printer'), import('@hall/printer/transports')]);
    encodeTicket = (job) => encoding.encodeTicket(job);
    // Connects on first use and again after any failure (a printer plugged in later is found).
    printer = transports.openPrinter(config.printer);
  } catch (err) {
    const detail = `printer driver unavailable: ${String(err)}`.slice(0, 200);
    log(detail);
    encodeTicket = () => new Uint8Array();
    printer = {
      status: async () => ({ condition: 'error', paperNearEnd: false, detail }),
      print: async () => {
        throw new Error(detail);
      },
      close: async () => undefined,
    };
  }
  const service = new PrinterService({
    printer,
    encodeTicket,
    hub: { url: config.hubUrl, token: config.token },
    onDeviceEvent: send,
    log,
  });
  service.start();
  return service;
}

async function main(): Promise<void> {
  await app.whenReady();
  Menu.setApplicationMenu(null);

  const ses = session.defaultSession;
  ses.setPermissionRequestHandler(denyPermissionRequest);
  ses.setPermissionCheckHandler(denyPermissionCheck);
  ses.setDevicePermissionHandler(denyPermissionCheck);
  ses.on('will-download', (event) => event.preventDefault());

  let config: KioskFileConfig;
  try {
    ({ config } = await loadKioskConfig({
      argv: process.argv,
      env: process.env,
      userDataDir: app.getPath('userData'),
    }));
  } catch (err) {
    const detail = err instanceof KioskConfigError ? err.message : String(err);
    log(detail);
    mainWindow = createWindow();
    showError(mainWindow, '取号机配置错误 · Kiosk configuration error', detail);
    return;
  }
  production = config.production;

  ses.webRequest.onHeadersReceived(cspHeadersListener(contentSecurityPolicy(config.hubUrl, { dev: !!devServerUrl })));

  const win = createWindow();
  mainWindow = win;
  printerService = await startPrinter(config, (event) => {
    if (!win.isDestroyed()) win.webContents.send(IPC_CHANNELS.deviceEvent, event);
  });
  registerIpcHandlers(
    ipcMain,
    createIpcHandlers({
      config,
      printer: printerService,
      appOrigin,
      mainWebContents: () => (win.isDestroyed() ? null : win.webContents),
      log,
    }),
  );
  watch(win);
  loadApp(win);
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  app.on('window-all-closed', () => app.quit());
  let closing = false;
  app.on('before-quit', (event) => {
    if (closing || !printerService) return;
    closing = true;
    event.preventDefault();
    void printerService.close().finally(() => app.quit());
  });
  process.on('unhandledRejection', (reason) => log(`unhandled rejection: ${String(reason)}`));
  main().catch((err: unknown) => {
    log(`start failed: ${String(err)}`);
    app.exit(1);
  });
}
