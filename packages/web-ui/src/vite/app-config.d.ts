import type { UserConfig } from 'vite';
import type { PageShellOptions } from './page-shell.d.ts';

export interface HallAppOptions {
  /** The app's folder: `new URL('.', import.meta.url)` in its vite.config.ts. */
  appDir: URL;
  /** Where the hub serves the build: '/kiosk/', '/counter/', '/display/', '/book/'. */
  base: `/${string}/`;
  /** The folder of index.html, relative to appDir. Default 'src' (the kiosk: 'src/renderer'). */
  root?: string;
  /** Static files copied as they are, relative to appDir (the display's voice clips: 'public'). */
  publicDir?: string;
  /** The shared head of index.html (charset, viewport, CSP, title…), written by the build (page-shell.js). */
  page?: PageShellOptions;
  /** Anything else, merged over the defaults with Vite's mergeConfig. */
  extra?: UserConfig;
}

/** The Vite config of a hall web UI: sources in `<appDir>/<root>`, build in `<appDir>/dist`, served at `base`. */
export declare function hallAppConfig(options: HallAppOptions): UserConfig;

/** Rollup's onwarn without zod's harmless INVALID_ANNOTATION noise; for the kiosk's electron-vite renderer too. */
export declare function quietRollupWarnings(warning: { code?: string }, warn: (warning: never) => void): void;
