import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deskPrinterAddressOf, type DeskPrinterAddress } from '../guide/desk-printer-address.ts';
import { corsOriginsOf, trustedProxiesOf } from './network-list.ts';

/** The repository root, whether the hub runs from source (src/config) or from its bundle (dist). */
function findRepoRoot(start: string): string {
  let dir = start;
  while (!existsSync(join(dir, 'pnpm-workspace.yaml'))) {
    const parent = dirname(dir);
    if (parent === dir) return process.cwd();
    dir = parent;
  }
  return dir;
}

const repoRoot = findRepoRoot(fileURLToPath(new URL('.', import.meta.url)));

export interface HubEnv {
  port: number;
  host: string;
  dbPath: string;
  configPath: string;
  adminPassword: string | undefined;
  /** Set the admin password from HALL_ADMIN_PASSWORD even though the admin exists (lost password). */
  resetAdmin: boolean;
  /**
   * Seed demo clerks and device tokens into a fresh database (the README's start command sets it). Without it, a
   * database the published demo credentials still open is refused at start (demo-credentials-check.ts).
   */
  demo: boolean;
  /** Folder holding `<ui>/dist` web builds (kiosk, counter, display, admin). */
  webRoot: string;
  logLevel: string;
  /** Where browser kiosks' virtual printers write tickets (bytes and PNG previews). */
  printDir: string;
  /** Demo only: the hall clock starts at this instant and runs on in real time (try the evening at noon). */
  demoStart: number | undefined;
  /** Reverse proxies whose X-Forwarded-For names the client (HALL_TRUSTED_PROXIES); empty: the header is ignored. */
  trustedProxies: string[];
  /** Portal origins that may call the public routes from a browser (HALL_CORS_ORIGINS); empty: no CORS. */
  corsOrigins: string[];
  /** The SMS gateway that texts one-time codes (HALL_SMS_URL, an http(s) URL); none: no public booking outside the demo. */
  smsUrl: string | undefined;
  /** Sent to the gateway as a bearer token (HALL_SMS_TOKEN). */
  smsToken: string | undefined;
  /**
   * Where phones reach the hall's pages (HALL_PUBLIC_URL, an http(s) URL, no trailing slash): the QR code on a
   * ticket links to `<publicUrl>/t/<code>`. None: the hub's own address, as the kiosk knows it.
   */
  publicUrl: string | undefined;
  /** The guidance desk's printer (HALL_GUIDE_PRINTER: `tcp://host:9100`, or `virtual`, the default). */
  guidePrinter: DeskPrinterAddress;
}

function httpUrlOf(name: string, raw: string | undefined): URL | undefined {
  if (raw === undefined || raw === '') return undefined;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`${name} must be an http or https URL, got "${raw}"`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new Error(`${name} must be an http or https URL, got "${raw}"`);
  }
  return url;
}

function publicUrlOf(raw: string | undefined): string | undefined {
  const url = httpUrlOf('HALL_PUBLIC_URL', raw);
  // A query or fragment would end up in front of `/t/<code>` and break every ticket's link.
  if (url && (url.search !== '' || url.hash !== ''))
    throw new Error(`HALL_PUBLIC_URL must have no query or fragment, got "${raw}"`);
  return url?.href.replace(/\/+$/, '');
}

function demoStartOf(raw: string | undefined, demo: boolean): number | undefined {
  if (raw === undefined || raw === '') return undefined;
  // A real hall must never run on a made-up clock: numbers and day closes follow the real time.
  if (!demo) throw new Error('HALL_DEMO_START is for the demo hall only (set HALL_DEMO=1)');
  const at = Date.parse(raw);
  if (Number.isNaN(at))
    throw new Error(`HALL_DEMO_START must be an ISO date-time such as 2026-11-25T17:40+08:00, got "${raw}"`);
  return at;
}

function positiveInt(name: string, raw: string | undefined, fallback: number): number {
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0 || n > 65535) throw new Error(`${name} must be a port number, got "${raw}"`);
  return n;
}

export const DEMO_CONFIG_PATH = resolve(repoRoot, 'apps/hub/config/demo-hall.json');

export function readEnv(env: NodeJS.ProcessEnv = process.env): HubEnv {
  return {
    port: positiveInt('PORT', env.PORT, 8080),
    host: env.HOST ?? '0.0.0.0',
    dbPath: resolve(env.HALL_DB ?? './data/hall.db'),
    configPath: resolve(env.HALL_CONFIG ?? DEMO_CONFIG_PATH),
    adminPassword: env.HALL_ADMIN_PASSWORD || undefined,
    resetAdmin: env.HALL_RESET_ADMIN === '1',
    demo: env.HALL_DEMO === '1',
    webRoot: resolve(env.HALL_WEB_ROOT ?? resolve(repoRoot, 'apps')),
    logLevel: env.LOG_LEVEL ?? 'info',
    printDir: resolve(env.HALL_PRINT_DIR ?? join(dirname(resolve(env.HALL_DB ?? './data/hall.db')), 'print-previews')),
    demoStart: demoStartOf(env.HALL_DEMO_START, env.HALL_DEMO === '1'),
    trustedProxies: trustedProxiesOf(env.HALL_TRUSTED_PROXIES),
    corsOrigins: corsOriginsOf(env.HALL_CORS_ORIGINS),
    smsUrl: httpUrlOf('HALL_SMS_URL', env.HALL_SMS_URL)?.href,
    smsToken: env.HALL_SMS_TOKEN || undefined,
    publicUrl: publicUrlOf(env.HALL_PUBLIC_URL),
    guidePrinter: deskPrinterAddressOf(env.HALL_GUIDE_PRINTER),
  };
}
