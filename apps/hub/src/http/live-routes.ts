import { acknowledgeAlertBodySchema, entityIdParamsSchema, hallAlertSchema, liveBoardSchema } from '@hall/protocol';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { HttpDeps } from './http-deps.ts';
import { principalOf, valueOf } from './route-kit.ts';

/** The supervisors' live board and the acknowledgement of its alerts (admins and staff with `supervise`). */
export const liveRoutes: FastifyPluginAsyncZod<HttpDeps> = async (app, d) => {
  const tags = ['live board'];
  const config = { right: 'live:read' } as const;
  app.get('/api/v1/live', { config, schema: { tags, response: { 200: liveBoardSchema } } }, (request) =>
    valueOf(d.alerts.live(principalOf(request))),
  );
  app.post(
    '/api/v1/alerts/:id(^[A-Za-z0-9-]{1,60}$)/acknowledge',
    {
      config,
      schema: {
        tags,
        params: entityIdParamsSchema,
        body: acknowledgeAlertBodySchema,
        response: { 200: hallAlertSchema },
      },
    },
    (request) => valueOf(d.alerts.acknowledge(principalOf(request), request.params.id, request.body.requestId)).alert,
  );
};
