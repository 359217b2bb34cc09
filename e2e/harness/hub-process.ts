import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { hallAt } from './hall-dates.ts';
import { HUB_BUNDLE, REPO_ROOT } from './paths.ts';

export interface HubProcess {
  url: string;
  port: number;
  dbPath: string;
  child: ChildProcess;
  /** Sends a signal and returns at once; await `exited` to know it is gone. */
  kill(signal?: NodeJS.Signals): void;
  /**
   * SIGTERM (the hub's clean stop), then waits for the exit; removes the temp dir if startHub made it, unless
   * `keepFiles` (another hub goes on with the database). A hub still running `STOP_LIMIT_MS` after SIGTERM is
   * killed and the call fails with its last output: a hub that does not stop is a fault, never a long wait.
   */
  stop(o?: { keepFiles?: boolean }): Promise<number | null>;
  /** The exit code, or null when a signal ended the process. */
  exited: Promise<number | null>;
  /** The last lines the hub printed (stdout and stderr), for error messages. */
  output(): string;
}

export interface StartHubOptions {
  /** Reuse a database file (e.g. to restart after a crash); otherwise a fresh temp dir holds one. */
  dbPath?: string;
  /** Listen on this port (e.g. a restart that browsers bound to the old origin must find again); else a free one. */
  port?: number;
  env?: Record<string, string>;
  readyTimeoutMs?: number;
  /**
   * The hub process's own system clock starts at this instant and runs on (libfaketime). For a hub that must
   * run on the real clock (no demo) yet at a known hall time, whatever day and hour the tests run at.
   */
  machineTime?: number;
}

export const LIBFAKETIME_CANDIDATES = [
  '/usr/lib/x86_64-linux-gnu/faketime/libfaketime.so.1',
  '/usr/lib/aarch64-linux-gnu/faketime/libfaketime.so.1',
];

/** The environment that starts a process's system clock at `at` (UTC), through Debian's libfaketime. */
function faketimeEnv(at: number): Record<string, string> {
  const lib = LIBFAKETIME_CANDIDATES.find((p) => existsSync(p));
  if (!lib) throw new Error('libfaketime is missing: apt-get install faketime (npm test installs it)');
  const utc = new Date(at).toISOString().slice(0, 19).replace('T', ' ');
  return { LD_PRELOAD: lib, FAKETIME: `@${utc}`, FAKETIME_DONT_FAKE_MONOTONIC: '1', TZ: 'UTC' };
}

const TAIL_LINES = 80;

/** The hub exits by itself 10 s after SIGTERM at the latest (apps/hub/src/main.ts); this leaves it some slack. */
const STOP_LIMIT_MS = 15_000;

/**
 * The hall time e2e hubs run at unless a test says otherwise: a Wednesday morning, every service open,
 * whatever hour the tests really run at. It moves on with real time from when this module loaded, so
 * a hub restarted on the same database carries on where it was instead of going back in time.
 */
export const E2E_HALL_START = hallAt('10:00');
const loadedAt = Date.now();

/** `HALL_DEMO_START` for a hub started now, so that its clock reads `hallStart` + time since load. */
export function demoStartFor(hallStart: number = E2E_HALL_START): string {
  return new Date(hallStart + (Date.now() - loadedAt)).toISOString();
}

/**
 * Ports handed out in this test run, one folder each, across the test workers: a hub that stops and restarts
 * on its port (the display and crash tests) must not find it taken by another test's new hub meanwhile.
 * The global setup makes a folder for the run (`HALL_E2E_PORTS`, which the workers inherit), so two test
 * runs on one machine do not share it.
 */
export function portReservations(): string {
  return process.env.HALL_E2E_PORTS ?? join(tmpdir(), 'hall-e2e-ports');
}

/** A free port no other test of this run was given: the OS's pick, reserved by creating its folder. */
export async function freePort(): Promise<number> {
  const folder = portReservations();
  mkdirSync(folder, { recursive: true });
  for (;;) {
    const port = await osFreePort();
    try {
      mkdirSync(join(folder, String(port)));
      return port;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    }
  }
}

/** A port that was free a moment ago: listen on port 0, read what the OS gave, close. */
function osFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const address = srv.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      srv.close(() => (port > 0 ? resolve(port) : reject(new Error('could not read a free port'))));
    });
  });
}

export function makeTempDir(label = 'hall-e2e-'): string {
  return mkdtempSync(join(tmpdir(), label));
}

/** Starts `node apps/hub/dist/main.js` (built by the global setup) and waits until /healthz answers. */
export async function startHub(opts: StartHubOptions = {}): Promise<HubProcess> {
  const ownDir = opts.dbPath === undefined ? makeTempDir() : undefined;
  const dbPath = opts.dbPath ?? join(ownDir ?? '', 'hall.db');
  const port = opts.port ?? (await freePort());
  const url = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, [HUB_BUNDLE], {
    cwd: REPO_ROOT,
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      HALL_DB: dbPath,
      HALL_DEMO: '1',
      // Only a demo hub may run on the demo clock; a test that turns the demo off runs on real time.
      ...(opts.env?.HALL_DEMO === '0' ? {} : { HALL_DEMO_START: demoStartFor() }),
      LOG_LEVEL: 'warn',
      ...(opts.machineTime === undefined ? {} : faketimeEnv(opts.machineTime)),
      ...opts.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });

  const tail: string[] = [];
  const keep = (stream: string) => (chunk: Buffer) => {
    for (const line of chunk.toString('utf8').split('\n')) {
      if (line.trim() === '') continue;
      tail.push(`[${stream}] ${line}`);
      if (tail.length > TAIL_LINES) tail.shift();
    }
  };
  child.stdout?.on('data', keep('stdout'));
  child.stderr?.on('data', keep('stderr'));
  const output = () => tail.join('\n');

  let exitCode: number | null | undefined;
  // 'close', not 'exit': it comes after the output pipes are drained, so the tail holds the last words.
  const exited = new Promise<number | null>((resolve) => {
    child.once('close', (code) => {
      exitCode = code;
      resolve(code);
    });
  });

  const kill = (signal: NodeJS.Signals = 'SIGTERM') => {
    if (exitCode === undefined) child.kill(signal);
  };
  const stop = async (o: { keepFiles?: boolean } = {}) => {
    kill('SIGTERM');
    let timer: ReturnType<typeof setTimeout> | undefined;
    const late = new Promise<'late'>((r) => (timer = setTimeout(() => r('late'), STOP_LIMIT_MS)));
    const code = await Promise.race([exited, late]);
    clearTimeout(timer);
    if (code === 'late') {
      kill('SIGKILL');
      await exited;
      throw new Error(
        `hub on port ${port} (pid ${child.pid}) was still running ${STOP_LIMIT_MS} ms after SIGTERM; killed it\n` +
          `--- hub output (last lines) ---\n${output()}`,
      );
    }
    if (ownDir && !o.keepFiles) rmSync(ownDir, { recursive: true, force: true });
    return code;
  };

  try {
    await waitForHealth(url, opts.readyTimeoutMs ?? 15_000, () => exitCode, child.pid);
  } catch (err) {
    kill('SIGKILL');
    await exited;
    if (ownDir) rmSync(ownDir, { recursive: true, force: true });
    const why = err instanceof Error ? err.message : String(err);
    throw new Error(`hub on port ${port} did not become ready: ${why}\n--- hub output (last lines) ---\n${output()}`);
  }
  return { url, port, dbPath, child, kill, stop, exited, output };
}

/** Until this process's hub answers: another process answering on the port (a port clash) does not count. */
async function waitForHealth(
  url: string,
  timeoutMs: number,
  exitCode: () => number | null | undefined,
  pid: number | undefined,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const code = exitCode();
    if (code !== undefined) throw new Error(`it exited with code ${code}`);
    try {
      const res = await fetch(`${url}/healthz`, { signal: AbortSignal.timeout(1_000) });
      const body = (await res.json()) as { pid?: number };
      if (res.status === 200 && body.pid === pid) return;
    } catch {
      // Not listening yet: poll again.
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`no 200 from /healthz within ${timeoutMs} ms`);
}
