import { ESLint } from 'eslint';
import { beforeAll, describe, expect, test } from 'vitest';

/**
 * The repository's own ESLint config, run through ESLint's Node API on small snippets placed (virtually) in
 * the folders the rules are about: each boundary fires where it should and stays quiet where it should not.
 */
let eslint: ESLint;
beforeAll(() => {
  eslint = new ESLint({ cwd: new URL('../..', import.meta.url).pathname });
});

async function boundaryErrors(filePath: string, specifier: string): Promise<string[]> {
  const [result] = await eslint.lintText(`import '${specifier}';\n`, { filePath });
  return (result?.messages ?? [])
    .filter((m) => m.ruleId === 'no-restricted-imports' || m.ruleId === 'hall/no-relative-import-outside-package')
    .map((m) => m.ruleId ?? '');
}

const fires = async (file: string, specifier: string) =>
  expect(await boundaryErrors(file, specifier), `${specifier} from ${file}`).not.toEqual([]);
const quiet = async (file: string, specifier: string) =>
  expect(await boundaryErrors(file, specifier), `${specifier} from ${file}`).toEqual([]);

describe('browser code imports no Node, no hub, no store, no other app', () => {
  test.each([
    ['apps/book/src/screens/X.tsx', 'node:fs'],
    ['apps/book/src/screens/X.tsx', 'fs'],
    ['apps/counter/src/logic/x.ts', 'node:path'],
    ['apps/counter/src/logic/x.ts', 'better-sqlite3'],
    ['apps/counter/src/logic/x.ts', 'pino'],
    ['apps/display/src/logic/x.ts', 'socket.io'],
    ['apps/counter/src/logic/x.ts', 'node-hid'],
    ['apps/counter/src/logic/x.ts', '@hall/hid'],
    ['apps/display/src/logic/x.ts', '@hall/hub'],
    ['apps/display/src/logic/x.ts', '@hall/store'],
    ['apps/kiosk/src/renderer/logic/x.ts', 'electron'],
    ['apps/kiosk/src/renderer/logic/x.ts', '@hall/counter'],
    ['apps/kiosk/src/renderer/logic/x.ts', '@hall/hub/demo-hall.json'],
    ['apps/kiosk/src/shared/x.ts', 'node:crypto'],
    ['apps/book/src/logic/x.ts', '../../../counter/src/logic/callable.ts'],
    ['packages/web-ui/src/i18n/x.ts', 'node:url'],
    ['packages/hub-client/src/x.ts', 'pino'],
    ['packages/hub-client/src/x.ts', '@hall/hub'],
    ['apps/citizen/src/status/x.ts', 'node:fs'],
    ['apps/citizen/src/rate/x.tsx', '@hall/hub'],
    ['apps/citizen/src/rate/x.tsx', '@hall/book'],
    ['apps/book/src/logic/x.ts', '@hall/citizen/page-path'],
  ])('%s may not import %s', fires);

  test.each([
    ['apps/counter/src/logic/x.ts', '@hall/hid/keyboard-wedge'],
    ['apps/display/src/hub/x.ts', 'socket.io-client'],
    ['apps/book/src/logic/x.ts', '@hall/protocol'],
    ['apps/book/src/logic/x.ts', '@hall/queue-core'],
    ['apps/book/src/logic/x.ts', '../state/store.ts'],
    ['packages/web-ui/src/i18n/x.ts', 'react'],
    ['apps/citizen/src/rate/x.tsx', '@hall/hub-client'],
    // Node-side parts of the same apps and packages.
    ['apps/kiosk/src/main/x.ts', 'node:fs'],
    ['apps/kiosk/src/main/x.ts', 'electron'],
    ['apps/kiosk/src/preload/x.ts', 'electron'],
    ['packages/web-ui/src/vite/x.ts', 'node:url'],
    ['apps/hub/src/http/x.ts', 'better-sqlite3'],
  ])('%s may import %s', quiet);
});

describe('tests of browser code run in Node: files yes, hub code no', () => {
  test.each([
    ['apps/display/src/voice/x.test.ts', 'node:fs'],
    ['apps/kiosk/src/renderer/logic/x.test.ts', '@hall/hub/demo-hall.json'],
    ['packages/hub-client/src/x.test.ts', '@hall/hub/test-support'],
  ])('%s may import %s', quiet);

  test.each([
    ['apps/kiosk/src/renderer/logic/x.test.ts', '@hall/hub'],
    ['apps/kiosk/src/renderer/logic/x.test.ts', '@hall/store'],
    ['apps/counter/src/logic/x.test.ts', 'better-sqlite3'],
    ['apps/counter/src/logic/x.test.ts', '@hall/hub/test-support'],
    ['packages/hub-client/src/x.test.ts', '@hall/hub'],
    ['packages/hub-client/src/x.test.ts', '@hall/store'],
    ['packages/hub-client/src/x.ts', '@hall/hub/test-support'],
  ])('%s may not import %s', fires);
});

describe('no relative import leaves its package', () => {
  test.each([
    ['apps/kiosk/src/renderer/logic/x.test.ts', '../../../../hub/config/demo-hall.json'],
    ['e2e/x.test.ts', '../apps/kiosk/src/shared/resident-id.ts'],
    ['apps/hub/src/http/x.ts', '../../../../packages/store/src/index.ts'],
    ['packages/queue-core/src/x.ts', '../../protocol/src/index.ts'],
  ])('%s may not import %s', fires);

  test.each([
    ['e2e/x.test.ts', './harness/hall-dates.ts'],
    ['apps/hub/src/http/x.ts', '../config/env.ts'],
  ])('%s may import %s', quiet);
});
