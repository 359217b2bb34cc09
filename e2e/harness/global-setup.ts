import { spawnSync } from 'node:child_process';
import { HUB_DIR } from './paths.ts';

/**
 * Builds the hub bundle once per run, so the e2e tests always start the code in the work tree
 * and never a stale dist/ left from an earlier build.
 */
export default function setup(): void {
  const started = Date.now();
  const result = spawnSync(process.execPath, ['build.mjs'], { cwd: HUB_DIR, encoding: 'utf8' });
  if (result.error) throw result.error;
  if (result.status !== 0) {
    throw new Error(`building the hub failed (exit ${result.status}):\n${result.stdout}\n${result.stderr}`);
  }
  console.log(`e2e: hub bundle built in ${Date.now() - started} ms`);
}
