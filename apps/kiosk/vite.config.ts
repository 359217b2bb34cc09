import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

/**
 * The kiosk's web build, served by the hub at /kiosk from apps/kiosk/dist. The renderer root is shared
 * with the Electron shell (electron.vite.config.ts). JSX goes through Vite's own esbuild.
 */
export default defineConfig({
  root: fileURLToPath(new URL('./src/renderer', import.meta.url)),
  base: '/kiosk/',
  esbuild: { jsx: 'automatic' },
  build: {
    outDir: fileURLToPath(new URL('./dist', import.meta.url)),
    emptyOutDir: true,
    target: 'es2022',
    chunkSizeWarningLimit: 800,
    rollupOptions: {
      // zod's sources carry /*#__PURE__*/ comments Rollup cannot place; harmless, and noisy in every build.
      onwarn(warning, warn) {
        if (warning.code !== 'INVALID_ANNOTATION') warn(warning);
      },
    },
  },
});
