/**
 * Lock-down rules for the kiosk's web contents, as plain functions (no 'electron' import) so they are
 * tested under Node; index.ts installs them on every web contents and on the default session.
 */

/**
 * The app's own origin: in production the `file://` URL of the built renderer directory (ending in "/"),
 * in development the electron-vite dev server's origin (`ELECTRON_RENDERER_URL`).
 */
export type AppOrigin = string;

export function appOriginOf(input: { devServerUrl?: string | undefined; rendererDirUrl: string }): AppOrigin {
  if (input.devServerUrl) return new URL(input.devServerUrl).origin;
  const dir = new URL(input.rendererDirUrl);
  if (dir.protocol !== 'file:') throw new Error(`renderer directory must be a file:// URL, got ${dir.href}`);
  return dir.href.endsWith('/') ? dir.href : `${dir.href}/`;
}

/** True for URLs of the app itself: under the renderer directory (file://) or on the dev server's origin. */
export function isAppUrl(url: string, appOrigin: AppOrigin): boolean {
  let target: URL;
  try {
    target = new URL(url);
  } catch {
    return false;
  }
  if (appOrigin.startsWith('file://')) {
    if (target.protocol !== 'file:' || target.host !== new URL(appOrigin).host) return false;
    // URL parsing has already resolved "..", "%2e%2e" and "\"; encoded separators and NULs could still
    // climb out once the file loader decodes them, so they are refused outright.
    if (/%2f|%5c|%00/i.test(target.pathname)) return false;
    return target.pathname.startsWith(new URL(appOrigin).pathname);
  }
  return target.origin === appOrigin;
}

/** The renderer may only navigate within the app; everything else (hub pages, web, file system) is blocked. */
export function isAllowedNavigation(url: string, appOrigin: AppOrigin): boolean {
  return isAppUrl(url, appOrigin);
}

/** For `webContents.setWindowOpenHandler`: no pop-ups, ever (links with target=_blank included). */
export function denyWindowOpen(): { action: 'deny' } {
  return { action: 'deny' };
}

/** For `session.setPermissionRequestHandler`: camera, microphone, geolocation, notifications … all denied. */
export function denyPermissionRequest(
  _webContents: unknown,
  _permission: string,
  callback: (ok: boolean) => void,
): void {
  callback(false);
}

/** For `session.setPermissionCheckHandler` and `setDevicePermissionHandler`: nothing is granted. */
export function denyPermissionCheck(): boolean {
  return false;
}

/** The fields of Electron's `Input` (before-input-event) that the key filter reads. */
export interface KeyInput {
  type: string;
  key: string;
  code?: string;
  control: boolean;
  alt: boolean;
  shift: boolean;
  meta: boolean;
}

/**
 * Keys a citizen could use to leave, close, reload or inspect the kiosk. Handled in `before-input-event`,
 * so they never reach the page or Chromium. Alt+Tab, Ctrl+Alt+Del, the Windows key and Linux VT switching
 * are handled by the OS before Electron sees them: lock those down in the OS kiosk setup (README).
 */
export function blockedInput(input: KeyInput, options: { production: boolean } = { production: true }): boolean {
  const key = input.key.length === 1 ? input.key.toLowerCase() : input.key;
  const mod = input.control || input.meta;
  if (key === 'F11' || key === 'F12') return true;
  if (input.alt && key === 'F4') return true;
  if (mod && (key === 'w' || key === 'q')) return true;
  if (mod && input.shift && (key === 'i' || key === 'j' || key === 'c')) return true;
  // macOS devtools: Cmd+Alt+I/J/C.
  if (input.meta && input.alt && (key === 'i' || key === 'j' || key === 'c')) return true;
  // Printing, saving, opening files, finding, zooming, history navigation.
  if (mod && (key === 'p' || key === 's' || key === 'o' || key === 'f' || key === 'n' || key === 't')) return true;
  if (mod && (key === '+' || key === '=' || key === '-' || key === '0')) return true;
  if (input.alt && (key === 'ArrowLeft' || key === 'ArrowRight' || key === 'Home')) return true;
  if (key === 'BrowserBack' || key === 'BrowserForward' || key === 'BrowserRefresh' || key === 'BrowserHome') {
    return true;
  }
  if (options.production) {
    if (key === 'F5') return true;
    if (mod && key === 'r') return true;
  }
  return false;
}

/**
 * The Content Security Policy for the app's pages. The hub is the only other origin, for HTTP, socket.io
 * (ws/wss) and images (ticket previews). In development the dev server's inline React-refresh preamble
 * needs 'unsafe-inline' scripts; production never gets it.
 */
export function contentSecurityPolicy(hubUrl: string, options: { dev?: boolean } = {}): string {
  const hub = new URL(hubUrl);
  const ws = `${hub.protocol === 'https:' ? 'wss:' : 'ws:'}//${hub.host}`;
  const directives = [
    "default-src 'self'",
    `connect-src 'self' ${hub.origin} ${ws}`,
    `img-src 'self' data: ${hub.origin}`,
    "style-src 'self' 'unsafe-inline'",
    options.dev ? "script-src 'self' 'unsafe-inline'" : "script-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ];
  return directives.join('; ');
}

/**
 * A static floor for `<meta http-equiv="Content-Security-Policy">` in the renderer's index.html. Chromium
 * may not run `webRequest.onHeadersReceived` for file:// documents on every Electron version, so the page
 * should also carry this; the browser intersects both policies, so the header (with the real hub origin)
 * still narrows it where it applies. (`frame-ancestors` is ignored in a meta tag.)
 */
export const META_CSP =
  "default-src 'self'; connect-src 'self' http: https: ws: wss:; img-src 'self' data: http: https:; " +
  "style-src 'self' 'unsafe-inline'; script-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'";

type Headers = Record<string, string | string[]>;

/**
 * For `session.webRequest.onHeadersReceived`: replaces any CSP the response carried with the kiosk's.
 * Header names are case-insensitive, so existing variants are dropped first.
 */
export function cspHeadersListener(csp: string) {
  return (details: { responseHeaders?: Headers }, callback: (response: { responseHeaders: Headers }) => void): void => {
    const headers: Headers = {};
    for (const [name, value] of Object.entries(details.responseHeaders ?? {})) {
      if (name.toLowerCase() !== 'content-security-policy') headers[name] = value;
    }
    headers['Content-Security-Policy'] = [csp];
    callback({ responseHeaders: headers });
  };
}
