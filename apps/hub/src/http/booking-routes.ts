import {
  bookingCodeParamsSchema,
  bookingSlotsQuerySchema,
  createBookingBodySchema,
  dayQuerySchema,
  publicCancelBookingBodySchema,
  publicCreateBookingBodySchema,
  type BookingView,
  type Result,
} from '@hall/protocol';
import type { FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { HttpDeps } from './http-deps.ts';
import { principalOf, valueOf } from './route-kit.ts';

const CODE = ':code(^[A-Za-z0-9]{4,20}$)';

/** 201 with the new booking, or 200 with the one a retried request made the first time. */
function sendCreated(reply: FastifyReply, result: Result<{ booking: BookingView; replayed: boolean }>) {
  const made = valueOf(result);
  return reply.code(made.replayed ? 200 : 201).send(made.booking);
}

/**
 * Bookings: public routes for the `/book` page and the government portal (no token; making and
 * cancelling are rate-limited per address), staff routes for counters and admins, and
 * the kiosk's check-in lookup.
 */
export const bookingRoutes: FastifyPluginAsyncZod<HttpDeps> = async (app, d) => {
  const desk = d.bookings;
  const tags = ['bookings'];
  const pub = { right: 'public' } as const;
  const publicWrite = { right: 'public', publicWrite: true } as const;
  app.get('/api/v1/public/booking-options', { config: pub, schema: { tags } }, () => desk.options());
  app.get(
    '/api/v1/public/booking-slots',
    { config: pub, schema: { tags, querystring: bookingSlotsQuerySchema } },
    (request) => valueOf(desk.slots(request.query.serviceId, request.query.day)),
  );
  app.post(
    '/api/v1/public/bookings',
    { config: publicWrite, schema: { tags, body: publicCreateBookingBodySchema } },
    (request, reply) => sendCreated(reply, desk.create(request.body, 'public', 'public')),
  );
  app.get(
    `/api/v1/public/bookings/${CODE}`,
    { config: pub, schema: { tags, params: bookingCodeParamsSchema } },
    (request) => valueOf(desk.get(request.params.code)),
  );
  app.post(
    `/api/v1/public/bookings/${CODE}/cancel`,
    { config: publicWrite, schema: { tags, params: bookingCodeParamsSchema, body: publicCancelBookingBodySchema } },
    (request) => valueOf(desk.cancel(request.params.code, 'public', request.body.phoneLast4)),
  );
  app.post(
    '/api/v1/bookings',
    { config: { right: 'bookings:write' }, schema: { tags, body: createBookingBodySchema } },
    (request, reply) => {
      const p = principalOf(request);
      return sendCreated(reply, desk.create(request.body, p.role === 'admin' ? 'admin' : 'counter', p.id));
    },
  );
  app.post(
    `/api/v1/bookings/${CODE}/cancel`,
    { config: { right: 'bookings:write' }, schema: { tags, params: bookingCodeParamsSchema } },
    (request) => valueOf(desk.cancel(request.params.code, principalOf(request).id)),
  );
  app.get(
    '/api/v1/bookings',
    { config: { right: 'bookings:read' }, schema: { tags, querystring: dayQuerySchema } },
    (request) => desk.onDay(request.query.day ?? d.hall.state.businessDay),
  );
  app.get(
    `/api/v1/kiosk/bookings/${CODE}`,
    { config: { right: 'ticket:issue' }, schema: { tags, params: bookingCodeParamsSchema } },
    (request) => valueOf(desk.lookupForKiosk(request.params.code)),
  );
};
