import { numberingReplySchema } from '@hall/protocol';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { HttpDeps } from './http-deps.ts';

/** `GET /api/v1/numbering` (admin): each prefix's numbers today, and whether it is running low. */
export const numberingRoutes: FastifyPluginAsyncZod<HttpDeps> = async (app, d) => {
  app.get(
    '/api/v1/numbering',
    { config: { right: 'admin' }, schema: { tags: ['hall'], response: { 200: numberingReplySchema } } },
    () => d.numbering.report(),
  );
};
