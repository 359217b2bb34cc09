import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { REPO_ROOT } from './paths.ts';

/** Debian's and Chrome's usual places; playwright's own browser download is never used here. */
const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
];

export function chromiumPath(): string {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`CHROMIUM_PATH is set to ${fromEnv}, which does not exist`);
    return fromEnv;
  }
  const found = CANDIDATES.find((p) => existsSync(p));
  if (!found) {
    throw new Error(
      "no Chromium found: install Debian's chromium (apt-get install chromium fonts-noto-cjk) or set CHROMIUM_PATH",
    );
  }
  return found;
}

/**
 * The browser's environment: the test run's, less libfaketime. A run with the machine's clock moved
 * (`faketime`, see the README) moves the hubs and the test code; Chromium's zygote does not start under
 * libfaketime, so the browsers keep the real clock, as a hall PC whose clock is off would.
 */
function browserEnv(): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(process.env)) {
    if (v === undefined || k.startsWith('FAKETIME')) continue;
    if (k === 'LD_PRELOAD' && v.includes('faketime')) continue;
    env[k] = v;
  }
  return env;
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath(), args: ARGS, env: browserEnv() });
}

/** Where a test keeps a screenshot as an artefact (.e2e-artifacts is git-ignored). */
export function screenshotPath(name: string): string {
  const dir = join(REPO_ROOT, '.e2e-artifacts', 'screenshots');
  mkdirSync(dir, { recursive: true });
  return join(dir, name.endsWith('.png') ? name : `${name}.png`);
}
