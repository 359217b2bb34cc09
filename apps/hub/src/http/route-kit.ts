import type { ErrorBody, Result } from '@hall/protocol';
import type { FastifyRequest } from 'fastify';
import type { Principal } from '../auth/principal.ts';

/** A refusal thrown from a handler or hook; the error handler answers it with its code's status. */
export class HttpError extends Error {
  constructor(
    readonly body: ErrorBody,
    readonly headers: Record<string, string> = {},
  ) {
    super(body.message);
  }
}

export function refuse(error: ErrorBody, headers?: Record<string, string>): never {
  throw new HttpError(error, headers);
}

/** The value of a result, or the refusal it carries. */
export function valueOf<T>(result: Result<T>): T {
  return result.ok ? result.value : refuse(result.error);
}

/** The caller of a route that needs a token (the access hook has checked it already). */
export function principalOf(request: FastifyRequest): Principal {
  return request.principal ?? refuse({ code: 'UNAUTHENTICATED', message: 'send a token as Authorization: Bearer …' });
}
