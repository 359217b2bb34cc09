import { resolve } from 'node:path';
import { hallHead, quietRollupWarnings as onwarn } from '@hall/web-ui/vite';
import { defineConfig } from 'electron-vite';
import { KIOSK_HEAD } from './src/main/renderer-head.ts';

/*
 * Builds the Electron kiosk into out/: main (ESM, Electron's Node 24), preload (one CommonJS file) and
 * renderer (the React UI in src/renderer, served from file://). `electron-vite build` reads only
 * electron/package.json (for the Electron version → Node/Chrome targets); it never loads the Electron
 * binary, so it runs on machines where the binary cannot be downloaded.
 */

/** Workspace packages export TypeScript sources: they must be bundled, never left as runtime imports. */
const WORKSPACE = ['@hall/printer', '@hall/protocol'];
/** Native addons used by @hall/printer's transports (N-API prebuilds): loaded from node_modules at run time. */
const NATIVE = ['serialport', 'usb', '@resvg/resvg-js'];

export default defineConfig({
  main: {
    build: {
      externalizeDeps: { exclude: WORKSPACE, include: NATIVE },
      rollupOptions: { input: { index: resolve(import.meta.dirname, 'src/main/index.ts') }, onwarn },
    },
  },
  preload: {
    build: {
      // A sandboxed preload runs in a restricted context that can only require('electron'): no ESM, no
      // chunks, no node_modules. So: one self-contained CommonJS file, out/preload/index.cjs.
      externalizeDeps: false,
      rollupOptions: {
        input: { index: resolve(import.meta.dirname, 'src/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs', inlineDynamicImports: true },
      },
    },
  },
  renderer: {
    root: resolve(import.meta.dirname, 'src/renderer'),
    esbuild: { jsx: 'automatic' },
    plugins: [hallHead(KIOSK_HEAD)],
    build: {
      rollupOptions: { input: { index: resolve(import.meta.dirname, 'src/renderer/index.html') }, onwarn },
    },
  },
});
