import { z } from 'zod';
import { auditEntrySchema, auditQuerySchema } from '@hall/protocol';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { HttpDeps } from './http-deps.ts';

/** The audit log for admins: newest first, filtered by action, actor and time, paged with `before`. */
export const auditRoutes: FastifyPluginAsyncZod<HttpDeps> = async (app, d) => {
  app.get(
    '/api/v1/audit',
    {
      config: { right: 'admin' },
      schema: { tags: ['audit'], querystring: auditQuerySchema, response: { 200: z.array(auditEntrySchema) } },
    },
    (request) => d.records.audit(request.query),
  );
};
