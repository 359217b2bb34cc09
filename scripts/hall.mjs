#!/usr/bin/env node
// The two commands of the README, on a machine that has only Node and npm:
//   npm start  → installs what is missing, builds, and runs the demo hall
//   npm test   → installs what is missing (browser and CJK fonts too, where it can) and runs every check
// Plain Node on purpose: it must run before any dependency is installed.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const pnpmSpec = pkg.packageManager; // e.g. pnpm@10.34.8

function log(msg) {
  console.log(`\x1b[36m[hall]\x1b[0m ${msg}`);
}

function run(cmd, args, opts = {}) {
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env: buildEnv(opts.env), shell: false });
  if (r.error) throw r.error;
  return r.status ?? 1;
}

function must(cmd, args, opts) {
  const status = run(cmd, args, opts);
  if (status !== 0) {
    console.error(`[hall] failed (${status}): ${cmd} ${args.join(' ')}`);
    process.exit(status);
  }
}

function buildEnv(extra = {}) {
  const env = { ...process.env, ...extra };
  // node-gyp builds better-sqlite3 against the installed Node's headers when no prebuilt binary can be fetched.
  if (!env.npm_config_nodedir && existsSync('/usr/include/node/node.h')) env.npm_config_nodedir = '/usr';
  return env;
}

function quiet(cmd, args) {
  const r = spawnSync(cmd, args, { cwd: root, encoding: 'utf8', env: buildEnv() });
  return r.status === 0 ? (r.stdout ?? '').trim() : null;
}

/** pnpm at the version package.json pins: a global one if it matches, else through npx. */
function pnpm() {
  const wanted = pnpmSpec.split('@')[1];
  if (quiet('pnpm', ['--version']) === wanted) return ['pnpm', []];
  return ['npx', ['--yes', pnpmSpec]];
}

function pnpmRun(args, opts) {
  const [cmd, pre] = pnpm();
  must(cmd, [...pre, ...args], opts);
}

function install() {
  log(`installing dependencies with ${pnpmSpec} (frozen lockfile)`);
  pnpmRun(['install', '--frozen-lockfile']);
  // pnpm skips build scripts it was not told to allow; make sure the SQLite addon really loads.
  const probe = spawnSync(process.execPath, ['-e', "require('better-sqlite3')(':memory:').close()"], {
    cwd: join(root, 'packages/store'),
    encoding: 'utf8',
  });
  if (probe.status !== 0) {
    log('better-sqlite3 did not load; rebuilding it from source');
    pnpmRun(['rebuild', 'better-sqlite3']);
  }
}

function findChromium() {
  const candidates = [
    process.env.CHROMIUM_PATH,
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
  ];
  return candidates.find((p) => p && existsSync(p));
}

function hasCjkFont() {
  const list = quiet('fc-list', [':lang=zh', 'family']);
  return list !== null && list.length > 0;
}

function hasLibusb() {
  return [
    '/usr/lib/x86_64-linux-gnu/libusb-1.0.so.0',
    '/usr/lib/aarch64-linux-gnu/libusb-1.0.so.0',
    '/lib/x86_64-linux-gnu/libusb-1.0.so.0',
  ].some((p) => existsSync(p));
}

/** A real (non-demo) e2e hub runs with its machine clock set to the hall morning through libfaketime. */
function hasLibfaketime() {
  return [
    '/usr/lib/x86_64-linux-gnu/faketime/libfaketime.so.1',
    '/usr/lib/aarch64-linux-gnu/faketime/libfaketime.so.1',
  ].some((p) => existsSync(p));
}

/**
 * Debian packages the tests need: Chromium and Noto CJK fonts for the browser tests and their screenshots,
 * libusb, which node-hid needs to load (the USB pads), and libfaketime (a real hub at a known hall time).
 */
function ensureSystemPackages() {
  const missing = [];
  if (!findChromium()) missing.push('chromium');
  if (!hasCjkFont()) missing.push('fonts-noto-cjk');
  if (!hasLibusb()) missing.push('libusb-1.0-0');
  if (!hasLibfaketime()) missing.push('faketime');
  if (missing.length === 0) return;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot || !existsSync('/usr/bin/apt-get')) {
    log(`missing and cannot install here (need root and apt-get): ${missing.join(' ')}`);
    log(`  sudo apt-get install -y --no-install-recommends ${missing.join(' ')}   (or set CHROMIUM_PATH)`);
    return;
  }
  log(`installing ${missing.join(', ')} from Debian`);
  const env = { DEBIAN_FRONTEND: 'noninteractive' };
  must('apt-get', ['update', '-qq'], { env });
  must('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...missing], { env });
}

/** Every app with a `build` script: the web UIs (kiosk, counter, display, book, the citizen pages, admin, guide) and the hub bundle. */
function build() {
  log('building the web UIs that exist and the hub bundle');
  pnpmRun(['-r', '--filter', './apps/*', '--if-present', 'run', 'build']);
}

/**
 * A new demo database starts with the hall's last weeks (HALL_DEMO_HISTORY_DAYS, default 28; 0 for none), generated
 * by `pnpm history`, so that /admin/reports has something to show at once. A whole year: README "A year of history".
 */
function demoHistory(dbPath) {
  const days = Number(process.env.HALL_DEMO_HISTORY_DAYS ?? '28');
  if (!Number.isInteger(days) || days <= 0 || existsSync(dbPath)) return;
  log(`new demo database: writing the ${days} days before today into ${dbPath} (HALL_DEMO_HISTORY_DAYS=0 for none)`);
  const status = run(process.execPath, [
    join(root, 'scripts/run-tool.mjs'),
    'history',
    `--days=${days}`,
    `--db=${dbPath}`,
  ]);
  if (status !== 0) {
    // A demo without history still works: start it rather than leave a half-written file behind.
    for (const suffix of ['', '-wal', '-shm']) rmSync(`${dbPath}${suffix}`, { force: true });
    log('could not write the demo history: starting without it');
  }
}

function start() {
  install();
  build();
  const env = {
    HALL_DEMO: '1',
    HALL_DB: process.env.HALL_DB ?? join(root, 'data/hall.db'),
    PORT: process.env.PORT ?? '8080',
  };
  demoHistory(env.HALL_DB);
  const port = env.PORT;
  log(`starting the demo hall on http://localhost:${port}`);
  log(`  wall display  http://localhost:${port}/display     kiosk  http://localhost:${port}/kiosk`);
  log(`  counter       http://localhost:${port}/counter     admin  http://localhost:${port}/admin`);
  log(`  booking page  http://localhost:${port}/book        rating tablet  http://localhost:${port}/rate/1`);
  log(`  guidance desk http://localhost:${port}/guide`);
  log(`  HTTP API      http://localhost:${port}/api/docs    (OpenAPI 3.1: /api/openapi.json)`);
  log('  demo logins: admin / demo-admin-2026 · clerk01 / demo-clerk-2026 · guide01 / demo-guide-2026 (see README)');
  process.exit(run(process.execPath, [join(root, 'apps/hub/dist/main.js')], { env }));
}

/** vitest with its usual output, plus a JSON report to count the tests from. */
function vitestStep(project) {
  const report = join(resultsDir, `${project}.json`);
  return [
    'exec',
    'vitest',
    'run',
    '--project',
    project,
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${report}`,
  ];
}

/** Sums the JSON reports; a report that is missing (the run crashed) counts as one failure. */
function countTests(projects) {
  const total = { passed: 0, failed: 0, skipped: 0 };
  for (const project of projects) {
    const file = join(resultsDir, `${project}.json`);
    if (!existsSync(file)) {
      total.failed += 1;
      continue;
    }
    const r = JSON.parse(readFileSync(file, 'utf8'));
    total.passed += r.numPassedTests ?? 0;
    total.failed += r.numFailedTests ?? 0;
    total.skipped += (r.numPendingTests ?? 0) + (r.numTodoTests ?? 0);
  }
  return total;
}

const resultsDir = join(root, '.test-results');

/**
 * One step per `tsc -p` of package.json's `typecheck` script, so the list of projects lives in one place
 * (each browser app and package is checked against its own types: DOM, and no Node where it runs in a browser).
 */
function typecheckSteps() {
  const projects = [...pkg.scripts.typecheck.matchAll(/tsc -p (\S+)/g)].map((m) => m[1]);
  if (projects.length === 0) throw new Error('package.json "typecheck" names no tsc project');
  return projects.map((project) => [`typecheck (${project})`, ['exec', 'tsc', '-p', project]]);
}

function test() {
  install();
  ensureSystemPackages();
  rmSync(resultsDir, { recursive: true, force: true });
  const steps = [
    ...typecheckSteps(),
    ['lint', ['exec', 'eslint', '.', '--max-warnings', '0']],
    ['format', ['exec', 'prettier', '--check', '.']],
    // No Electron binary can be had here: prove at least that main, preload and renderer compile.
    ['Electron bundles compile', ['--filter', '@hall/kiosk', 'run', 'build:electron']],
    ['unit and integration tests', vitestStep('unit')],
    ['end-to-end tests', vitestStep('e2e')],
  ];
  const failed = [];
  for (const [name, args] of steps) {
    log(`── ${name}`);
    const [cmd, pre] = pnpm();
    if (run(cmd, [...pre, ...args]) !== 0) failed.push(name);
  }
  const count = countTests(['unit', 'e2e']);
  if (count.failed > 0 && failed.length === 0) failed.push('tests');
  if (failed.length > 0) console.error(`[hall] FAILED: ${failed.join(', ')}`);
  else log('all checks passed');
  // The closing line CI reads: every vitest test of both projects.
  console.log(`tests: ${count.passed} passed, ${count.failed} failed, ${count.skipped} skipped`);
  process.exit(failed.length > 0 ? 1 : 0);
}

const command = process.argv[2];
if (command === 'start') start();
else if (command === 'test') test();
else if (command === 'install') install();
else {
  console.error('usage: node scripts/hall.mjs start | test | install');
  process.exit(2);
}
