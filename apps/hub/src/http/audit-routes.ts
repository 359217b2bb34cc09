import { z } from 'zod';
import { auditEntrySchema } from '@hall/protocol';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { HttpDeps } from './http-deps.ts';

/** The audit log's latest entries, for admins. */
export const auditRoutes: FastifyPluginAsyncZod<HttpDeps> = async (app, d) => {
  app.get(
    '/api/v1/audit',
    { config: { right: 'admin' }, schema: { tags: ['audit'], response: { 200: z.array(auditEntrySchema) } } },
    () => d.records.recentAudit(),
  );
};
