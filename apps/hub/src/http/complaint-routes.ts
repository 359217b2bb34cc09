import { z } from 'zod';
import {
  closeFollowUpBodySchema,
  complaintProgressBodySchema,
  complaintSchema,
  complaintsQuerySchema,
  createComplaintBodySchema,
  entityIdParamsSchema,
  followUpSchema,
} from '@hall/protocol';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { HttpDeps } from './http-deps.ts';
import { principalOf, valueOf } from './route-kit.ts';

const ID = ':id(^[A-Za-z0-9-]{1,60}$)';

/** The could-not-get-it-done desk's matters, and the follow-ups of poor ratings (supervisors). */
export const complaintRoutes: FastifyPluginAsyncZod<HttpDeps> = async (app, d) => {
  const tags = ['complaints'];
  const config = { right: 'complaints:use' } as const;
  app.post(
    '/api/v1/complaints',
    { config, schema: { tags, body: createComplaintBodySchema, response: { 201: complaintSchema } } },
    (request, reply) => {
      void reply.code(201);
      return valueOf(d.complaints.open(principalOf(request), request.body));
    },
  );
  app.get(
    '/api/v1/complaints',
    { config, schema: { tags, querystring: complaintsQuerySchema, response: { 200: z.array(complaintSchema) } } },
    (request) => valueOf(d.complaints.list(principalOf(request), request.query.window)),
  );
  app.post(
    `/api/v1/complaints/${ID}/progress`,
    {
      config,
      schema: {
        tags,
        params: entityIdParamsSchema,
        body: complaintProgressBodySchema,
        response: { 200: complaintSchema },
      },
    },
    (request) => valueOf(d.complaints.progress(principalOf(request), request.params.id, request.body)),
  );
  app.get(
    '/api/v1/follow-ups',
    { config, schema: { tags: ['follow-ups'], response: { 200: z.array(followUpSchema) } } },
    (request) => valueOf(d.followUps.list(principalOf(request))),
  );
  app.post(
    `/api/v1/follow-ups/${ID}/close`,
    {
      config,
      schema: {
        tags: ['follow-ups'],
        params: entityIdParamsSchema,
        body: closeFollowUpBodySchema,
        response: { 200: followUpSchema },
      },
    },
    (request) => valueOf(d.followUps.close(principalOf(request), request.params.id, request.body.note)),
  );
};
