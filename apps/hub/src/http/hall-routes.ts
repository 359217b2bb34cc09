import {
  dayQuerySchema,
  dayTicketsSchema,
  eventsQuerySchema,
  hallConfigSchema,
  hallSnapshotSchema,
  issuedTicketSchema,
  issueTicketBodySchema,
  queueStatsSchema,
  syncReplySchema,
  windowListSchema,
} from '@hall/protocol';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { snapshotFor, statsOf } from '../hall/projection.ts';
import { commandAnswer } from './command-reply.ts';
import type { HttpDeps } from './http-deps.ts';
import { principalOf } from './route-kit.ts';

/** The hall as clients read it (configuration, queue, snapshot, events, windows) and the kiosk's ticket issuing. */
export const hallRoutes: FastifyPluginAsyncZod<HttpDeps> = async (app, d) => {
  const tags = ['hall'];
  const read = { right: 'hall:read' } as const;
  const watch = { right: 'hall:watch' } as const;
  app.get(
    '/api/v1/hall',
    { config: read, schema: { tags, response: { 200: hallConfigSchema } } },
    () => d.hall.hall.config,
  );
  app.get('/api/v1/queue', { config: read, schema: { tags, response: { 200: queueStatsSchema } } }, () =>
    statsOf(d.hall),
  );
  app.get('/api/v1/snapshot', { config: read, schema: { tags, response: { 200: hallSnapshotSchema } } }, (request) =>
    snapshotFor(principalOf(request).role, d.hall, d.clock.now()),
  );
  app.get(
    '/api/v1/events',
    { config: watch, schema: { tags, querystring: eventsQuerySchema, response: { 200: syncReplySchema } } },
    (request) => d.records.sync(principalOf(request).role, request.query.after),
  );
  app.get('/api/v1/windows', { config: watch, schema: { tags, response: { 200: windowListSchema } } }, () => [
    ...d.hall.state.windows.values(),
  ]);
  app.post(
    '/api/v1/tickets',
    {
      config: { right: 'ticket:issue' },
      schema: {
        tags: ['tickets'],
        body: issueTicketBodySchema,
        response: { 200: issuedTicketSchema, 201: issuedTicketSchema },
      },
    },
    // The gateway checks the body as sent, exactly as for the same command over socket.io.
    (request, reply) => commandAnswer(reply, d.gateway.issueTicket(principalOf(request), request.sentBody), 201),
  );
  app.get(
    '/api/v1/tickets',
    {
      config: { right: 'admin' },
      schema: { tags: ['tickets'], querystring: dayQuerySchema, response: { 200: dayTicketsSchema } },
    },
    (request) => d.records.ticketsOn(request.query.day),
  );
};
