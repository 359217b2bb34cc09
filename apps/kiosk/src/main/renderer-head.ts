import type { HallHeadOptions } from '@hall/web-ui/vite';

/**
 * The kiosk page's shared <head>, the same for the browser kiosk (vite.config.ts) and the Electron one
 * (electron.vite.config.ts): the hub's socket and HTTP on another origin, and ticket previews from it.
 * Its policy is META_CSP in security.ts (a test holds them together); Electron narrows it with a header.
 */
export const KIOSK_HEAD = {
  csp: { 'connect-src': ['http:', 'https:', 'ws:', 'wss:'], 'img-src': ['http:', 'https:'] },
} as const satisfies HallHeadOptions;
