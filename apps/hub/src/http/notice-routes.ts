import { noticesBodySchema } from '@hall/protocol';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { HttpDeps } from './http-deps.ts';
import { principalOf } from './route-kit.ts';

/** The hall notices: everyone signed in reads them, an admin sets them and the displays get them pushed. */
export const noticeRoutes: FastifyPluginAsyncZod<HttpDeps> = async (app, d) => {
  const tags = ['notices'];
  app.get(
    '/api/v1/notices',
    { config: { right: 'hall:read' }, schema: { tags, response: { 200: noticesBodySchema } } },
    () => d.notices.current(),
  );
  app.put(
    '/api/v1/notices',
    { config: { right: 'admin' }, schema: { tags, body: noticesBodySchema, response: { 200: noticesBodySchema } } },
    (request) => {
      const now = d.notices.set(request.body, principalOf(request).id);
      d.onNoticesChanged(now);
      return now;
    },
  );
};
