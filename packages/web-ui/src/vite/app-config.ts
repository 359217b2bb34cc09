/**
 * The Vite build of a hall web UI (Node-side build tooling, not browser code): each app's vite.config.ts is
 *
 *   export default hallAppConfig({ appDir: new URL('.', import.meta.url), base: '/book/' });
 *
 * The app's sources (index.html and all) sit in `<appDir>/src`, the build goes to `<appDir>/dist`, and the
 * hub serves it at `base`. JSX goes through Vite's own esbuild.
 */
import { fileURLToPath } from 'node:url';
import { mergeConfig, type UserConfig } from 'vite';

export interface HallAppOptions {
  /** The app's folder: `new URL('.', import.meta.url)` in its vite.config.ts. */
  appDir: URL;
  /** Where the hub serves the build: '/kiosk/', '/counter/', '/display/', '/book/'. */
  base: `/${string}/`;
  /** The folder of index.html, relative to appDir. Default 'src' (the kiosk: 'src/renderer'). */
  root?: string;
  /** Static files copied as they are, relative to appDir (the display's voice clips: 'public'). */
  publicDir?: string;
  /** Anything else, merged over the defaults with Vite's mergeConfig. */
  extra?: UserConfig;
}

const dirOf = (appDir: URL, relative: string) => fileURLToPath(new URL(relative, appDir));

/**
 * zod's sources carry `/*#__PURE__*\/` comments Rollup cannot place; harmless, and noisy in every build.
 * Shared with the kiosk's electron-vite renderer build.
 */
export function quietRollupWarnings(warning: { code?: string }, warn: (warning: never) => void): void {
  if (warning.code !== 'INVALID_ANNOTATION') warn(warning as never);
}

export function hallAppConfig({ appDir, base, root = 'src', publicDir, extra = {} }: HallAppOptions): UserConfig {
  const config: UserConfig = {
    root: dirOf(appDir, root),
    base,
    esbuild: { jsx: 'automatic' },
    build: {
      outDir: dirOf(appDir, 'dist'),
      emptyOutDir: true,
      target: 'es2022',
      chunkSizeWarningLimit: 800,
      rollupOptions: { onwarn: quietRollupWarnings },
    },
  };
  if (publicDir !== undefined) config.publicDir = dirOf(appDir, publicDir);
  return mergeConfig(config, extra);
}
