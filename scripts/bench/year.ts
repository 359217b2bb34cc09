/**
 * The year benchmark (`pnpm bench`, or `pnpm bench --only=year`): a generated year of the demo hall (pnpm history,
 * cached in .bench/history/ by format, seed, days and last day), a real hub started on it, and a bare baseline
 * in the same run. Measures the hub's start until /healthz answers, its memory, and every report over the whole
 * year through HTTP with an admin session, and prints each against its bound (PASS/FAIL).
 *
 * Bounds (issue 15): start < 2 s, RSS < 300 MB, each report < 1 s.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, openSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { REPORT_DIMENSIONS } from '@hall/protocol';
import { addDays } from '@hall/queue-core';
import { HallStore } from '@hall/store';
import { HISTORY_FORMAT, writeHistory } from '../history/write-history.ts';
import { cpuMsOf, httpJson, nowMs, rssMbOf, sleep } from './common.ts';

export interface YearBenchOptions {
  root: string;
  hubBundle: string;
  bareServer: string;
  days: number;
  seed: number;
}

export interface Bound {
  figure: string;
  value: number;
  limit: number;
  unit: string;
  pass: boolean;
}

export interface YearFigures {
  dbPath: string;
  dbMb: number;
  tickets: number;
  events: number;
  generatedSeconds: number | null;
  migrateMs: number;
  bare: { startMs: number; startCpuMs: number; rssMb: number; healthzMs: number; countMs: number; scanMs: number };
  hub: {
    firstStartMs: number;
    startMs: number;
    startCpuMs: number;
    rssAfterStartMb: number;
    peakRssMb: number;
    reports: { path: string; coldMs: number; warmMs: number; status: number }[];
  };
  bounds: Bound[];
}

/** The last day of the benchmark's year: fixed, so a cached file serves every run. The hub's clock is the day after. */
const END_DAY = '2026-11-30';
const ADMIN_PASSWORD = 'demo-admin-2026';

interface Running {
  child: ChildProcess;
  url: string;
  startMs: number;
  /** CPU time the process had used when /healthz first answered: what the start costs whatever else runs. */
  startCpuMs: number;
}

async function waitForHealth(child: ChildProcess, url: string, t0: number, log: () => string): Promise<number> {
  for (;;) {
    if (child.exitCode !== null) throw new Error(`exited at start:\n${log()}`);
    try {
      if ((await httpJson(url, '/healthz')).status === 200) return nowMs() - t0;
    } catch {
      // not listening yet
    }
    if (nowMs() - t0 > 60_000) throw new Error(`no /healthz within 60 s:\n${log()}`);
    await sleep(10);
  }
}

async function startHub(o: YearBenchOptions, dbPath: string, logPath: string): Promise<Running> {
  const port = 40000 + Math.floor(Math.random() * 10000);
  const out = openSync(logPath, 'a');
  const t0 = nowMs();
  const child = spawn(process.execPath, [o.hubBundle], {
    cwd: o.root,
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      HALL_DB: dbPath,
      HALL_DEMO: '1',
      HALL_DEMO_START: `${addDays(END_DAY, 1)}T09:00:00+08:00`,
      LOG_LEVEL: 'info',
    },
    stdio: ['ignore', out, out],
  });
  const url = `http://127.0.0.1:${port}`;
  const tail = () => readFileSync(logPath, 'utf8').split('\n').slice(-15).join('\n');
  const startMs = await waitForHealth(child, url, t0, tail);
  return { child, url, startMs, startCpuMs: cpuMsOf(child.pid ?? 0) };
}

async function startBare(o: YearBenchOptions, dbPath: string): Promise<Running> {
  const t0 = nowMs();
  const child = spawn(process.execPath, [o.bareServer, dbPath], { stdio: ['ignore', 'pipe', 'inherit'] });
  const port = await new Promise<number>((resolve, reject) => {
    child.stdout?.once('data', (c: Buffer) => resolve((JSON.parse(c.toString('utf8')) as { port: number }).port));
    child.once('exit', () => reject(new Error('bare server exited')));
  });
  const url = `http://127.0.0.1:${port}`;
  const startMs = await waitForHealth(child, url, t0, () => '');
  return { child, url, startMs, startCpuMs: cpuMsOf(child.pid ?? 0) };
}

function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
    setTimeout(() => child.kill('SIGKILL'), 10_000).unref();
  });
}

async function timed(url: string, path: string, token?: string): Promise<{ ms: number; status: number }> {
  const t0 = nowMs();
  const r = await httpJson(url, path, token ? { token } : {});
  return { ms: nowMs() - t0, status: r.status };
}

function median(values: number[]): number {
  const v = [...values].sort((a, b) => a - b);
  return v[Math.floor(v.length / 2)] ?? NaN;
}

/** The cached year, generated when missing. */
function yearDb(o: YearBenchOptions): { path: string; generatedSeconds: number | null } {
  const dir = join(o.root, '.bench/history');
  mkdirSync(dir, { recursive: true });
  const path = join(dir, `year-v${HISTORY_FORMAT}-seed${o.seed}-${o.days}d-${END_DAY}.db`);
  if (existsSync(path)) return { path, generatedSeconds: null };
  console.log(`generating ${o.days} days ending ${END_DAY} (seed ${o.seed}) into ${path}; this takes minutes…`);
  const t0 = nowMs();
  const partial = `${path}.partial`;
  for (const f of [partial, `${partial}-wal`, `${partial}-shm`]) rmSync(f, { force: true });
  writeHistory({ dbPath: partial, days: o.days, endDay: END_DAY, seed: o.seed });
  // Renamed only when whole, so an interrupted run never leaves a cache that looks complete. writeHistory
  // checkpoints and truncates the WAL: the database is the one file.
  for (const suffix of ['-wal', '-shm']) rmSync(`${partial}${suffix}`, { force: true });
  renameSync(partial, path);
  return { path, generatedSeconds: (nowMs() - t0) / 1000 };
}

export async function yearBench(o: YearBenchOptions): Promise<YearFigures> {
  const { path: dbPath, generatedSeconds } = yearDb(o);
  // Schema upgrades (a cache from an older build) run once here, not inside the timed start.
  const m0 = nowMs();
  const store = new HallStore(dbPath);
  const migrateMs = nowMs() - m0;
  const tickets = (store.db.prepare('SELECT count(*) AS n FROM tickets').get() as { n: number }).n;
  const events = (store.db.prepare('SELECT max(id) AS n FROM events').get() as { n: number }).n;
  store.close();
  const dbMb = statSync(dbPath).size / 2 ** 20;
  console.log(
    `year database: ${tickets.toLocaleString('en')} tickets, ${events.toLocaleString('en')} events, ${dbMb.toFixed(0)} MiB`,
  );

  const bareRun = await startBare(o, dbPath);
  const bareRss = rssMbOf(bareRun.child.pid ?? 0);
  const healthz: number[] = [];
  const count: number[] = [];
  for (let i = 0; i < 5; i++) {
    healthz.push((await timed(bareRun.url, '/healthz')).ms);
    count.push((await timed(bareRun.url, '/count')).ms);
  }
  const scanMs = (await timed(bareRun.url, '/scan')).ms;
  await stop(bareRun.child);

  const logPath = join(o.root, '.bench/year-hub.log');
  rmSync(logPath, { force: true });
  // The first start on the file closes the generated last day and seeds the demo's accounts (with HALL_DEMO).
  const first = await startHub(o, dbPath, logPath);
  await stop(first.child);
  const hubRun = await startHub(o, dbPath, logPath);
  const pid = hubRun.child.pid ?? 0;
  const rssAfterStartMb = rssMbOf(pid);
  const reports: YearFigures['hub']['reports'] = [];
  let peakRssMb = NaN;
  try {
    const login = await httpJson(hubRun.url, '/api/v1/auth/login', {
      body: { username: 'admin', password: ADMIN_PASSWORD },
    });
    if (login.status !== 200) throw new Error(`admin login: ${login.status} ${JSON.stringify(login.body)}`);
    const token = (login.body as { token: string }).token;
    const from = addDays(END_DAY, -(o.days - 1));
    const range = `from=${from}&to=${END_DAY}`;
    const paths = [
      `/api/v1/reports/summary?${range}`,
      ...REPORT_DIMENSIONS.map((by) => `/api/v1/reports/breakdown?${range}&by=${by}`),
    ];
    for (const path of paths) {
      const cold = await timed(hubRun.url, path, token);
      const warm = await timed(hubRun.url, path, token);
      reports.push({ path, coldMs: cold.ms, warmMs: warm.ms, status: cold.status });
    }
  } finally {
    peakRssMb = rssMbOf(pid, 'VmHWM');
    await stop(hubRun.child);
  }

  const bounds: Bound[] = [
    bound('hub start → /healthz, first of the run', first.startMs, 2000, 'ms'),
    bound('hub start → /healthz', hubRun.startMs, 2000, 'ms'),
    bound('hub RSS peak (start + every report)', peakRssMb, 300, 'MB'),
    ...reports.map((r) =>
      r.status === 200
        ? bound(
            `${r.path.replace(/^\/api\/v1\/reports\//, '').replace(/from=[^&]+&to=[^&]+&?/, '')} (first call)`,
            r.coldMs,
            1000,
            'ms',
          )
        : { figure: `${r.path} answered ${r.status}`, value: r.status, limit: 200, unit: 'status', pass: false },
    ),
  ];
  return {
    dbPath,
    dbMb,
    tickets,
    events,
    generatedSeconds,
    migrateMs,
    bare: {
      startMs: bareRun.startMs,
      startCpuMs: bareRun.startCpuMs,
      rssMb: bareRss,
      healthzMs: median(healthz),
      countMs: median(count),
      scanMs,
    },
    hub: {
      firstStartMs: first.startMs,
      startMs: hubRun.startMs,
      startCpuMs: hubRun.startCpuMs,
      rssAfterStartMb,
      peakRssMb,
      reports,
    },
    bounds,
  };
}

function bound(figure: string, value: number, limit: number, unit: string): Bound {
  return { figure, value, limit, unit, pass: Number.isFinite(value) && value < limit };
}
