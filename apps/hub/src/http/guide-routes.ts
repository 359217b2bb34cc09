import {
  cancelTicketBodySchema,
  deskCommandReplySchema,
  deskPrintBodySchema,
  deskPrinterSchema,
  deskPrintResultSchema,
  deskTicketSchema,
  moveTicketBodySchema,
  printerStatusSchema,
  referComplaintsBodySchema,
  reprintBodySchema,
  reprintReplySchema,
  ticketIdParamsSchema,
  ticketLookupQuerySchema,
} from '@hall/protocol';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { commandAnswer } from './command-reply.ts';
import type { HttpDeps } from './http-deps.ts';
import { principalOf, refuse, valueOf } from './route-kit.ts';

/**
 * The guidance desk (`/guide`): find today's ticket by number, print the slip of a ticket issued at the desk,
 * reprint a lost one, move, cancel, send to the could-not-get-it-done window; the desk printer's state. A
 * ticket's id goes in the path URL-encoded (`/api/v1/tickets/2026-11-25%2FA012/reprint`).
 */
export const guideRoutes: FastifyPluginAsyncZod<HttpDeps> = async (app, d) => {
  const tags = ['guidance desk'];
  const config = { right: 'desk:use' } as const;
  const params = ticketIdParamsSchema;
  app.get(
    '/api/v1/tickets/lookup',
    { config, schema: { tags, querystring: ticketLookupQuerySchema, response: { 200: deskTicketSchema } } },
    (request) => valueOf(d.guide.lookup(request.query.number)),
  );
  app.post(
    '/api/v1/desk/print',
    { config, schema: { tags, body: deskPrintBodySchema, response: { 200: deskPrintResultSchema } } },
    async (request) => valueOf(await d.guide.printFirst(principalOf(request), request.body)),
  );
  app.get('/api/v1/desk/printer', { config, schema: { tags, response: { 200: deskPrinterSchema } } }, () =>
    d.guide.printerView(),
  );
  app.put(
    '/api/v1/desk/printer/simulate',
    {
      config: { right: 'admin' },
      schema: { tags, body: printerStatusSchema, response: { 200: deskPrinterSchema } },
    },
    async (request) => {
      if (!d.deskPrinter.simulate(request.body)) {
        refuse({ code: 'CONFLICT', message: 'the desk printer is a real one (HALL_GUIDE_PRINTER): it reports itself' });
      }
      return d.guide.printerView();
    },
  );
  app.post(
    '/api/v1/tickets/:id/reprint',
    { config, schema: { tags, params, body: reprintBodySchema, response: { 200: reprintReplySchema } } },
    async (request, reply) =>
      commandAnswer(
        reply,
        await d.guide.reprint(principalOf(request), request.params.id, request.body.requestId, request.body.job),
        200,
      ),
  );
  app.post(
    '/api/v1/tickets/:id/move',
    { config, schema: { tags, params, body: moveTicketBodySchema, response: { 200: deskCommandReplySchema } } },
    (request, reply) => commandAnswer(reply, d.guide.move(principalOf(request), request.params.id, request.body), 200),
  );
  app.post(
    '/api/v1/tickets/:id/cancel',
    { config, schema: { tags, params, body: cancelTicketBodySchema, response: { 200: deskCommandReplySchema } } },
    (request, reply) =>
      commandAnswer(reply, d.guide.cancel(principalOf(request), request.params.id, request.body), 200),
  );
  app.post(
    '/api/v1/tickets/:id/refer-complaints',
    {
      config,
      schema: { tags, params, body: referComplaintsBodySchema, response: { 200: deskCommandReplySchema } },
    },
    (request, reply) =>
      commandAnswer(reply, d.guide.referComplaints(principalOf(request), request.params.id, request.body), 200),
  );
};
