import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Logger } from 'pino';
import type { Accounts } from '../auth/accounts.ts';
import type { Principal } from '../auth/principal.ts';
import type { RateLimiter } from '../rate-limiter.ts';
import { rightOf } from './api-routes.ts';
import type { Route } from './route-kit.ts';
import { HttpError, sendError, sendJson } from './http-io.ts';
import type { DemoDeviceTokens } from '../demo-seed.ts';
import { PREVIEW_PATH } from '../kiosk/kiosk-printers.ts';
import { servePreview, serveUi, UI_NAMES, type UiName } from './static-ui.ts';
import { ratingPage } from './rating-page.ts';
import { statusPage } from './status-page.ts';

export interface HttpHandlerDeps {
  routes: Route[];
  accounts: Accounts;
  log: Logger;
  webRoot: string;
  /** Per token (or per address when there is none). */
  rate: RateLimiter;
  /** Per address, for logins: slows password guessing. */
  loginRate: RateLimiter;
  /** Public bookings and cancels, per address: phones behind one mobile-network address share it. */
  publicWriteRate: RateLimiter;
  /** Folder of the virtual printers' output, served under PREVIEW_PATH. */
  printDir: string;
  /** Demo mode only: `/kiosk/config.json`, `/display/config.json` and `/rate/<n>/config.json` hand out tokens. */
  demo?: DemoDeviceTokens | undefined;
  /** Configured window numbers (a rating page exists only for those). */
  windowNumbers: ReadonlySet<number>;
}

function bearer(req: IncomingMessage): string | undefined {
  const h = req.headers.authorization;
  if (!h) return undefined;
  const m = /^Bearer\s+(\S+)$/i.exec(h);
  return m?.[1];
}

/** Routes a request to the API, a UI, or a clear 404; no request can crash the hub. */
export function createHttpHandler(d: HttpHandlerDeps) {
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const url = new URL(req.url ?? '/', 'http://hub.local');
    const path = url.pathname;
    // Bearer tokens, never cookies: any origin may call the API without opening a CSRF hole.
    res.setHeader('access-control-allow-origin', '*');
    try {
      if (req.method === 'OPTIONS') {
        res.writeHead(204, {
          'access-control-allow-methods': 'GET, POST, PUT, DELETE, OPTIONS',
          'access-control-allow-headers': 'authorization, content-type',
          'access-control-max-age': '600',
        });
        res.end();
        return;
      }
      if (path === '/' && req.method === 'GET') {
        res.writeHead(302, { location: '/display' });
        res.end();
        return;
      }
      const status = /^\/t\/([A-Za-z0-9]{6,20})$/.exec(path);
      if (status && req.method === 'GET') {
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
        res.end(statusPage(status[1] ?? ''));
        return;
      }
      const rate = /^\/rate\/([0-9]{1,3})(\/config\.json)?$/.exec(path);
      if (rate && req.method === 'GET') {
        serveRatingTablet(res, Number(rate[1]), rate[2] !== undefined, d);
        return;
      }
      if ((path === '/kiosk/config.json' || path === '/display/config.json') && req.method === 'GET') {
        // Only the demo hands a device token to whoever opens the page; a real device is set up by an attendant.
        if (!d.demo) sendError(res, { code: 'NOT_FOUND', message: 'this device is set up by an attendant' });
        else if (path.startsWith('/kiosk')) {
          sendJson(res, 200, { hubUrl: '', token: d.demo.kioskToken, kioskName: d.demo.kioskName });
        } else sendJson(res, 200, { token: d.demo.displayToken });
        return;
      }
      if (path.startsWith(`${PREVIEW_PATH}/`) && req.method === 'GET') {
        servePreview(res, d.printDir, path.slice(PREVIEW_PATH.length + 1));
        return;
      }
      const ui = UI_NAMES.find((n) => path === `/${n}` || path.startsWith(`/${n}/`));
      if (ui && req.method === 'GET') {
        serveUi(res, d.webRoot, ui as UiName, path.slice(ui.length + 1));
        return;
      }
      await handleApi(req, res, url, d);
    } catch (err) {
      if (err instanceof HttpError) {
        sendError(res, err.body);
        return;
      }
      d.log.error({ err, path }, 'request failed');
      if (!res.headersSent) sendError(res, { code: 'INTERNAL', message: 'internal error; nothing was changed' });
      else res.destroy();
    }
  };
}

async function handleApi(req: IncomingMessage, res: ServerResponse, url: URL, d: HttpHandlerDeps): Promise<void> {
  const path = url.pathname;
  const candidates = d.routes.filter((r) => r.pattern.test(path));
  if (candidates.length === 0) {
    sendError(res, { code: 'NOT_FOUND', message: `no route ${path}` });
    return;
  }
  const route = candidates.find((r) => r.method === req.method);
  if (!route) {
    sendError(
      res,
      { code: 'NOT_FOUND', message: `${req.method} is not served on ${path}` },
      {
        allow: candidates.map((r) => r.method).join(', '),
      },
    );
    return;
  }
  const address = req.socket.remoteAddress ?? 'unknown';
  // Public routes ignore any token: a stale one left in a client must not lock it out of logging in again.
  const token = route.right === 'public' ? undefined : bearer(req);
  let principal: Principal | undefined;
  if (token !== undefined) {
    principal = d.accounts.authenticate(token);
    if (!principal) {
      sendError(res, { code: 'UNAUTHENTICATED', message: 'the token is unknown, expired or revoked' });
      return;
    }
  }
  const bucket = route.checksPassword ? d.loginRate : route.publicWrite ? d.publicWriteRate : d.rate;
  const limiterKey = route.checksPassword || route.publicWrite ? `ip:${address}` : (principal?.id ?? `ip:${address}`);
  if (!bucket.take(limiterKey)) {
    sendError(res, { code: 'RATE_LIMITED', message: 'too many requests: slow down and retry in a moment' });
    return;
  }
  if (route.right !== 'public' && !principal) {
    sendError(res, { code: 'UNAUTHENTICATED', message: 'send a token as Authorization: Bearer …' });
    return;
  }
  if (!rightOf(principal, route.right)) {
    sendError(res, { code: 'FORBIDDEN', message: `a ${principal?.role ?? 'visitor'} may not do this` });
    return;
  }
  const match = route.pattern.exec(path);
  const reply = await route.handle({ req, params: match ? match.slice(1) : [], query: url.searchParams, principal });
  sendJson(res, reply.status, reply.body);
}

function serveRatingTablet(res: ServerResponse, window: number, config: boolean, d: HttpHandlerDeps): void {
  if (!d.windowNumbers.has(window)) {
    sendError(res, { code: 'UNKNOWN_WINDOW', message: `window ${window} is not in this hall` });
    return;
  }
  if (config) {
    // Only the demo hands a tablet its token; a real one is set up by an attendant.
    if (!d.demo) sendError(res, { code: 'NOT_FOUND', message: 'the rating tablet is set up on the device' });
    else sendJson(res, 200, { token: d.demo.raterToken(window) });
    return;
  }
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
  res.end(ratingPage(window));
}
