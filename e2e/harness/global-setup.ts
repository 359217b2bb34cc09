import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { makeTempDir } from './hub-process.ts';
import { ADMIN_DIR, BOOK_DIR, CITIZEN_DIR, COUNTER_DIR, DISPLAY_DIR, GUIDE_DIR, HUB_DIR, KIOSK_DIR } from './paths.ts';

function run(what: string, args: string[], cwd: string): void {
  const started = Date.now();
  const result = spawnSync(process.execPath, args, { cwd, encoding: 'utf8' });
  if (result.error) throw result.error;
  if (result.status !== 0) {
    throw new Error(`building ${what} failed (exit ${result.status}):\n${result.stdout}\n${result.stderr}`);
  }
  console.log(`e2e: ${what} built in ${Date.now() - started} ms`);
}

/**
 * Builds the hub bundle and the kiosk's, counter's, wall display's, booking page's, citizen pages', admin console's and guidance desk's web UIs once per run, so the e2e tests always start the code in
 * the work tree and never a stale dist/ left from an earlier build.
 */
export default function setup(): () => void {
  // A new run hands out ports afresh (hub-process.ts reserves each one for the whole run).
  const ports = makeTempDir('hall-e2e-ports-');
  process.env.HALL_E2E_PORTS = ports;
  run('hub bundle', ['../../scripts/bundle-node.mjs', 'src/main.ts', 'dist/main.js'], HUB_DIR);
  run('kiosk web UI', [`${KIOSK_DIR}/node_modules/vite/bin/vite.js`, 'build', '--logLevel', 'warn'], KIOSK_DIR);
  run('counter web UI', [`${COUNTER_DIR}/node_modules/vite/bin/vite.js`, 'build', '--logLevel', 'warn'], COUNTER_DIR);
  run('display web UI', [`${DISPLAY_DIR}/node_modules/vite/bin/vite.js`, 'build', '--logLevel', 'warn'], DISPLAY_DIR);
  run('booking page', [`${BOOK_DIR}/node_modules/vite/bin/vite.js`, 'build', '--logLevel', 'warn'], BOOK_DIR);
  run('citizen pages', [`${CITIZEN_DIR}/node_modules/vite/bin/vite.js`, 'build', '--logLevel', 'warn'], CITIZEN_DIR);
  run('admin console', [`${ADMIN_DIR}/node_modules/vite/bin/vite.js`, 'build', '--logLevel', 'warn'], ADMIN_DIR);
  run('guidance desk', [`${GUIDE_DIR}/node_modules/vite/bin/vite.js`, 'build', '--logLevel', 'warn'], GUIDE_DIR);
  return () => rmSync(ports, { recursive: true, force: true });
}
