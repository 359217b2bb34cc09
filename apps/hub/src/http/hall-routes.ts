import { dayQuerySchema, eventsQuerySchema, issueTicketBodySchema } from '@hall/protocol';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { snapshotFor, statsOf } from '../hall/projection.ts';
import { sendCommandReply } from './command-reply.ts';
import type { HttpDeps } from './http-deps.ts';
import { principalOf } from './route-kit.ts';

/** The hall as clients read it (configuration, queue, snapshot, events, windows) and the kiosk's ticket issuing. */
export const hallRoutes: FastifyPluginAsyncZod<HttpDeps> = async (app, d) => {
  const tags = ['hall'];
  const read = { right: 'hall:read' } as const;
  const watch = { right: 'hall:watch' } as const;
  app.get('/api/v1/hall', { config: read, schema: { tags } }, () => d.hall.hall.config);
  app.get('/api/v1/queue', { config: read, schema: { tags } }, () => statsOf(d.hall));
  app.get('/api/v1/snapshot', { config: read, schema: { tags } }, (request) =>
    snapshotFor(principalOf(request).role, d.hall, d.clock.now()),
  );
  app.get('/api/v1/events', { config: watch, schema: { tags, querystring: eventsQuerySchema } }, (request) =>
    d.records.sync(principalOf(request).role, request.query.after),
  );
  app.get('/api/v1/windows', { config: watch, schema: { tags } }, () => [...d.hall.state.windows.values()]);
  app.post(
    '/api/v1/tickets',
    { config: { right: 'ticket:issue' }, schema: { tags: ['tickets'], body: issueTicketBodySchema } },
    // The gateway checks the body as sent, exactly as for the same command over socket.io.
    (request, reply) => sendCommandReply(reply, d.gateway.issueTicket(principalOf(request), request.sentBody), 201),
  );
  app.get(
    '/api/v1/tickets',
    { config: { right: 'admin' }, schema: { tags: ['tickets'], querystring: dayQuerySchema } },
    (request) => d.records.ticketsOn(request.query.day),
  );
};
