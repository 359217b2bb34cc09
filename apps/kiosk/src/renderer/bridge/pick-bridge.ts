import { KIOSK_BRIDGE_KEY, type KioskBridge } from '../../shared/kiosk-bridge.ts';
import { createBrowserBridge } from './browser-bridge.ts';

export interface PickedBridge {
  bridge: KioskBridge;
  /** True inside the Electron shell (real printer, hub from the kiosk's config file). */
  native: boolean;
}

/** Electron's preload bridge when there is one, else the same interface over the hub. */
export function pickBridge(): PickedBridge {
  const native = (window as unknown as Record<string, KioskBridge | undefined>)[KIOSK_BRIDGE_KEY];
  return native ? { bridge: native, native: true } : { bridge: createBrowserBridge(), native: false };
}
