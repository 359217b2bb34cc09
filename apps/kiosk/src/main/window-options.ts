import type { BrowserWindowConstructorOptions } from 'electron';

/**
 * The kiosk window: full screen, kiosk mode, no menu, and the renderer locked down (isolated, sandboxed,
 * no Node). Pure: index.ts passes it to `new BrowserWindow` and also calls `Menu.setApplicationMenu(null)`.
 */
export function kioskWindowOptions(input: { production: boolean; preload: string }): BrowserWindowConstructorOptions {
  return {
    title: '自助取号',
    fullscreen: true,
    kiosk: true,
    autoHideMenuBar: true,
    frame: false,
    // Shown on 'ready-to-show', so citizens never see a white flash.
    show: false,
    backgroundColor: '#ffffff',
    webPreferences: {
      preload: input.preload,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      spellcheck: false,
      safeDialogs: true,
      devTools: !input.production,
      // The kiosk speaks and beeps without a prior tap.
      autoplayPolicy: 'no-user-gesture-required',
    },
  };
}
