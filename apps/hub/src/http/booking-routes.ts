import { createBookingBodySchema, publicCancelBookingBodySchema, publicCreateBookingBodySchema } from '@hall/protocol';
import type { BookingView } from '@hall/protocol';
import type { Result } from '@hall/queue-core';
import type { ApiDeps } from './api-routes.ts';
import { readJson } from './http-io.ts';
import { body, principalOf, refuse, type Route, type RouteReply } from './route-kit.ts';
import { parseInput } from '../validation.ts';

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const CODE = '([A-Za-z0-9]{4,20})';

function reply<T>(result: Result<T>, status = 200): RouteReply {
  return result.ok ? { status, body: result.value } : refuse(result.error);
}

/** 201 with the new booking, or 200 with the one a retried request made the first time. */
function created(result: Result<{ booking: BookingView; replayed: boolean }>): RouteReply {
  if (!result.ok) refuse(result.error);
  return { status: result.value.replayed ? 200 : 201, body: result.value.booking };
}

/**
 * Bookings: public routes for the `/book` page and the government portal (no token; making and
 * cancelling are rate-limited per address), staff routes for counters and admins, and
 * the kiosk's check-in lookup.
 */
export function bookingRoutes(d: ApiDeps): Route[] {
  const desk = d.bookings;
  return [
    {
      method: 'GET',
      pattern: /^\/api\/v1\/public\/booking-options$/,
      right: 'public',
      handle: () => ({ status: 200, body: desk.options() }),
    },
    {
      method: 'GET',
      pattern: /^\/api\/v1\/public\/booking-slots$/,
      right: 'public',
      handle: (ctx) => {
        const serviceId = ctx.query.get('serviceId') ?? '';
        const day = ctx.query.get('day') ?? '';
        if (!DAY.test(day)) refuse({ code: 'VALIDATION_FAILED', message: 'day must be YYYY-MM-DD' });
        return reply(desk.slots(serviceId, day));
      },
    },
    {
      method: 'POST',
      pattern: /^\/api\/v1\/public\/bookings$/,
      right: 'public',
      publicWrite: true,
      handle: async (ctx) => {
        const input = body(parseInput(publicCreateBookingBodySchema, await readJson(ctx.req)));
        return created(desk.create(input, 'public', 'public'));
      },
    },
    {
      method: 'GET',
      pattern: new RegExp(`^/api/v1/public/bookings/${CODE}$`),
      right: 'public',
      handle: (ctx) => reply(desk.get(ctx.params[0] ?? '')),
    },
    {
      method: 'POST',
      pattern: new RegExp(`^/api/v1/public/bookings/${CODE}/cancel$`),
      right: 'public',
      publicWrite: true,
      handle: async (ctx) => {
        const input = body(parseInput(publicCancelBookingBodySchema, await readJson(ctx.req)));
        return reply(desk.cancel(ctx.params[0] ?? '', 'public', input.phoneLast4));
      },
    },
    {
      method: 'POST',
      pattern: /^\/api\/v1\/bookings$/,
      right: 'bookings:write',
      handle: async (ctx) => {
        const input = body(parseInput(createBookingBodySchema, await readJson(ctx.req)));
        const p = principalOf(ctx);
        return created(desk.create(input, p.role === 'admin' ? 'admin' : 'counter', p.id));
      },
    },
    {
      method: 'POST',
      pattern: new RegExp(`^/api/v1/bookings/${CODE}/cancel$`),
      right: 'bookings:write',
      handle: (ctx) => reply(desk.cancel(ctx.params[0] ?? '', principalOf(ctx).id)),
    },
    {
      method: 'GET',
      pattern: /^\/api\/v1\/bookings$/,
      right: 'bookings:read',
      handle: (ctx) => {
        const day = ctx.query.get('day') ?? d.hall.state.businessDay;
        if (!DAY.test(day)) refuse({ code: 'VALIDATION_FAILED', message: 'day must be YYYY-MM-DD' });
        return { status: 200, body: desk.onDay(day) };
      },
    },
    {
      method: 'GET',
      pattern: new RegExp(`^/api/v1/kiosk/bookings/${CODE}$`),
      right: 'ticket:issue',
      handle: (ctx) => reply(desk.lookupForKiosk(ctx.params[0] ?? '')),
    },
  ];
}
