// @ts-check
/**
 * The Vite build of a hall web UI (Node-side build tooling, not browser code): each app's vite.config.ts is
 *
 *   export default hallAppConfig({ appDir: new URL('.', import.meta.url), base: '/book/' });
 *
 * The app's sources (index.html and all) sit in `<appDir>/src`, the build goes to `<appDir>/dist`, and the
 * hub serves it at `base`. JSX goes through Vite's own esbuild.
 *
 * Plain JavaScript on purpose (types in app-config.d.ts): Vite loads an app's config with Node, and leaves a
 * workspace package's files to Node, which cannot run TypeScript on Node 20.
 */
import { fileURLToPath } from 'node:url';
import { mergeConfig } from 'vite';
import { pageShell } from './page-shell.js';

/** @param {URL} appDir @param {string} relative */
const dirOf = (appDir, relative) => fileURLToPath(new URL(relative, appDir));

/** @type {import('./app-config.d.ts').quietRollupWarnings} */
export function quietRollupWarnings(warning, warn) {
  // zod's sources carry __PURE__ comments Rollup cannot place; harmless, and noisy in every build.
  if (warning.code !== 'INVALID_ANNOTATION') warn(/** @type {never} */ (warning));
}

/** @type {import('./app-config.d.ts').hallAppConfig} */
export function hallAppConfig({ appDir, base, root = 'src', publicDir, page, extra = {} }) {
  /** @type {import('vite').UserConfig} */
  const config = {
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
  if (page !== undefined) config.plugins = [pageShell(page)];
  return mergeConfig(config, extra);
}
