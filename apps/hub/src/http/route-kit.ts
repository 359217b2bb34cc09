import type { IncomingMessage } from 'node:http';
import type { ErrorBody } from '@hall/protocol';
import type { Principal, Right } from '../auth/principal.ts';
import { HttpError } from './http-io.ts';

/** What every API route is made of, and the small helpers their handlers share. */
export interface RouteContext {
  req: IncomingMessage;
  params: string[];
  query: URLSearchParams;
  principal: Principal | undefined;
}

export interface RouteReply {
  status: number;
  body: unknown;
}

export interface Route {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  pattern: RegExp;
  /** The right a caller needs; `public` routes need no token. */
  right: Right | 'public';
  /** The route checks a password: it is rate-limited per address like a login, to slow guessing. */
  checksPassword?: true;
  /** Anyone may call it and it writes (a public booking): rate-limited per address in a bucket of its own. */
  publicWrite?: true;
  handle: (ctx: RouteContext) => Promise<RouteReply> | RouteReply;
}

export function refuse(error: ErrorBody): never {
  throw new HttpError(error);
}

export function body<T>(parsed: { ok: true; value: T } | { ok: false; error: ErrorBody }): T {
  return parsed.ok ? parsed.value : refuse(parsed.error);
}

export function principalOf(ctx: RouteContext): Principal {
  return ctx.principal ?? refuse({ code: 'UNAUTHENTICATED', message: 'send a token as Authorization: Bearer …' });
}
