import { createReadStream, existsSync, statSync } from 'node:fs';
import type { ServerResponse } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { placeholderPage } from './placeholder-page.ts';

/** The web UIs the hub serves, each from `<webRoot>/<name>/dist` once its issue has built it. */
export const UI_NAMES = ['kiosk', 'counter', 'display', 'book', 'admin'] as const;
export type UiName = (typeof UI_NAMES)[number];

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.woff2': 'font/woff2',
  '.wav': 'audio/wav',
  '.mp3': 'audio/mpeg',
  '.ico': 'image/x-icon',
};

/**
 * Serves `/<ui>/…` from the UI's build; unknown paths fall back to its index.html (client-side routes).
 * Without a build, a page says plainly that this UI is not built yet.
 */
export function serveUi(res: ServerResponse, webRoot: string, ui: UiName, rest: string): void {
  const root = join(webRoot, ui, 'dist');
  const index = join(root, 'index.html');
  if (!existsSync(index)) {
    const html = placeholderPage(ui);
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
    res.end(html);
    return;
  }
  let file: string;
  try {
    file = normalize(join(root, decodeURIComponent(rest)));
  } catch {
    file = index;
  }
  // Never leave the build folder, whatever the path says.
  if (!file.startsWith(root + sep) || !existsSync(file) || !statSync(file).isFile()) file = index;
  res.writeHead(200, {
    'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
    'cache-control': file === index ? 'no-cache' : 'public, max-age=3600',
  });
  createReadStream(file).pipe(res);
}

/** A virtual printer's ticket preview (`<device>/<file>.png`): tickets carry no personal data. */
export function servePreview(res: ServerResponse, printDir: string, rest: string): void {
  const file = normalize(join(printDir, rest));
  if (!file.startsWith(printDir + sep) || extname(file) !== '.png' || !existsSync(file)) {
    res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
    res.end('no such preview');
    return;
  }
  res.writeHead(200, { 'content-type': 'image/png', 'cache-control': 'public, max-age=86400' });
  createReadStream(file).pipe(res);
}
