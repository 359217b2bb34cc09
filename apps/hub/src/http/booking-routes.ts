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
  displayBookingListSchema,
  kioskBookingLookupSchema,
  kioskBookingQuerySchema,
  myBookingsSchema,
  PHONE_PROOF_HEADER,
  phoneCodeBodySchema,
  phoneCodeSentSchema,
  phoneProofBodySchema,
  phoneProofHeadersSchema,
  phoneProofSchema,
  type PublicBookingView,
  publicBookingViewSchema,
  publicCreateBookingBodySchema,
  type Result,
} from '@hall/protocol';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { HttpDeps } from './http-deps.ts';
import { principalOf, valueOf } from './route-kit.ts';

const CODE = ':code(^[A-Za-z0-9]{4,20}$)';

/** 201 with the new booking, or 200 with the one a retried request made the first time. */
function created<B extends BookingView | PublicBookingView>(
  reply: FastifyReply,
  result: Result<{ booking: B; replayed: boolean }>,
): B {
  const made = valueOf(result);
  void reply.code(made.replayed ? 200 : 201);
  return made.booking;
}

/** The phone proof a public route was sent (`X-Phone-Proof`), if any. */
function proofOf(request: FastifyRequest): string | undefined {
  const value = request.headers[PHONE_PROOF_HEADER];
  return typeof value === 'string' ? value : undefined;
}

/**
 * Bookings: public routes for the `/book` page and the government portal (no token: the citizen proves
 * the phone with a one-time code instead; codes, making and cancelling are rate-limited per address and
 * per phone), staff routes for counters and admins, and the kiosk's check-in lookup.
 */
export const bookingRoutes: FastifyPluginAsyncZod<HttpDeps> = async (app, d) => {
  const desk = d.bookings;
  const tags = ['bookings'];
  const pub = { right: 'public' } as const;
  const publicWrite = { right: 'public', publicWrite: true } as const;
  const one = { 200: bookingViewSchema };
  const publicOne = { 200: publicBookingViewSchema };
  const headers = phoneProofHeadersSchema;
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
    '/api/v1/public/phone-codes',
    { config: publicWrite, schema: { tags, body: phoneCodeBodySchema, response: { 202: phoneCodeSentSchema } } },
    async (request, reply) => {
      const sent = valueOf(await d.phones.sendCode(request.body.phone, request.ip));
      void reply.code(202);
      return sent;
    },
  );
  app.post(
    '/api/v1/public/phone-proofs',
    { config: publicWrite, schema: { tags, body: phoneProofBodySchema, response: { 200: phoneProofSchema } } },
    (request) => valueOf(d.phones.prove(request.body.phone, request.body.code)),
  );
  app.post(
    '/api/v1/public/bookings',
    {
      config: publicWrite,
      schema: {
        tags,
        headers,
        body: publicCreateBookingBodySchema,
        response: { 200: publicBookingViewSchema, 201: publicBookingViewSchema },
      },
    },
    (request, reply) => created(reply, desk.createPublic(request.body, proofOf(request))),
  );
  app.get(
    '/api/v1/public/my-bookings',
    { config: pub, schema: { tags, headers, response: { 200: myBookingsSchema } } },
    (request) => valueOf(desk.ofPhone(proofOf(request))),
  );
  app.get(
    `/api/v1/public/bookings/${CODE}`,
    { config: pub, schema: { tags, headers, params: bookingCodeParamsSchema, response: publicOne } },
    (request) => valueOf(desk.getForPhone(request.params.code, proofOf(request))),
  );
  app.post(
    `/api/v1/public/bookings/${CODE}/cancel`,
    { config: publicWrite, schema: { tags, headers, params: bookingCodeParamsSchema, response: publicOne } },
    (request) => valueOf(desk.cancelForPhone(request.params.code, proofOf(request))),
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
      // Staff get the bookings with codes; a wall display gets rows without codes or phones.
      schema: {
        tags,
        querystring: dayQuerySchema,
        response: { 200: z.union([bookingListSchema, displayBookingListSchema]) },
      },
    },
    (request) => {
      const day = request.query.day ?? d.hall.state.businessDay;
      return principalOf(request).role === 'display' ? desk.rowsOnDay(day) : desk.onDay(day);
    },
  );
  app.get(
    `/api/v1/kiosk/bookings/${CODE}`,
    {
      config: { right: 'ticket:issue' },
      schema: {
        tags,
        params: bookingCodeParamsSchema,
        querystring: kioskBookingQuerySchema,
        response: { 200: kioskBookingLookupSchema },
      },
    },
    (request) => valueOf(desk.lookupForKiosk(principalOf(request).id, request.params.code, request.query.phoneLast4)),
  );
};
