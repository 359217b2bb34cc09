import { healthReplySchema } from '@hall/protocol';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { HttpDeps } from './http-deps.ts';

/** `/healthz`: is the hub up, on which business day, and which process answers. */
export const healthRoutes: FastifyPluginAsyncZod<HttpDeps> = async (app, d) => {
  app.get(
    '/healthz',
    { config: { right: 'public' }, schema: { tags: ['health'], response: { 200: healthReplySchema } } },
    () => ({
      status: 'ok' as const,
      businessDay: d.hall.state.businessDay,
      lastEventId: d.hall.lastEventId,
      // The process id tells a supervisor (or a test harness) which hub process answers on this port.
      pid: process.pid,
    }),
  );
};
