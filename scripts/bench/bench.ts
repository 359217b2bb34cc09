/**
 * `pnpm bench`: the hub under load against its bare baseline. See README "Performance".
 *
 *  1. A real hub (apps/hub/dist/main.js, its own process, a fresh SQLite file, the demo hall) and, on the same
 *     load, a bare socket.io server that only acks and broadcasts (its own process).
 *  2. Client processes (2 by default) hold the sockets — active kiosks and counters, wall displays, idle
 *     kiosk and staff screens — and send issue, call-next, start, finish at the given rate (open loop for
 *     kiosks; each counter paces its window).
 *  3. A bare better-sqlite3 insert, one per transaction with the hub's pragmas, at the same commit rate.
 *  4. Prints the figures and their ratios to the baseline, and writes .bench/results.json.
 *
 *  5. The year benchmark (year.ts): a generated year of the demo hall (cached in .bench/history/), the hub's start
 *     and memory on it, every report over the whole year, against a bare better-sqlite3 + node:http process;
 *     PASS/FAIL per bound, and the exit code 1 when one fails.
 *
 * Options: --sockets=1000 --ops=200 --seconds=20 --scale=100,1000,5000 --scale-seconds=10 --workers=2 --quick
 *          --only=sockets|year  --year-days=365 --year-seed=1
 */
import { fork, spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  cpuMsOf,
  httpJson,
  loopback,
  rssMbOf,
  sleep,
  spread,
  type ConnectMsg,
  type SocketSpec,
  type Spread,
  type StartMsg,
  type WorkerResult,
} from './common.ts';
import { yearBench, type YearFigures } from './year.ts';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '../../../..');
const HUB_BUNDLE = join(root, 'apps/hub/dist/main.js');
const DEMO_HALL = join(root, 'apps/hub/config/demo-hall.json');
/** A Wednesday, 10:00 in Asia/Shanghai: inside the demo hall's opening hours once it has them. */
const DEMO_START = '2026-11-25T10:00:00+08:00';
const DEMO = {
  adminPassword: 'demo-admin-2026',
  kioskToken: 'demo-kiosk-token-not-for-production',
  displayToken: 'demo-display-token-not-for-production',
};

function option(name: string, fallback: string): string {
  const hit = process.argv.find((a) => a.startsWith(`--${name}=`));
  return hit ? hit.slice(name.length + 3) : fallback;
}
const quick = process.argv.includes('--quick');
const OPTS = {
  sockets: Number(option('sockets', '1000')),
  ops: Number(option('ops', '200')),
  seconds: Number(option('seconds', quick ? '6' : '20')),
  scale: option('scale', quick ? '100,1000' : '100,1000,5000')
    .split(',')
    .map(Number),
  scaleSeconds: Number(option('scale-seconds', quick ? '4' : '10')),
  workers: Number(option('workers', '2')),
  kiosks: 20,
  warmupMs: 3000,
};

interface DemoWindow {
  number: number;
  kind: string;
  services: string[] | 'all';
}
const hall = JSON.parse(readFileSync(DEMO_HALL, 'utf8')) as { windows: DemoWindow[] };
/** Zone, integrated and cross-province windows: each gets the first service it lists. */
const ACTIVE = hall.windows
  .filter((w) => Array.isArray(w.services) && w.kind !== 'complaints')
  .map((w) => ({ number: w.number, service: (w.services as string[])[0] as string }));

interface Server {
  url: string;
  pid: number;
  stop(): Promise<void>;
  logTail(): string;
}

async function startHub(): Promise<Server> {
  // BENCH_DB_DIR puts the hub's database elsewhere (e.g. /dev/shm, to see what the disk's fsync costs).
  const dir = mkdtempSync(join(process.env.BENCH_DB_DIR ?? tmpdir(), 'hall-bench-'));
  const port = 20000 + Math.floor(Math.random() * 20000);
  const logPath = join(dir, 'hub.log');
  const out = openSync(logPath, 'a');
  // e.g. BENCH_HUB_NODE_ARGS=--cpu-prof to profile the hub under load.
  const nodeArgs = (process.env.BENCH_HUB_NODE_ARGS ?? '').split(' ').filter(Boolean);
  const child = spawn(process.execPath, [...nodeArgs, HUB_BUNDLE], {
    cwd: root,
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '0.0.0.0',
      HALL_DB: join(dir, 'hall.db'),
      HALL_DEMO: '1',
      HALL_DEMO_START: DEMO_START,
      // As a hall runs it: one log line per change, to a file.
      LOG_LEVEL: process.env.BENCH_LOG_LEVEL ?? 'info',
    },
    stdio: ['ignore', out, out],
  });
  const url = `http://127.0.0.1:${port}`;
  const logTail = () => readFileSync(logPath, 'utf8').split('\n').slice(-20).join('\n');
  for (let i = 0; ; i++) {
    if (child.exitCode !== null) throw new Error(`hub exited at start:\n${logTail()}`);
    try {
      if ((await httpJson(url, '/healthz')).status === 200) break;
    } catch {
      // not listening yet
    }
    if (i > 300) throw new Error(`hub did not start:\n${logTail()}`);
    await sleep(50);
  }
  return {
    url,
    pid: child.pid ?? 0,
    logTail,
    // BENCH_KEEP=1 keeps the hub's database and log for a look afterwards.
    stop: () =>
      stopChild(child).then(() => {
        if (process.env.BENCH_KEEP === '1') console.log(`kept ${dir}`);
        else rmSync(dir, { recursive: true, force: true });
      }),
  };
}

async function startBare(): Promise<Server> {
  const child = fork(join(here, 'bare-server.mjs'), [], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const port = await new Promise<number>((resolve) => child.once('message', (m: { port: number }) => resolve(m.port)));
  return { url: `http://127.0.0.1:${port}`, pid: child.pid ?? 0, logTail: () => '', stop: () => stopChild(child) };
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
    setTimeout(() => child.kill('SIGKILL'), 5000).unref();
  });
}

function must<T>(r: { status: number; body: unknown }, what: string): T {
  if (r.status >= 300) throw new Error(`${what}: ${r.status} ${JSON.stringify(r.body)}`);
  return r.body as T;
}

/** Kiosk devices and one clerk per active window, made and logged in as an admin would. */
async function hubCredentials(url: string): Promise<{ kiosks: string[]; clerks: string[] }> {
  let addr = 0;
  const from = () => loopback(200, addr++);
  const admin = must<{ token: string }>(
    await httpJson(url, '/api/v1/auth/login', {
      body: { username: 'admin', password: DEMO.adminPassword },
      localAddress: from(),
    }),
    'admin login',
  ).token;
  const kiosks: string[] = [];
  for (let i = 0; i < OPTS.kiosks; i++) {
    const r = await httpJson(url, '/api/v1/devices', {
      token: admin,
      body: { role: 'kiosk', name: `bench kiosk ${i + 1}` },
      localAddress: from(),
    });
    kiosks.push(must<{ token: string }>(r, 'create kiosk').token);
  }
  const password = 'bench-clerk-password';
  // One clerk after the other: the hub queues password hashing and refuses a burst of logins past its queue
  // (issue 13), as it would 39 clerks logging in at the same instant.
  const clerks: string[] = [];
  for (const w of ACTIVE) {
    const username = `bench-clerk-${w.number}`;
    const a = from();
    must(
      await httpJson(url, '/api/v1/staff', {
        token: admin,
        body: { username, password, role: 'clerk' },
        localAddress: a,
      }),
      'create clerk',
    );
    const login = await httpJson(url, '/api/v1/auth/login', { body: { username, password }, localAddress: a });
    clerks.push(must<{ token: string }>(login, `login ${username}`).token);
  }
  return { kiosks, clerks };
}

interface Mix {
  kiosks: number;
  counters: number;
  displays: number;
  idleKiosks: number;
  idleStaff: number;
}

function socketSpecs(total: number, creds: { kiosks: string[]; clerks: string[] }): { specs: SocketSpec[]; mix: Mix } {
  const specs: SocketSpec[] = [];
  const services = ACTIVE.map((w) => w.service);
  creds.kiosks.forEach((token) => specs.push({ role: 'kiosk', token, localAddress: '', services }));
  ACTIVE.forEach((w, i) =>
    specs.push({ role: 'clerk', token: creds.clerks[i] ?? '', localAddress: '', window: w.number }),
  );
  const rest = Math.max(0, total - specs.length);
  // Of the rest: 60 % wall displays (every call goes to all of them), the others idle kiosk and staff screens.
  const displays = Math.round(rest * 0.6);
  const idleStaff = Math.round((rest - displays) / 2);
  const idleKiosks = rest - displays - idleStaff;
  for (let i = 0; i < displays; i++) specs.push({ role: 'display', token: DEMO.displayToken, localAddress: '' });
  for (let i = 0; i < idleStaff; i++)
    specs.push({ role: 'idle-staff', token: creds.clerks[i % creds.clerks.length] ?? '', localAddress: '' });
  for (let i = 0; i < idleKiosks; i++) specs.push({ role: 'idle-kiosk', token: DEMO.kioskToken, localAddress: '' });
  // At most 25 handshakes per source address: under the hub's burst of 30.
  specs.forEach((s, i) => (s.localAddress = loopback(1, Math.floor(i / 25))));
  return {
    specs,
    mix: { kiosks: creds.kiosks.length, counters: ACTIVE.length, displays, idleKiosks, idleStaff },
  };
}

interface RunFigures {
  server: 'hub' | 'bare';
  sockets: number;
  mix: Mix;
  measuredSeconds: number;
  opsPerSecond: number;
  issueMs: Spread;
  callToAllDisplaysMs: Spread;
  callsNotSeenByEveryDisplay: number;
  errors: Record<string, number>;
  noAck: number;
  disconnects: number;
  serverCpuPercent: number;
  serverRssMb: number;
  serverPeakRssMb: number;
  clientCpuPercent: number;
  connectSeconds: number;
}

async function run(kind: 'hub' | 'bare', total: number, measureMs: number): Promise<RunFigures> {
  const server = kind === 'hub' ? await startHub() : await startBare();
  const workers: ChildProcess[] = [];
  try {
    const creds =
      kind === 'hub'
        ? await hubCredentials(server.url)
        : { kiosks: Array.from({ length: OPTS.kiosks }, () => 'bare'), clerks: ACTIVE.map(() => 'bare') };
    const { specs, mix } = socketSpecs(total, creds);
    for (let w = 0; w < OPTS.workers; w++) {
      workers.push(fork(join(here, 'client-worker.mjs'), [], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] }));
    }
    const next = (w: ChildProcess, type: string) =>
      new Promise<unknown>((resolve, reject) => {
        const on = (m: { type: string; message?: string }) => {
          if (m.type === 'error') reject(new Error(`client worker: ${m.message}`));
          else if (m.type === type) resolve(m);
          else return;
          w.off('message', on);
        };
        w.on('message', on);
      });
    const t0 = Date.now();
    await Promise.all(
      workers.map((w, i) => {
        const msg: ConnectMsg = {
          type: 'connect',
          url: server.url,
          bare: kind === 'bare',
          sockets: specs.filter((_, j) => j % workers.length === i),
        };
        const connected = next(w, 'connected');
        w.send(msg);
        return connected;
      }),
    );
    const connectSeconds = (Date.now() - t0) / 1000;
    const ticketsPerSecond = OPTS.ops / 4;
    const start: StartMsg = {
      type: 'start',
      warmupMs: OPTS.warmupMs,
      measureMs,
      issueEveryMs: (OPTS.kiosks * 1000) / ticketsPerSecond,
      cycleMs: (ACTIVE.length * 1000) / ticketsPerSecond,
    };
    const results = workers.map((w) => next(w, 'result') as Promise<WorkerResult>);
    workers.forEach((w) => w.send(start));
    await sleep(OPTS.warmupMs);
    const cpu0 = cpuMsOf(server.pid);
    let rss = 0;
    const rssTimer = setInterval(() => (rss = Math.max(rss, rssMbOf(server.pid))), 250);
    await sleep(measureMs);
    const cpu1 = cpuMsOf(server.pid);
    clearInterval(rssTimer);
    const peak = rssMbOf(server.pid, 'VmHWM');
    const all = await Promise.all(results);

    const displays = all.reduce((n, r) => n + r.displays, 0);
    const seen = new Map<string, { last: number; count: number }>();
    for (const r of all) {
      for (const [id, last, count] of r.seen) {
        const s = seen.get(id);
        if (s) {
          s.last = Math.max(s.last, last);
          s.count += count;
        } else seen.set(id, { last, count });
      }
    }
    const callMs: number[] = [];
    let notSeen = 0;
    for (const r of all) {
      for (const [id, sent] of r.calls) {
        const s = seen.get(id);
        if (!s || s.count < displays) notSeen += 1;
        else callMs.push(s.last - sent);
      }
    }
    const errors: Record<string, number> = {};
    for (const r of all) for (const [k, v] of Object.entries(r.errors)) errors[k] = (errors[k] ?? 0) + v;
    return {
      server: kind,
      sockets: specs.length,
      mix,
      measuredSeconds: measureMs / 1000,
      opsPerSecond: all.reduce((n, r) => n + r.ops, 0) / (measureMs / 1000),
      issueMs: spread(all.flatMap((r) => r.issueMs)),
      callToAllDisplaysMs: spread(callMs),
      callsNotSeenByEveryDisplay: notSeen,
      errors,
      noAck: all.reduce((n, r) => n + r.noAck, 0),
      disconnects: all.reduce((n, r) => n + r.disconnects, 0),
      serverCpuPercent: ((cpu1 - cpu0) / measureMs) * 100,
      serverRssMb: rss,
      serverPeakRssMb: peak,
      clientCpuPercent: (all.reduce((n, r) => n + r.cpuMs, 0) / measureMs) * 100,
      connectSeconds,
    };
  } catch (err) {
    const tail = server.logTail();
    if (tail) console.error(`--- ${kind} log tail ---\n${tail}`);
    throw err;
  } finally {
    workers.forEach((w) => w.kill('SIGTERM'));
    await server.stop();
  }
}

interface SqliteFigures {
  commitMs: Spread;
  perSecond: number;
  cpuPercent: number;
}

async function sqliteBaseline(perSecond: number, seconds: number): Promise<SqliteFigures> {
  const child = spawn(process.execPath, [join(here, 'bare-sqlite.mjs'), String(perSecond), String(seconds)], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let out = '';
  child.stdout.on('data', (c: Buffer) => (out += c.toString('utf8')));
  await new Promise((resolve) => child.once('close', resolve));
  const r = JSON.parse(out) as { latencies: number[]; cpuMs: number; seconds: number };
  return { commitMs: spread(r.latencies), perSecond, cpuPercent: (r.cpuMs / (r.seconds * 1000)) * 100 };
}

const f1 = (n: number) => (Number.isFinite(n) ? n.toFixed(n >= 100 ? 0 : n >= 10 ? 1 : 2) : '—');
const ratio = (a: number, b: number) => (b > 0 && Number.isFinite(a) ? (a / b).toFixed(2) : '—');

function machine() {
  const cpu = cpus()[0]?.model ?? 'unknown';
  return { nproc: cpus().length, cpu, node: process.version, platform: `${process.platform} ${process.arch}` };
}

async function main(): Promise<void> {
  const only = option('only', '');
  const m = machine();
  let year: YearFigures | null = null;
  if (only !== 'year') await socketBench(m);
  if (only !== 'sockets') {
    year = await yearBench({
      root,
      hubBundle: HUB_BUNDLE,
      bareServer: join(here, 'bare-year-server.mjs'),
      days: Number(option('year-days', '365')),
      seed: Number(option('year-seed', '1')),
    });
    printYear(year, m);
    const out = join(root, '.bench/year-results.json');
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(
      out,
      `${JSON.stringify({ at: new Date().toISOString(), machine: m, loadavg: loadavg(), year }, null, 2)}\n`,
    );
    console.log(`\nwritten: ${out}`);
    if (year.bounds.some((b) => !b.pass)) process.exitCode = 1;
  }
}

function printYear(y: YearFigures, m: ReturnType<typeof machine>): void {
  console.log(
    `\nyear benchmark: ${y.tickets.toLocaleString('en')} tickets, ${y.events.toLocaleString('en')} events, ` +
      `${(y.dbMb / 1024).toFixed(1)} GiB (${y.dbPath}); ${m.nproc} cores, load ${loadavg()
        .map((l) => l.toFixed(1))
        .join(' ')}` +
      (y.generatedSeconds === null ? ' (cached)' : `; generated in ${y.generatedSeconds.toFixed(0)} s`),
  );
  console.log(
    'baseline: a bare Node process opening the same file with better-sqlite3 and answering node:http ' +
      '(fixed JSON; SELECT count(*) FROM tickets; a GROUP BY over every ticket row)\n',
  );
  const rows: string[][] = [['figure', 'hub', 'baseline', 'hub / baseline']];
  rows.push([
    'CPU time used by the start → /healthz (ms)',
    f1(y.hub.startCpuMs),
    f1(y.bare.startCpuMs),
    ratio(y.hub.startCpuMs, y.bare.startCpuMs),
  ]);
  rows.push([
    'start → /healthz, first of the run (ms)',
    f1(y.hub.firstStartMs),
    f1(y.bare.startMs),
    ratio(y.hub.firstStartMs, y.bare.startMs),
  ]);
  rows.push(['start → /healthz (ms)', f1(y.hub.startMs), f1(y.bare.startMs), ratio(y.hub.startMs, y.bare.startMs)]);
  rows.push([
    'RSS after start (MB)',
    f1(y.hub.rssAfterStartMb),
    f1(y.bare.rssMb),
    ratio(y.hub.rssAfterStartMb, y.bare.rssMb),
  ]);
  rows.push([
    'RSS peak after every report (MB)',
    f1(y.hub.peakRssMb),
    f1(y.bare.rssMb),
    ratio(y.hub.peakRssMb, y.bare.rssMb),
  ]);
  rows.push(['bare GET fixed JSON (ms)', '', f1(y.bare.healthzMs), '']);
  rows.push(['bare SELECT count(*) FROM tickets over HTTP (ms)', '', f1(y.bare.countMs), '']);
  rows.push(['bare GROUP BY over every ticket row over HTTP (ms)', '', f1(y.bare.scanMs), '']);
  for (const r of y.hub.reports) {
    const name = r.path.replace(/^\/api\/v1\/reports\//, '').replace(/from=[^&]+&to=[^&]+&?/, '');
    rows.push([
      `${name} first / again (ms)${r.status === 200 ? '' : ` → ${r.status}`}`,
      `${f1(r.coldMs)} / ${f1(r.warmMs)}`,
      f1(y.bare.countMs),
      ratio(r.coldMs, y.bare.countMs),
    ]);
  }
  printTable(rows);
  console.log('');
  for (const b of y.bounds) {
    console.log(`${b.pass ? 'PASS' : 'FAIL'}  ${b.figure}: ${f1(b.value)} ${b.unit} (bound < ${b.limit} ${b.unit})`);
  }
}

async function socketBench(m: ReturnType<typeof machine>): Promise<void> {
  console.log(`hall bench: ${m.nproc} cores (${m.cpu}), Node ${m.node}; ${OPTS.sockets} sockets, ${OPTS.ops} ops/s`);
  console.log(
    `load: issue, call-next, start, finish (${OPTS.ops / 4} tickets/s), ${OPTS.kiosks} kiosks, ${ACTIVE.length} ` +
      `counters; ${OPTS.workers} client processes on the same machine; ${OPTS.seconds} s measured after ${OPTS.warmupMs / 1000} s warm-up`,
  );
  const sqlite = await sqliteBaseline(OPTS.ops, Math.min(OPTS.seconds, 10));
  const hub = await run('hub', OPTS.sockets, OPTS.seconds * 1000);
  const bare = await run('bare', OPTS.sockets, OPTS.seconds * 1000);

  const base = {
    issue: {
      p50: bare.issueMs.p50 + sqlite.commitMs.p50,
      p99: bare.issueMs.p99 + sqlite.commitMs.p99,
      max: bare.issueMs.max + sqlite.commitMs.max,
    },
    call: {
      p50: bare.callToAllDisplaysMs.p50 + sqlite.commitMs.p50,
      p99: bare.callToAllDisplaysMs.p99 + sqlite.commitMs.p99,
      max: bare.callToAllDisplaysMs.max + sqlite.commitMs.max,
    },
  };
  const lines: string[][] = [['figure', 'hub', 'bare socket.io', 'bare SQLite commit', 'baseline', 'hub / baseline']];
  for (const q of ['p50', 'p99', 'max'] as const) {
    lines.push([
      `issue → ack ${q} (ms)`,
      f1(hub.issueMs[q]),
      f1(bare.issueMs[q]),
      f1(sqlite.commitMs[q]),
      f1(base.issue[q]),
      ratio(hub.issueMs[q], base.issue[q]),
    ]);
  }
  for (const q of ['p50', 'p99', 'max'] as const) {
    lines.push([
      `call → every display ${q} (ms)`,
      f1(hub.callToAllDisplaysMs[q]),
      f1(bare.callToAllDisplaysMs[q]),
      f1(sqlite.commitMs[q]),
      f1(base.call[q]),
      ratio(hub.callToAllDisplaysMs[q], base.call[q]),
    ]);
  }
  const cpuBase = bare.serverCpuPercent + sqlite.cpuPercent;
  lines.push([
    'server CPU (% of one core)',
    f1(hub.serverCpuPercent),
    f1(bare.serverCpuPercent),
    f1(sqlite.cpuPercent),
    f1(cpuBase),
    ratio(hub.serverCpuPercent, cpuBase),
  ]);
  lines.push([
    'server RSS peak (MB)',
    f1(hub.serverPeakRssMb),
    f1(bare.serverPeakRssMb),
    '',
    f1(bare.serverPeakRssMb),
    ratio(hub.serverPeakRssMb, bare.serverPeakRssMb),
  ]);
  lines.push(['ops/s achieved', f1(hub.opsPerSecond), f1(bare.opsPerSecond), f1(sqlite.perSecond), '', '']);
  lines.push(['client CPU (% of one core)', f1(hub.clientCpuPercent), f1(bare.clientCpuPercent), '', '', '']);
  console.log(`\nsockets: ${JSON.stringify(hub.mix)}`);
  console.log(
    'baseline = bare socket.io figure + bare SQLite commit figure (one insert per transaction, WAL, synchronous=FULL)\n',
  );
  printTable(lines);
  for (const r of [hub, bare]) {
    const errs =
      Object.entries(r.errors)
        .map(([k, v]) => `${k} ${v}`)
        .join(', ') || 'none';
    console.log(
      `${r.server}: refusals ${errs}; no ack ${r.noAck}; calls not seen by every display ${r.callsNotSeenByEveryDisplay}; disconnects ${r.disconnects}; sockets connected in ${r.connectSeconds.toFixed(1)} s`,
    );
  }

  const scale: Array<{ sockets: number; hub: RunFigures; bare: RunFigures }> = [];
  for (const n of OPTS.scale) {
    if (n === OPTS.sockets && OPTS.seconds * 1000 >= OPTS.scaleSeconds * 1000) {
      scale.push({ sockets: n, hub, bare });
      continue;
    }
    console.log(`\nscale run: ${n} sockets, ${OPTS.scaleSeconds} s…`);
    scale.push({
      sockets: n,
      hub: await run('hub', n, OPTS.scaleSeconds * 1000),
      bare: await run('bare', n, OPTS.scaleSeconds * 1000),
    });
  }
  const rows: string[][] = [
    [
      'sockets',
      'issue p50 / p99',
      'call→displays p50 / p99',
      'hub CPU %',
      'hub RSS MB',
      'bare issue p99',
      'bare call p99',
      'ops/s',
      'issue p99 ratio',
      'call p99 ratio',
    ],
  ];
  for (const s of scale) {
    rows.push([
      String(s.sockets),
      `${f1(s.hub.issueMs.p50)} / ${f1(s.hub.issueMs.p99)}`,
      `${f1(s.hub.callToAllDisplaysMs.p50)} / ${f1(s.hub.callToAllDisplaysMs.p99)}`,
      f1(s.hub.serverCpuPercent),
      f1(s.hub.serverPeakRssMb),
      f1(s.bare.issueMs.p99),
      f1(s.bare.callToAllDisplaysMs.p99),
      f1(s.hub.opsPerSecond),
      ratio(s.hub.issueMs.p99, s.bare.issueMs.p99 + sqlite.commitMs.p99),
      ratio(s.hub.callToAllDisplaysMs.p99, s.bare.callToAllDisplaysMs.p99 + sqlite.commitMs.p99),
    ]);
  }
  console.log('\nhow the figures grow with the number of connected sockets (ms unless said):\n');
  printTable(rows);

  const out = join(root, '.bench/results.json');
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(
    out,
    `${JSON.stringify({ at: new Date().toISOString(), machine: m, loadavg: loadavg(), options: OPTS, sqlite, hub, bare, baseline: base, scale }, null, 2)}\n`,
  );
  console.log(`\nwritten: ${out}`);
}

function printTable(rows: string[][]): void {
  const widths = rows[0]?.map((_, c) => Math.max(...rows.map((r) => (r[c] ?? '').length))) ?? [];
  for (const r of rows)
    console.log(r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c] ?? 0) : cell.padStart(widths[c] ?? 0))).join('  '));
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? (err.stack ?? err.message) : err);
  process.exit(1);
});
