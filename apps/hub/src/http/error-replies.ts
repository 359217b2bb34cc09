import { httpStatusOf, type ErrorBody } from '@hall/protocol';
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import type { Logger } from 'pino';
import type { HubApp } from './http-types.ts';
import { HttpError } from './route-kit.ts';

const METHODS = ['GET', 'POST', 'PUT', 'DELETE'] as const;

export function sendError(reply: FastifyReply, error: ErrorBody, headers: Record<string, string> = {}): FastifyReply {
  if (error.code === 'RATE_LIMITED') void reply.header('retry-after', '1');
  return reply
    .code(httpStatusOf(error.code))
    .headers({ ...headers, 'cache-control': 'no-store' })
    .type('application/json; charset=utf-8')
    .send(error);
}

/** A schema failure in the same shape as every other: each field, and what is wrong with it. */
function validationFailed(validation: { instancePath: string; message?: string }[]): ErrorBody {
  const issues = validation.map((v) => ({
    path: v.instancePath.replace(/^\//, '').replaceAll('/', '.'),
    message: v.message ?? 'invalid',
  }));
  const summary = issues.map((i) => (i.path ? `${i.path}: ${i.message}` : i.message)).join('; ');
  return { code: 'VALIDATION_FAILED', message: `invalid request: ${summary}`, issues };
}

/** Maps every failure to the documented error body; nothing a client sends can crash the hub. */
export function addErrorReplies(app: HubApp, log: Logger): void {
  app.setErrorHandler((err: FastifyError, request: FastifyRequest, reply: FastifyReply) => {
    if (err instanceof HttpError) return sendError(reply, err.body, err.headers);
    if (hasZodFastifySchemaValidationErrors(err)) return sendError(reply, validationFailed(err.validation));
    if (err.code === 'FST_ERR_CTP_BODY_TOO_LARGE') {
      const limit = request.routeOptions.bodyLimit;
      return sendError(reply, { code: 'BAD_REQUEST', message: `request body larger than ${limit / 1024} KiB` });
    }
    if (typeof err.statusCode === 'number' && err.statusCode >= 400 && err.statusCode < 500) {
      return sendError(reply, { code: 'BAD_REQUEST', message: err.message });
    }
    log.error({ err, path: request.url }, 'request failed');
    if (reply.sent) return reply;
    return sendError(reply, { code: 'INTERNAL', message: 'internal error; nothing was changed' });
  });

  // A known path asked with another method is a 405 naming the methods it has; anything else a 404.
  app.setNotFoundHandler((request: FastifyRequest, reply: FastifyReply) => {
    const path = request.url.split('?')[0] ?? '/';
    const allowed = METHODS.filter((method) => app.findRoute({ method, url: path }) !== null);
    if (allowed.length > 0) {
      return sendError(
        reply,
        { code: 'METHOD_NOT_ALLOWED', message: `${request.method} is not served on ${path}` },
        { allow: allowed.join(', ') },
      );
    }
    return sendError(reply, { code: 'NOT_FOUND', message: `no route ${path}` });
  });
}
