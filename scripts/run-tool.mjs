#!/usr/bin/env node
// Runs a TypeScript tool of scripts/ (the benchmark, the day simulation) on plain Node 20: builds the hub
// bundle, bundles the tool with esbuild into apps/hub/dist/tools/ (so that the hub's own dependencies,
// socket.io and better-sqlite3 among them, resolve from there) and runs it with the remaining arguments.
//   node scripts/run-tool.mjs bench [--quick]      node scripts/run-tool.mjs simulate [--tickets=5000]
//   node scripts/run-tool.mjs history --days=365 --db=FILE [--seed=N] [--end=YYYY-MM-DD]
//   node scripts/run-tool.mjs archive-events --db=FILE [--keep-days=93] [--dir=FOLDER]
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const hubDir = join(root, 'apps/hub');
const TOOLS = {
  bench: [
    'scripts/bench/bench.ts',
    'scripts/bench/client-worker.ts',
    'scripts/bench/bare-server.ts',
    'scripts/bench/bare-sqlite.ts',
    'scripts/bench/bare-year-server.ts',
  ],
  simulate: ['scripts/simulate/simulate.ts'],
  history: ['scripts/history/history.ts'],
  'archive-events': ['scripts/history/archive-events.ts'],
};

const [name, ...args] = process.argv.slice(2);
const entries = TOOLS[name ?? ''];
if (!entries) {
  console.error(`usage: node scripts/run-tool.mjs <${Object.keys(TOOLS).join('|')}> [args]`);
  process.exit(2);
}

const hubBuild = spawnSync(process.execPath, [join(root, 'scripts/bundle-node.mjs'), 'src/main.ts', 'dist/main.js'], {
  cwd: hubDir,
  stdio: 'inherit',
});
if (hubBuild.status !== 0) process.exit(hubBuild.status ?? 1);

const pkg = JSON.parse(readFileSync(join(hubDir, 'package.json'), 'utf8'));
const external = [...Object.keys(pkg.dependencies ?? {}).filter((d) => !d.startsWith('@hall/')), 'socket.io-client'];
const outdir = join(hubDir, 'dist/tools');
await build({
  entryPoints: entries.map((e) => join(root, e)),
  outdir,
  outExtension: { '.js': '.mjs' },
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  sourcemap: true,
  external,
  logLevel: 'warning',
});
const main = join(outdir, `${name}.mjs`);
const r = spawnSync(process.execPath, ['--enable-source-maps', main, ...args], { cwd: root, stdio: 'inherit' });
process.exit(r.status ?? 1);
