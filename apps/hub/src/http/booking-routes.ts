import {
  bookingCodeParamsSchema,
  bookingListSchema,
  bookingOptionsViewSchema,
  bookingSlotsQuerySchema,
  bookingSlotsViewSchema,
  type BookingView,
  bookingViewSchema,
  createBookingBodySchema,
  dayQuerySchema,
  kioskBookingLookupSchema,
  publicCancelBookingBodySchema,
  publicCreateBookingBodySchema,
  type Result,
} from '@hall/protocol';
import type { FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { HttpDeps } from './http-deps.ts';
import { principalOf, valueOf } from './route-kit.ts';

const CODE = ':code(^[A-Za-z0-9]{4,20}$)';

/** 201 with the new booking, or 200 with the one a retried request made the first time. */
function created(reply: FastifyReply, result: Result<{ booking: BookingView; replayed: boolean }>): BookingView {
  const made = valueOf(result);
  void reply.code(made.replayed ? 200 : 201);
  return made.booking;
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
  const one = { 200: bookingViewSchema };
  // 201 for a new booking, 200 for the one a retried request made.
  const createdOrReplayed = { 200: bookingViewSchema, 201: bookingViewSchema };
  app.get(
    '/api/v1/public/booking-options',
    { config: pub, schema: { tags, response: { 200: bookingOptionsViewSchema } } },
    () => desk.options(),
  );
  app.get(
    '/api/v1/public/booking-slots',
    { config: pub, schema: { tags, querystring: bookingSlotsQuerySchema, response: { 200: bookingSlotsViewSchema } } },
    (request) => valueOf(desk.slots(request.query.serviceId, request.query.day)),
  );
  app.post(
    '/api/v1/public/bookings',
    { config: publicWrite, schema: { tags, body: publicCreateBookingBodySchema, response: createdOrReplayed } },
    (request, reply) => created(reply, desk.create(request.body, 'public', 'public')),
  );
  app.get(
    `/api/v1/public/bookings/${CODE}`,
    { config: pub, schema: { tags, params: bookingCodeParamsSchema, response: one } },
    (request) => valueOf(desk.get(request.params.code)),
  );
  app.post(
    `/api/v1/public/bookings/${CODE}/cancel`,
    {
      config: publicWrite,
      schema: { tags, params: bookingCodeParamsSchema, body: publicCancelBookingBodySchema, response: one },
    },
    (request) => valueOf(desk.cancel(request.params.code, 'public', request.body.phoneLast4)),
  );
  app.post(
    '/api/v1/bookings',
    {
      config: { right: 'bookings:write' },
      schema: { tags, body: createBookingBodySchema, response: createdOrReplayed },
    },
    (request, reply) => {
      const p = principalOf(request);
      return created(reply, desk.create(request.body, p.role === 'admin' ? 'admin' : 'counter', p.id));
    },
  );
  app.post(
    `/api/v1/bookings/${CODE}/cancel`,
    { config: { right: 'bookings:write' }, schema: { tags, params: bookingCodeParamsSchema, response: one } },
    (request) => valueOf(desk.cancel(request.params.code, principalOf(request).id)),
  );
  app.get(
    '/api/v1/bookings',
    {
      config: { right: 'bookings:read' },
      schema: { tags, querystring: dayQuerySchema, response: { 200: bookingListSchema } },
    },
    (request) => desk.onDay(request.query.day ?? d.hall.state.businessDay),
  );
  app.get(
    `/api/v1/kiosk/bookings/${CODE}`,
    {
      config: { right: 'ticket:issue' },
      schema: { tags, params: bookingCodeParamsSchema, response: { 200: kioskBookingLookupSchema } },
    },
    (request) => valueOf(desk.lookupForKiosk(request.params.code)),
  );
};
