import { PHONE_PROOF_HEADER } from '@hall/protocol';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Accounts } from '../auth/accounts.ts';
import { can, type Principal, type Right } from '../auth/principal.ts';
import type { RateLimiter } from '../rate-limiter.ts';
import type { HubApp } from './http-types.ts';
import type { ThrottledLog } from '../throttled-log.ts';
import { refuse } from './route-kit.ts';
import type { ErrorBody } from '@hall/protocol';

export interface AccessDeps {
  accounts: Accounts;
  /** Per token (or per address when there is none). */
  rate: RateLimiter;
  /** Per address, for logins: slows password guessing. */
  loginRate: RateLimiter;
  /** Public bookings and cancels, per address: phones behind one mobile-network address share it. */
  publicWriteRate: RateLimiter;
  /** Portal origins that may call the public routes from a browser (HALL_CORS_ORIGINS); empty: no CORS. */
  corsOrigins: readonly string[];
  /** `request refused` lines, per address: probing with stolen or weak tokens leaves a trace. */
  refusalLog: ThrottledLog;
  /** Called for each request a device's token authenticates: the admin sees when it was last heard from. */
  onDeviceSeen: (deviceId: string) => void;
}

/** The routes a government portal may call from its own pages: booking and a ticket's public status. */
export const PUBLIC_API_PREFIX = '/api/v1/public/';

function bearer(request: FastifyRequest): string | undefined {
  const h = request.headers.authorization;
  if (!h) return undefined;
  return /^Bearer\s+(\S+)$/i.exec(h)?.[1];
}

export function rightOf(p: Principal | undefined, right: Right | 'public'): boolean {
  return right === 'public' || (p !== undefined && can(p, right));
}

/**
 * CORS for the listed portal origins on the public routes only, then, for API routes, token → rate bucket →
 * right, in that order and before the body is read: a refused caller learns nothing about what its body
 * would have done. Any other origin gets no CORS header, so a foreign site cannot book from its visitors'
 * browsers.
 */
export function addAccessHooks(app: HubApp, d: AccessDeps): void {
  const portals = new Set(d.corsOrigins);
  app.decorateRequest('principal', undefined);
  app.addHook('onRequest', async (request: FastifyRequest, reply: FastifyReply) => {
    if (portals.size > 0 && request.url.startsWith(PUBLIC_API_PREFIX)) {
      // The answer depends on the Origin: a shared cache must not hand one portal's reply to another site.
      void reply.header('vary', 'Origin');
      const origin = request.headers.origin;
      if (origin !== undefined && portals.has(origin)) {
        void reply.header('access-control-allow-origin', origin);
        if (request.method === 'OPTIONS') {
          return reply
            .code(204)
            .headers({
              'access-control-allow-methods': 'GET, POST, OPTIONS',
              'access-control-allow-headers': `content-type, ${PHONE_PROOF_HEADER}`,
              'access-control-max-age': '600',
            })
            .send();
        }
      }
    }
    const access = request.routeOptions.config;
    if (access.right === undefined) return;
    void reply.header('cache-control', 'no-store');
    request.principal = authorize(request, access.right, access, d);
  });
}

function authorize(
  request: FastifyRequest,
  right: Right | 'public',
  access: { checksPassword?: true; publicWrite?: true },
  d: AccessDeps,
): Principal | undefined {
  // The client behind a trusted proxy (HALL_TRUSTED_PROXIES), else the direct peer: see client-address.ts.
  const address = request.ip;
  // The route's pattern, never the URL: a path may carry a booking or status code.
  const door = (error: ErrorBody, principal?: Principal): never => {
    d.refusalLog.warn(address, {
      method: request.method,
      route: request.routeOptions.url,
      code: error.code,
      principal: principal?.id,
      address,
    });
    return refuse(error);
  };
  // Public routes ignore any token: a stale one left in a client must not lock it out of logging in again.
  const token = right === 'public' ? undefined : bearer(request);
  let principal: Principal | undefined;
  if (token !== undefined) {
    principal = d.accounts.authenticate(token);
    if (!principal) door({ code: 'UNAUTHENTICATED', message: 'the token is unknown, expired or revoked' });
    if (principal?.kind === 'device') d.onDeviceSeen(principal.id);
  }
  const perAddress = access.checksPassword || access.publicWrite;
  const bucket = access.checksPassword ? d.loginRate : access.publicWrite ? d.publicWriteRate : d.rate;
  const key = perAddress ? `ip:${address}` : (principal?.id ?? `ip:${address}`);
  if (!bucket.take(key)) {
    door({ code: 'RATE_LIMITED', message: 'too many requests: slow down and retry in a moment' }, principal);
  }
  if (right !== 'public' && !principal) {
    door({ code: 'UNAUTHENTICATED', message: 'send a token as Authorization: Bearer …' });
  }
  if (!rightOf(principal, right)) {
    door({ code: 'FORBIDDEN', message: `a ${principal?.role ?? 'visitor'} may not do this` }, principal);
  }
  return principal;
}
