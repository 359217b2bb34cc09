import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: [
            'packages/*/src/**/*.test.ts',
            'apps/*/src/**/*.test.ts',
            'hardware/*/src/**/*.test.ts',
            'scripts/**/*.test.ts',
          ],
          environment: 'node',
          // Vitest blanks CSS by default; the design tokens are read as text by web-ui's contrast test.
          css: { include: [/packages\/web-ui\/src\/styles\/.+\.css/] },
          testTimeout: 20_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['e2e/**/*.test.ts'],
          environment: 'node',
          // End-to-end tests start hubs and browsers: one file at a time keeps 2 cores from thrashing.
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 120_000,
          globalSetup: ['e2e/harness/global-setup.ts'],
        },
      },
    ],
  },
});
