/** Shared by the benchmark coordinator and its client workers: messages, timing, figures. */
import { readFileSync } from 'node:fs';
import { request } from 'node:http';

export type SocketRole = 'kiosk' | 'clerk' | 'display' | 'idle-kiosk' | 'idle-staff';

export interface SocketSpec {
  role: SocketRole;
  token: string;
  /** A loopback source address: the hub allows 30 handshakes per address in a burst. */
  localAddress: string;
  /** Clerks: the window they hold. */
  window?: number;
  /** Kiosks: the services they issue for, in turn. */
  services?: string[];
}

export interface ConnectMsg {
  type: 'connect';
  url: string;
  /** The bare server is told each socket's role in the query; the hub learns it from the token. */
  bare: boolean;
  sockets: SocketSpec[];
}

export interface StartMsg {
  type: 'start';
  warmupMs: number;
  measureMs: number;
  /** Mean gap between two issues at one kiosk (open loop: sent on time whether or not the last was answered). */
  issueEveryMs: number;
  /** One ticket cycle at a window: call-next, start, finish, a third of it apart. */
  cycleMs: number;
}

export interface WorkerResult {
  type: 'result';
  issueMs: number[];
  /** [ticket id, when call-next was sent] for calls sent in the measured window. */
  calls: Array<[string, number]>;
  /** [ticket id, latest arrival at one of this worker's displays, how many of them got it]. */
  seen: Array<[string, number, number]>;
  displays: number;
  ops: number;
  errors: Record<string, number>;
  noAck: number;
  disconnects: number;
  cpuMs: number;
}

/** Milliseconds on CLOCK_MONOTONIC, which every process of the machine shares. */
export function nowMs(): number {
  return Number(process.hrtime.bigint()) / 1e6;
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, Math.max(0, ms)));
}

export interface Spread {
  n: number;
  p50: number;
  p99: number;
  max: number;
}

export function spread(values: number[]): Spread {
  const v = [...values].sort((a, b) => a - b);
  const at = (q: number) => v[Math.min(v.length - 1, Math.max(0, Math.ceil(q * v.length) - 1))] ?? NaN;
  return { n: v.length, p50: at(0.5), p99: at(0.99), max: v.at(-1) ?? NaN };
}

/** utime + stime of a process in ms, from /proc. */
export function cpuMsOf(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  // After the name: state is field 3, so utime (14) and stime (15) sit at 11 and 12.
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
}

/** Resident set size of a process in MB, from /proc. */
export function rssMbOf(pid: number, field: 'VmRSS' | 'VmHWM' = 'VmRSS'): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const m = new RegExp(`${field}:\\s+(\\d+) kB`).exec(status);
  return m ? Number(m[1]) / 1024 : NaN;
}

export interface HttpReply {
  status: number;
  body: unknown;
}

/** One JSON call over node:http, from a chosen loopback address (the hub rate-limits per address). */
export function httpJson(
  url: string,
  path: string,
  o: { method?: string; token?: string; body?: unknown; localAddress?: string } = {},
): Promise<HttpReply> {
  return new Promise((resolve, reject) => {
    const payload = o.body === undefined ? undefined : JSON.stringify(o.body);
    const req = request(
      `${url}${path}`,
      {
        method: o.method ?? (payload === undefined ? 'GET' : 'POST'),
        localAddress: o.localAddress,
        headers: {
          ...(o.token ? { authorization: `Bearer ${o.token}` } : {}),
          ...(payload === undefined ? {} : { 'content-type': 'application/json' }),
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          resolve({ status: res.statusCode ?? 0, body: text === '' ? undefined : (JSON.parse(text) as unknown) });
        });
      },
    );
    req.on('error', reject);
    req.end(payload);
  });
}

/** The n-th loopback source address of a block: 127.0.<block>.<1..250>, then the next block. */
export function loopback(block: number, n: number): string {
  return `127.0.${block + Math.floor(n / 250)}.${(n % 250) + 1}`;
}
