import { describe, expect, it } from 'vitest';
import { kioskWindowOptions } from './window-options.ts';

describe('kiosk window options', () => {
  it('is a full-screen kiosk without a menu, with a locked-down renderer', () => {
    const options = kioskWindowOptions({ production: true, preload: '/app/out/preload/index.cjs' });
    expect(options).toMatchObject({ fullscreen: true, kiosk: true, autoHideMenuBar: true });
    expect(options.webPreferences).toMatchObject({
      preload: '/app/out/preload/index.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      webviewTag: false,
      devTools: false,
    });
  });

  it('allows devtools only outside production', () => {
    expect(kioskWindowOptions({ production: false, preload: 'p' }).webPreferences?.devTools).toBe(true);
    // Development keeps every other protection.
    expect(kioskWindowOptions({ production: false, preload: 'p' }).webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
    });
  });
});
