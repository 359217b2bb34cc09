import { publicTicketStatusSchema, statusCodeParamsSchema } from '@hall/protocol';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { HttpDeps } from './http-deps.ts';
import { valueOf } from './route-kit.ts';

/** A ticket's status for the phone page behind its QR code: no token, no personal data. */
export const publicStatusRoutes: FastifyPluginAsyncZod<HttpDeps> = async (app, d) => {
  app.get(
    '/api/v1/public/tickets/:code(^[A-Za-z0-9]{6,20}$)',
    {
      config: { right: 'public' },
      schema: { tags: ['public status'], params: statusCodeParamsSchema, response: { 200: publicTicketStatusSchema } },
    },
    (request) => valueOf(d.records.publicStatus(request.params.code)),
  );
};
