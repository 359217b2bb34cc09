import type { FastifyRequest } from 'fastify';
import type { HubApp } from './http-types.ts';
import { refuse } from './route-kit.ts';

export const MAX_BODY_BYTES = 64 * 1024;

/** What a body that could not be read as JSON becomes; a route that reads its body refuses it then. */
class UnreadableBody {
  constructor(readonly message: string) {}
}

/**
 * Every body is read as JSON (at most 64 KiB; an empty body reads as `{}`). A body that is not JSON is
 * refused only by a route that has a body schema, as before: routes that ignore their body ignore it.
 */
export function addJsonBody(app: HubApp): void {
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('*', { parseAs: 'buffer', bodyLimit: MAX_BODY_BYTES }, (request, raw, done) => {
    const text = raw as Buffer;
    if (text.length === 0) return done(null, {});
    if (!(request.headers['content-type'] ?? '').includes('application/json')) {
      return done(null, new UnreadableBody('send the body as JSON with Content-Type: application/json'));
    }
    try {
      done(null, JSON.parse(text.toString('utf8')) as unknown);
    } catch {
      done(null, new UnreadableBody('the request body is not valid JSON'));
    }
  });
  app.decorateRequest('sentBody', undefined);
  app.addHook('preValidation', async (request: FastifyRequest) => {
    if (!request.routeOptions.schema?.body) return;
    if (request.body === undefined) request.body = {};
    if (request.body instanceof UnreadableBody) refuse({ code: 'BAD_REQUEST', message: request.body.message });
    request.sentBody = request.body;
  });
}
