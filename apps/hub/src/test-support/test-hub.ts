import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { hallConfigSchema, PROTOCOL_VERSION, type HallConfig, type HallConfigInput } from '@hall/protocol';
import { HallStore } from '@hall/store';
import pino, { type Logger } from 'pino';
import { io as connect, type Socket } from 'socket.io-client';
import { createHub, type Hub } from '../create-hub.ts';
import type { DeskPrinterAddress } from '../guide/desk-printer-address.ts';
import type { SmsSender } from '../sms/sms-sender.ts';
import { ManualClock, HALL_MORNING } from './manual-clock.ts';
import { RecordingSmsSender } from './recording-sms-sender.ts';

const tr = (s: string) => ({ 'zh-Hans': s, 'zh-Hant': s, en: s });

/** A small hall: two zones, three services, a zone window each, a comprehensive and an elderly window. */
export const TEST_HALL: HallConfigInput = {
  hallName: tr('测试大厅'),
  zones: [
    { id: 'medical', names: tr('医保') },
    { id: 'tax', names: tr('税务') },
  ],
  services: [
    { id: 'med-card', names: tr('医保卡'), prefix: 'A', zoneId: 'medical', avgServiceMinutes: 10 },
    { id: 'med-claim', names: tr('报销'), prefix: 'A', zoneId: 'medical', avgServiceMinutes: 20 },
    { id: 'tax-invoice', names: tr('发票'), prefix: 'B', zoneId: 'tax', avgServiceMinutes: 5 },
  ],
  windows: [
    { number: 1, names: tr('1号窗口'), kind: 'zone', zoneId: 'medical', services: ['med-card', 'med-claim'] },
    { number: 2, names: tr('2号窗口'), kind: 'zone', zoneId: 'tax', services: ['tax-invoice'] },
    { number: 3, names: tr('3号窗口'), kind: 'comprehensive', services: 'all' },
    { number: 4, names: tr('4号窗口'), kind: 'elderly-help', services: 'all', lanes: ['elderly'] },
    { number: 5, names: tr('5号窗口 办不成事'), kind: 'complaints', services: ['tax-invoice'] },
  ],
  policy: {
    elderly: { rule: 'ratio', normalPerElderly: 2 },
    recall: { max: 2, cooldownSeconds: 10 },
    noShowMinRecalls: 1,
  },
};

export interface TestHub {
  hub: Hub;
  store: HallStore;
  clock: ManualClock;
  url: string;
  dbPath: string;
  tokens: { admin: string; clerk: string; clerk2: string; lead: string; guide: string; kiosk: string; display: string };
  /** The texts the hub sent (one-time codes, booking codes). */
  sms: RecordingSmsSender;
  /** Stops the hub and closes the database (the files stay, for a restart). */
  stop(): Promise<void>;
  /** Removes the temp folder. */
  cleanup(): void;
}

export interface StartOptions {
  dbPath?: string;
  clock?: ManualClock;
  config?: HallConfigInput;
  /** The hub's logger (tests of what it logs); silent unless HALL_TEST_LOG names a level. */
  log?: Logger;
  /** Where the UIs' builds are (default: a folder that does not exist, so every UI is a placeholder). */
  webRoot?: string;
  /** HALL_TRUSTED_PROXIES, parsed. */
  trustedProxies?: readonly string[];
  /** HALL_CORS_ORIGINS, parsed. */
  corsOrigins?: readonly string[];
  /** Where texts go: a recording fake by default; `null` for a hub without an SMS gateway. */
  sms?: SmsSender | null;
  /** HALL_PUBLIC_URL, parsed. */
  publicUrl?: string;
  /** HALL_GUIDE_PRINTER, parsed (default: the virtual desk printer). */
  guidePrinter?: DeskPrinterAddress;
}

async function loginToken(hub: Hub, username: string, password: string): Promise<string> {
  const r = await hub.accounts.login(username, password);
  if (!r.ok) throw new Error(r.error.message);
  return r.value.token;
}

/** A real hub on a free port with a real SQLite file; credentials for each role. */
export async function startTestHub(o: StartOptions = {}): Promise<TestHub> {
  const dir = o.dbPath ? undefined : mkdtempSync(join(tmpdir(), 'hall-hub-'));
  const dbPath = o.dbPath ?? join(dir ?? '', 'hall.db');
  const clock = o.clock ?? new ManualClock(HALL_MORNING);
  const store = new HallStore(dbPath);
  const hallConfig: HallConfig = hallConfigSchema.parse(o.config ?? TEST_HALL);
  const recorder = new RecordingSmsSender();
  const hub = createHub({
    sms: o.sms === null ? undefined : (o.sms ?? recorder),
    store,
    hallConfig,
    clock,
    log: o.log ?? pino({ level: process.env.HALL_TEST_LOG ?? 'silent' }),
    webRoot: o.webRoot ?? join(tmpdir(), 'no-ui-here'),
    trustedProxies: o.trustedProxies ?? [],
    corsOrigins: o.corsOrigins ?? [],
    printDir: join(dirname(dbPath), 'print-previews'),
    checkResponses: true,
    publicUrl: o.publicUrl,
    guidePrinter: o.guidePrinter,
  });
  await hub.accounts.ensureAdmin('admin-password-1');
  const ensureClerk = async (username: string, permissions: 'call-out-of-order'[] = []) => {
    if (!store.staff.findByUsername(username)) {
      await hub.accounts.createStaff({ username, password: 'clerk-password-1', role: 'clerk', permissions }, 'test');
    }
    return loginToken(hub, username, 'clerk-password-1');
  };
  const ensureGuide = async (username: string) => {
    if (!store.staff.findByUsername(username)) {
      await hub.accounts.createStaff(
        { username, password: 'guide-password-1', role: 'guide', permissions: [] },
        'test',
      );
    }
    return loginToken(hub, username, 'guide-password-1');
  };
  const tokens = {
    admin: await loginToken(hub, 'admin', 'admin-password-1'),
    clerk: await ensureClerk('clerk1'),
    clerk2: await ensureClerk('clerk2'),
    lead: await ensureClerk('lead1', ['call-out-of-order']),
    guide: await ensureGuide('guide1'),
    kiosk: hub.accounts.createDevice({ role: 'kiosk', name: 'kiosk' }, 'test').token,
    display: hub.accounts.createDevice({ role: 'display', name: 'display' }, 'test').token,
  };
  const port = await hub.listen(0, '127.0.0.1');
  return {
    hub,
    store,
    clock,
    url: `http://127.0.0.1:${port}`,
    dbPath,
    tokens,
    sms: recorder,
    stop: async () => {
      await hub.close();
      store.close();
    },
    cleanup: () => {
      if (dir) rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Proves a phone as a citizen does (code texted, code typed): the proof for `X-Phone-Proof`. */
export async function phoneProof(t: TestHub, phone: string): Promise<string> {
  const sent = await api(t.url, '/api/v1/public/phone-codes', { body: { phone } });
  if (sent.status !== 202) throw new Error(`no code sent: ${sent.status} ${JSON.stringify(sent.body)}`);
  const proved = await api(t.url, '/api/v1/public/phone-proofs', { body: { phone, code: t.sms.lastCode(phone) } });
  if (proved.status !== 200) throw new Error(`no proof: ${proved.status} ${JSON.stringify(proved.body)}`);
  return proved.body.proof as string;
}

export interface ApiReply {
  status: number;
  body: Record<string, unknown> & { code?: string; message?: string };
}

export async function api(
  url: string,
  path: string,
  o: { method?: string; token?: string; body?: unknown; proof?: string; headers?: Record<string, string> } = {},
): Promise<ApiReply> {
  const res = await fetch(url + path, {
    method: o.method ?? (o.body === undefined ? 'GET' : 'POST'),
    headers: {
      ...o.headers,
      ...(o.token ? { authorization: `Bearer ${o.token}` } : {}),
      ...(o.proof ? { 'x-phone-proof': o.proof } : {}),
      ...(o.body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    ...(o.body === undefined ? {} : { body: typeof o.body === 'string' ? o.body : JSON.stringify(o.body) }),
  });
  return { status: res.status, body: (await res.json()) as ApiReply['body'] };
}

let counter = 0;
/** A fresh request id for each command. */
export function rid(): string {
  counter += 1;
  return `test-${process.pid}-${counter}`;
}

export function socketFor(
  url: string,
  token: string,
  extra: { lastEventId?: number; protocolVersion?: number } = {},
): Socket {
  return connect(url, {
    transports: ['websocket'],
    reconnection: false,
    auth: {
      token,
      protocolVersion: extra.protocolVersion ?? PROTOCOL_VERSION,
      ...(extra.lastEventId === undefined ? {} : { lastEventId: extra.lastEventId }),
    },
  });
}

export function connected(socket: Socket): Promise<void> {
  return new Promise((resolve, reject) => {
    socket.once('connect', () => resolve());
    socket.once('connect_error', reject);
  });
}

export function emitAck<T = Record<string, unknown>>(socket: Socket, event: string, payload: unknown): Promise<T> {
  return socket.timeout(5_000).emitWithAck(event, payload) as Promise<T>;
}

/** Issues a ticket over HTTP as the kiosk and returns the reply body's ticket. */
export async function issue(t: TestHub, serviceId: string, lane: 'normal' | 'elderly' = 'normal') {
  const r = await api(t.url, '/api/v1/tickets', { token: t.tokens.kiosk, body: { requestId: rid(), serviceId, lane } });
  if (r.status !== 201) throw new Error(`issue failed: ${r.status} ${JSON.stringify(r.body)}`);
  return r.body as unknown as {
    ticket: { id: string; number: string; seq: number };
    peopleAhead: number;
    estimatedWaitMinutes: number;
  };
}

export async function windowAction(
  t: TestHub,
  token: string,
  window: number,
  action: string,
  body: Record<string, unknown> = {},
) {
  return api(t.url, `/api/v1/windows/${window}/${action}`, { token, body: { requestId: rid(), ...body } });
}

/** A logger that keeps every line it writes, parsed, for tests that read the log. */
export function recordingLog(): { log: Logger; lines: Record<string, unknown>[] } {
  const lines: Record<string, unknown>[] = [];
  const log = pino(
    { level: 'debug' },
    { write: (line: string) => lines.push(JSON.parse(line) as Record<string, unknown>) },
  );
  return { log, lines };
}
