/**
 * Keeps the kiosk page alive: a renderer that crashed (`render-process-gone`) or hung (`unresponsive`
 * for longer than a grace period) is reloaded after a short delay; after `maxCrashes` within `windowMs`
 * the kiosk gives up and shows an error page for staff instead of reload-looping. Pure state machine:
 * time comes from `now()`, and index.ts runs the returned actions with real timers.
 */

export interface WatchdogOptions {
  now: () => number;
  /** Crashes (and hangs) counted within `windowMs` before giving up. */
  maxCrashes?: number;
  windowMs?: number;
  reloadDelayMs?: number;
  /** How long a page may stay unresponsive before it counts as a crash. */
  unresponsiveGraceMs?: number;
}

export type WatchdogAction =
  | { kind: 'none' }
  /** Reload the page after `delayMs`; `forceCrash`: kill the hung renderer first. */
  | { kind: 'reload'; delayMs: number; forceCrash: boolean }
  /** Call `checkUnresponsive()` after `delayMs`. */
  | { kind: 'check-later'; delayMs: number }
  /** Stop reloading; show the error page. */
  | { kind: 'give-up'; crashes: number };

export class Watchdog {
  readonly maxCrashes: number;
  readonly windowMs: number;
  readonly reloadDelayMs: number;
  readonly unresponsiveGraceMs: number;
  readonly #now: () => number;
  #crashes: number[] = [];
  #unresponsiveSince: number | null = null;
  #gaveUp = false;

  constructor(options: WatchdogOptions) {
    this.#now = options.now;
    this.maxCrashes = options.maxCrashes ?? 3;
    this.windowMs = options.windowMs ?? 5 * 60_000;
    this.reloadDelayMs = options.reloadDelayMs ?? 2_000;
    this.unresponsiveGraceMs = options.unresponsiveGraceMs ?? 15_000;
  }

  get gaveUp(): boolean {
    return this.#gaveUp;
  }

  /** Crashes counted in the current window. */
  get recentCrashes(): number {
    this.#prune();
    return this.#crashes.length;
  }

  #prune(): void {
    const since = this.#now() - this.windowMs;
    this.#crashes = this.#crashes.filter((t) => t > since);
  }

  #count(forceCrash: boolean): WatchdogAction {
    if (this.#gaveUp) return { kind: 'none' };
    this.#crashes.push(this.#now());
    this.#prune();
    if (this.#crashes.length >= this.maxCrashes) {
      this.#gaveUp = true;
      return { kind: 'give-up', crashes: this.#crashes.length };
    }
    return { kind: 'reload', delayMs: this.reloadDelayMs, forceCrash };
  }

  /** `render-process-gone`: every reason counts, even 'clean-exit' (the kiosk page never exits on its own). */
  onRenderProcessGone(_reason: string): WatchdogAction {
    this.#unresponsiveSince = null;
    return this.#count(false);
  }

  /** `unresponsive`: wait the grace period, the page may recover (`responsive`). */
  onUnresponsive(): WatchdogAction {
    if (this.#gaveUp) return { kind: 'none' };
    if (this.#unresponsiveSince !== null) return { kind: 'none' };
    this.#unresponsiveSince = this.#now();
    return { kind: 'check-later', delayMs: this.unresponsiveGraceMs };
  }

  onResponsive(): void {
    this.#unresponsiveSince = null;
  }

  /** After the grace period: still hung → counts as a crash; recovered → nothing. */
  checkUnresponsive(): WatchdogAction {
    const since = this.#unresponsiveSince;
    if (since === null || this.#now() - since < this.unresponsiveGraceMs) return { kind: 'none' };
    this.#unresponsiveSince = null;
    return this.#count(true);
  }

  /** Staff restarted the page (or the app): start counting afresh. */
  reset(): void {
    this.#crashes = [];
    this.#unresponsiveSince = null;
    this.#gaveUp = false;
  }
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * A self-contained error page as a data: URL (no script, nothing loaded), for staff: the kiosk gave up
 * reloading, or its config is broken. `detail` must not contain secrets (the caller never passes the token).
 */
export function errorPageUrl(title: string, detail: string): string {
  const html =
    '<!doctype html><html lang="zh-CN"><head><meta charset="utf-8">' +
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">` +
    `<title>${escapeHtml(title)}</title><style>body{font-family:sans-serif;margin:10vh 10vw;font-size:28px}` +
    'pre{font-size:18px;white-space:pre-wrap;color:#555}</style></head><body>' +
    `<h1>暂停服务 · Out of service</h1><p>${escapeHtml(title)}</p><p>请联系工作人员。Please ask staff.</p>` +
    `<pre>${escapeHtml(detail)}</pre></body></html>`;
  return `data:text/html;charset=utf-8,${encodeURIComponent(html)}`;
}
