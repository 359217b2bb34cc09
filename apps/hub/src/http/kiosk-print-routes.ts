import { entityIdParamsSchema, printerStatusSchema, ticketPrintJobSchema } from '@hall/protocol';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { HttpDeps } from './http-deps.ts';
import { principalOf, valueOf } from './route-kit.ts';

/** A kiosk's printer: its status, printing a ticket, reporting a status; an admin's printer simulation. */
export const kioskPrintRoutes: FastifyPluginAsyncZod<HttpDeps> = async (app, d) => {
  const tags = ['kiosk printing'];
  const config = { right: 'ticket:issue' } as const;
  app.get('/api/v1/kiosk/printer', { config, schema: { tags } }, (request) =>
    d.printers.status(principalOf(request).id),
  );
  app.post('/api/v1/kiosk/print', { config, schema: { tags, body: ticketPrintJobSchema } }, (request) =>
    d.printers.print(principalOf(request).id, request.body),
  );
  app.post('/api/v1/kiosk/printer-status', { config, schema: { tags, body: printerStatusSchema } }, (request) => {
    d.printers.report(principalOf(request).id, request.body);
    return { ok: true };
  });
  app.put(
    '/api/v1/printers/:id(^[A-Za-z0-9-]{1,60}$)/simulate',
    { config: { right: 'admin' }, schema: { tags, params: entityIdParamsSchema, body: printerStatusSchema } },
    async (request) => valueOf(await d.printers.simulateKiosk(request.params.id, request.body)),
  );
};
