import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

/** The public booking page's web build, served by the hub at /book from apps/book/dist. JSX goes through Vite's own esbuild. */
export default defineConfig({
  root: fileURLToPath(new URL('./src', import.meta.url)),
  base: '/book/',
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
