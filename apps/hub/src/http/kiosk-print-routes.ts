import {
  entityIdParamsSchema,
  okReplySchema,
  printerStatusSchema,
  printResultSchema,
  ticketPrintJobSchema,
} from '@hall/protocol';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { HttpDeps } from './http-deps.ts';
import { principalOf, valueOf } from './route-kit.ts';

/** A kiosk's printer: its status, printing a ticket, reporting a status; an admin's printer simulation. */
export const kioskPrintRoutes: FastifyPluginAsyncZod<HttpDeps> = async (app, d) => {
  const tags = ['kiosk printing'];
  const config = { right: 'ticket:issue' } as const;
  app.get('/api/v1/kiosk/printer', { config, schema: { tags, response: { 200: printerStatusSchema } } }, (request) =>
    d.printers.status(principalOf(request).id),
  );
  app.post(
    '/api/v1/kiosk/print',
    { config, schema: { tags, body: ticketPrintJobSchema, response: { 200: printResultSchema } } },
    (request) => d.printers.print(principalOf(request).id, request.body),
  );
  app.post(
    '/api/v1/kiosk/printer-status',
    { config, schema: { tags, body: printerStatusSchema, response: { 200: okReplySchema } } },
    (request) => {
      d.printers.report(principalOf(request).id, request.body);
      return { ok: true as const };
    },
  );
  app.put(
    '/api/v1/printers/:id(^[A-Za-z0-9-]{1,60}$)/simulate',
    {
      config: { right: 'admin' },
      schema: { tags, params: entityIdParamsSchema, body: printerStatusSchema, response: { 200: printerStatusSchema } },
    },
    async (request) => valueOf(await d.printers.simulateKiosk(request.params.id, request.body)),
  );
};
