import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

/** The wall display's web build, served by the hub at /display from apps/display/dist. JSX goes through Vite's own esbuild. */
export default defineConfig({
  root: fileURLToPath(new URL('./src', import.meta.url)),
  base: '/display/',
  publicDir: fileURLToPath(new URL('./public', import.meta.url)),
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
