// @ts-check
import { builtinModules } from 'node:module';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import hall from './scripts/lint/package-boundary.js';

/** Never a package's internals: its name and the exports it offers. */
const PACKAGE_INTERNALS = { group: ['@hall/*/src/*'], message: 'import a package by its name, not its internals' };

/*
 * Import boundaries of the browser code (the kiosk renderer and its shared folder, counter, display, book,
 * the citizen pages, packages/web-ui, packages/hub-client): no Node, no Node-only package, not the hub, the store or the
 * hardware drivers, not another app. The Electron main process and preload, the hub and the scripts run on
 * Node and are not in this group. The one browser-safe part of @hall/hid is its keyboard-wedge decoder.
 */
const UI_FILES = [
  'apps/kiosk/src/renderer/**',
  'apps/kiosk/src/shared/**',
  'apps/counter/src/**',
  'apps/display/src/**',
  'apps/book/src/**',
  'apps/citizen/src/**',
  'apps/guide/src/**',
  'packages/web-ui/src/**',
  'packages/hub-client/src/**',
];
const UI_TESTS = ['**/*.test.ts', '**/*.test.tsx'];
const NO_NODE = builtinModules.map((name) => ({ name, message: 'browser code: no Node built-ins' }));
const NODE_ONLY = ['better-sqlite3', 'pino', 'socket.io', 'node-hid', 'usb', 'serialport', 'electron', 'fastify'].map(
  (name) => ({ name, message: 'browser code: this package runs only on Node (socket.io-client is the browser side)' }),
);
const HALL_SERVER_SIDE = ['@hall/hub', '@hall/store', '@hall/hid', '@hall/printer'].map((name) => ({
  name,
  message:
    'browser code: the hub, the store and the hardware drivers run on Node; use @hall/protocol or @hall/queue-core',
}));
const OTHER_APPS = ['@hall/kiosk', '@hall/counter', '@hall/display', '@hall/book', '@hall/citizen'].map((name) => ({
  name,
  message: "an app does not import another app's files: shared code goes into a package",
}));
const uiPatterns = (/** @type {{ node: boolean, demoHall: boolean, testHub?: boolean }} */ allow) => [
  PACKAGE_INTERNALS,
  ...(allow.node ? [] : [{ group: ['node:*'], message: 'browser code: no Node built-ins' }]),
  {
    group: [
      '*/node_modules/*',
      '@hall/store/*',
      '@hall/printer/*',
      '@hall/hid/*',
      '!@hall/hid/keyboard-wedge',
      '@hall/hub/*',
      ...(allow.demoHall ? ['!@hall/hub/demo-hall.json'] : []),
      ...(allow.testHub ? ['!@hall/hub/test-support'] : []),
      '@hall/kiosk/*',
      '@hall/counter/*',
      '@hall/display/*',
      '@hall/book/*',
      '@hall/citizen/*',
      'socket.io/*',
      '@fastify/*',
      'pino/*',
    ],
    message: allow.demoHall
      ? 'browser code: Node-side packages and other apps stay out (a test may read the demo hall, @hall/hub/demo-hall.json)'
      : 'browser code: Node-side packages and other apps stay out',
  },
];

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      '**/out/**',
      '.test-results/**',
      '.e2e-artifacts/**',
      'data/**',
      'coverage/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    plugins: { hall },
    languageOptions: {
      globals: {
        process: 'readonly',
        console: 'readonly',
        URL: 'readonly',
        Buffer: 'readonly',
        setTimeout: 'readonly',
      },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', ignoreRestSiblings: true }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-restricted-imports': ['error', { patterns: [PACKAGE_INTERNALS] }],
      'hall/no-relative-import-outside-package': 'error',
      'no-restricted-properties': [
        'error',
        { object: 'describe', property: 'only', message: 'no focused tests' },
        { object: 'it', property: 'only', message: 'no focused tests' },
        { object: 'test', property: 'only', message: 'no focused tests' },
      ],
    },
  },
  {
    // The domain core is pure: time and randomness come in as arguments.
    files: ['packages/queue-core/src/**/*.ts', 'packages/protocol/src/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-properties': [
        'error',
        { object: 'Date', property: 'now', message: 'pass the time in; the core has no clock' },
        { object: 'Math', property: 'random', message: 'pass randomness in; the core is deterministic' },
      ],
      'no-restricted-syntax': [
        'error',
        { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: 'pass the time in' },
      ],
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['node:*', 'better-sqlite3', 'socket.io', 'pino'], message: 'the core does no I/O' }] },
      ],
    },
  },
  {
    files: UI_FILES,
    // The shared Vite config is build tooling: it runs on Node when an app builds.
    ignores: [...UI_TESTS, 'packages/web-ui/src/vite/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [...NO_NODE, ...NODE_ONLY, ...HALL_SERVER_SIDE, ...OTHER_APPS],
          patterns: uiPatterns({ node: false, demoHall: false }),
        },
      ],
    },
  },
  {
    // UI tests run in Node under vitest: they may read files (node:fs), and may take the demo hall as a
    // realistic fixture from the hub's one export for it; still no hub code, store, drivers or other apps.
    files: UI_FILES.flatMap((dir) => UI_TESTS.map((test) => `${dir.replace(/\*\*$/, '')}${test}`)),
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [...NODE_ONLY, ...HALL_SERVER_SIDE, ...OTHER_APPS],
          patterns: uiPatterns({ node: true, demoHall: true }),
        },
      ],
    },
  },
  {
    // The hub client's contract tests talk to a real hub started in-process: the one place a browser-side
    // test may start the hub, through its test-support export, never its internals.
    files: UI_TESTS.map((test) => `packages/hub-client/src/${test}`),
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [...NODE_ONLY, ...HALL_SERVER_SIDE, ...OTHER_APPS],
          patterns: uiPatterns({ node: true, demoHall: true, testHub: true }),
        },
      ],
    },
  },
);
