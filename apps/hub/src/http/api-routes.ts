import {
  changePasswordBodySchema,
  closeFollowUpBodySchema,
  createDeviceBodySchema,
  createStaffBodySchema,
  loginBodySchema,
  noticesBodySchema,
  printerStatusSchema,
  type NoticesBody,
  resetPasswordBodySchema,
  ticketPrintJobSchema,
} from '@hall/protocol';
import type { HallStore } from '@hall/store';
import type { Accounts } from '../auth/accounts.ts';
import { staffView } from '../auth/accounts.ts';
import { can, canSupervise, type Principal, type Right } from '../auth/principal.ts';
import { newToken } from '../auth/secrets.ts';
import type { Clock } from '../clock.ts';
import type { CommandGateway, GatewayReply } from '../hall/command-gateway.ts';
import type { BookingDesk } from '../hall/booking-desk.ts';
import type { HallService } from '../hall/hall-service.ts';
import type { KioskPrinters } from '../kiosk/kiosk-printers.ts';
import { snapshotFor, statsOf, syncFor } from '../hall/projection.ts';
import { currentNotices, saveNotices } from '../hall/notices.ts';
import { publicStatusOf } from '../hall/public-status.ts';
import { parseInput } from '../validation.ts';
import { bookingRoutes } from './booking-routes.ts';
import { complaintRoutes } from './complaint-routes.ts';
import { body, principalOf, refuse, type Route, type RouteReply } from './route-kit.ts';
import { readJson } from './http-io.ts';

export interface ApiDeps {
  hall: HallService;
  bookings: BookingDesk;
  printers: KioskPrinters;
  gateway: CommandGateway;
  accounts: Accounts;
  store: HallStore;
  clock: Clock;
  /** Called after a device is revoked so its open sockets are cut at once. */
  onDeviceRevoked: (deviceId: string) => void;
  /** Called after a staff session ends (logout) so the sockets opened with it are cut. */
  onSessionEnded: (tokenHash: string) => void;
  /** Called after a staff member's sessions were all ended (password reset, disabled account). */
  onStaffLockedOut: (staffId: string) => void;
  /** Called after an admin changed the hall notices, to push them to the displays. */
  onNoticesChanged: (body: NoticesBody) => void;
  /** Called after a password change ended a staff member's other sessions. */
  onOtherSessionsEnded: (staffId: string, keepTokenHash: string) => void;
}

function commandReply<T>(reply: GatewayReply<T>, createdStatus: number): RouteReply {
  if (!reply.ok) refuse(reply.error);
  return { status: reply.replayed ? 200 : createdStatus, body: reply.value };
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const DAY_MS = 24 * 3600_000;

export function apiRoutes(d: ApiDeps): Route[] {
  return [
    {
      method: 'GET',
      pattern: /^\/healthz$/,
      right: 'public',
      handle: () => ({
        status: 200,
        // The process id tells a supervisor (or a test harness) which hub process answers on this port.
        body: {
          status: 'ok',
          businessDay: d.hall.state.businessDay,
          lastEventId: d.hall.lastEventId,
          pid: process.pid,
        },
      }),
    },
    {
      method: 'POST',
      pattern: /^\/api\/v1\/auth\/login$/,
      right: 'public',
      checksPassword: true,
      handle: async (ctx) => {
        const creds = body(parseInput(loginBodySchema, await readJson(ctx.req)));
        const result = await d.accounts.login(creds.username, creds.password);
        if (!result.ok) refuse(result.error);
        return { status: 200, body: result.value };
      },
    },
    {
      method: 'POST',
      pattern: /^\/api\/v1\/auth\/logout$/,
      right: 'hall:read',
      handle: (ctx) => {
        const p = principalOf(ctx);
        // Devices keep their token until an admin revokes it: logging out is a staff matter.
        if (p.kind === 'staff') {
          d.accounts.logout(p);
          d.onSessionEnded(p.tokenHash);
        }
        return { status: 200, body: { ok: true } };
      },
    },
    {
      method: 'GET',
      pattern: /^\/api\/v1\/me$/,
      right: 'hall:read',
      handle: (ctx) => {
        const p = principalOf(ctx);
        return {
          status: 200,
          body:
            p.kind === 'staff' ? { kind: 'staff', staff: staffView(p.staff) } : { kind: 'device', device: p.device },
        };
      },
    },
    {
      method: 'POST',
      pattern: /^\/api\/v1\/staff$/,
      right: 'admin',
      handle: async (ctx) => {
        const input = body(parseInput(createStaffBodySchema, await readJson(ctx.req)));
        const result = await d.accounts.createStaff(input, principalOf(ctx).id);
        if (!result.ok) refuse(result.error);
        return { status: 201, body: result.value };
      },
    },
    {
      method: 'POST',
      pattern: /^\/api\/v1\/auth\/password$/,
      right: 'hall:read',
      checksPassword: true,
      handle: async (ctx) => {
        const input = body(parseInput(changePasswordBodySchema, await readJson(ctx.req)));
        const p = principalOf(ctx);
        const result = await d.accounts.changeOwnPassword(p, input.currentPassword, input.newPassword);
        if (!result.ok) refuse(result.error);
        d.onOtherSessionsEnded(p.id, p.tokenHash);
        return { status: 200, body: result.value };
      },
    },
    {
      method: 'POST',
      pattern: /^\/api\/v1\/staff\/([A-Za-z0-9-]{1,60})\/password$/,
      right: 'admin',
      handle: async (ctx) => {
        const input = body(parseInput(resetPasswordBodySchema, await readJson(ctx.req)));
        const result = await d.accounts.resetPassword(ctx.params[0] ?? '', input.password, principalOf(ctx).id);
        if (!result.ok) refuse(result.error);
        d.onStaffLockedOut(result.value.id);
        return { status: 200, body: result.value };
      },
    },
    {
      method: 'POST',
      pattern: /^\/api\/v1\/staff\/([A-Za-z0-9-]{1,60})\/disable$/,
      right: 'admin',
      handle: (ctx) => {
        const result = d.accounts.disableStaff(ctx.params[0] ?? '', principalOf(ctx).id);
        if (!result.ok) refuse(result.error);
        d.onStaffLockedOut(result.value.id);
        return { status: 200, body: result.value };
      },
    },
    {
      method: 'GET',
      pattern: /^\/api\/v1\/staff$/,
      right: 'admin',
      handle: () => ({ status: 200, body: d.store.staff.list().map(staffView) }),
    },
    {
      method: 'POST',
      pattern: /^\/api\/v1\/devices$/,
      right: 'admin',
      handle: async (ctx) => {
        const input = body(parseInput(createDeviceBodySchema, await readJson(ctx.req)));
        if (input.window !== undefined && !d.hall.hall.windows.has(input.window)) {
          refuse({ code: 'UNKNOWN_WINDOW', message: `window ${input.window} is not in this hall` });
        }
        return { status: 201, body: d.accounts.createDevice(input, principalOf(ctx).id, newToken()) };
      },
    },
    {
      method: 'GET',
      pattern: /^\/api\/v1\/devices$/,
      right: 'admin',
      handle: () => ({ status: 200, body: d.store.devices.list() }),
    },
    {
      method: 'DELETE',
      pattern: /^\/api\/v1\/devices\/([A-Za-z0-9-]{1,60})$/,
      right: 'admin',
      handle: (ctx) => {
        const id = ctx.params[0] ?? '';
        if (!d.store.devices.get(id)) refuse({ code: 'NOT_FOUND', message: `no device ${id}` });
        d.accounts.revokeDevice(id, principalOf(ctx).id);
        d.onDeviceRevoked(id);
        return { status: 200, body: d.store.devices.get(id) };
      },
    },
    {
      method: 'GET',
      pattern: /^\/api\/v1\/hall$/,
      right: 'hall:read',
      handle: () => ({ status: 200, body: d.hall.hall.config }),
    },
    {
      method: 'GET',
      pattern: /^\/api\/v1\/queue$/,
      right: 'hall:read',
      handle: () => ({ status: 200, body: statsOf(d.hall) }),
    },
    {
      method: 'GET',
      pattern: /^\/api\/v1\/snapshot$/,
      right: 'hall:read',
      handle: (ctx) => ({ status: 200, body: snapshotFor(principalOf(ctx).role, d.hall, d.clock.now()) }),
    },
    {
      method: 'GET',
      pattern: /^\/api\/v1\/events$/,
      right: 'hall:watch',
      handle: (ctx) => {
        const after = Number(ctx.query.get('after') ?? '0');
        if (!Number.isInteger(after) || after < 0) {
          refuse({ code: 'VALIDATION_FAILED', message: 'after must be a whole number of 0 or more' });
        }
        return { status: 200, body: syncFor(principalOf(ctx).role, after, d.hall, d.store, d.clock.now()) };
      },
    },
    {
      method: 'GET',
      pattern: /^\/api\/v1\/windows$/,
      right: 'hall:watch',
      handle: () => ({ status: 200, body: [...d.hall.state.windows.values()] }),
    },
    {
      method: 'POST',
      pattern: /^\/api\/v1\/tickets$/,
      right: 'ticket:issue',
      handle: async (ctx) => commandReply(d.gateway.issueTicket(principalOf(ctx), await readJson(ctx.req)), 201),
    },
    {
      method: 'GET',
      pattern: /^\/api\/v1\/tickets$/,
      right: 'admin',
      handle: (ctx) => {
        const day = ctx.query.get('day') ?? d.hall.state.businessDay;
        if (!DAY.test(day)) refuse({ code: 'VALIDATION_FAILED', message: 'day must be YYYY-MM-DD' });
        return { status: 200, body: { businessDay: day, tickets: d.store.tickets.forDay(day) } };
      },
    },
    {
      // Before the general window route: a rating tablet may rate, and do nothing else.
      method: 'POST',
      pattern: /^\/api\/v1\/windows\/([^/]+)\/rate$/,
      right: 'rating:submit',
      handle: async (ctx) => {
        const p = principalOf(ctx);
        const reply = d.gateway.windowAction(p, 'rate', ctx.params[0], await readJson(ctx.req));
        if (reply.ok && p.kind === 'device') {
          // A tablet faces the citizen: it gets the rating back, not the ticket's history or holder.
          const t = reply.value.ticket;
          return { status: 200, body: { ticket: t && { id: t.id, number: t.number, rating: t.rating } } };
        }
        return commandReply(reply, 200);
      },
    },
    {
      method: 'GET',
      pattern: /^\/api\/v1\/rater\/status$/,
      right: 'rater:status',
      handle: (ctx) => {
        const p = principalOf(ctx);
        const number = p.kind === 'device' ? (p.device.window ?? 0) : 0;
        const w = d.hall.state.windows.get(number);
        const pending = w?.ratingTicketId ? d.hall.state.tickets.get(w.ratingTicketId) : undefined;
        return {
          status: 200,
          body: {
            window: number,
            names: d.hall.hall.windows.get(number)?.names ?? null,
            clerkName: w?.clerkName ?? null,
            pending:
              pending && w?.ratingDeadline
                ? { ticketNumber: pending.number, deadline: w.ratingDeadline, serverTime: d.clock.now() }
                : null,
          },
        };
      },
    },
    {
      method: 'GET',
      pattern: /^\/api\/v1\/follow-ups$/,
      right: 'complaints:use',
      handle: (ctx) => {
        if (!canSupervise(principalOf(ctx))) refuse({ code: 'FORBIDDEN', message: 'follow-ups are for supervisors' });
        return { status: 200, body: d.store.followUps.openOrSince(d.clock.now() - 7 * DAY_MS) };
      },
    },
    {
      method: 'POST',
      pattern: /^\/api\/v1\/follow-ups\/([A-Za-z0-9-]{1,60})\/close$/,
      right: 'complaints:use',
      handle: async (ctx) => {
        const p = principalOf(ctx);
        if (!canSupervise(p)) refuse({ code: 'FORBIDDEN', message: 'follow-ups are for supervisors' });
        const input = body(parseInput(closeFollowUpBodySchema, await readJson(ctx.req)));
        const id = ctx.params[0] ?? '';
        if (!d.store.followUps.get(id)) refuse({ code: 'NOT_FOUND', message: `no follow-up ${id}` });
        if (!d.store.followUps.closeWith(id, { at: d.clock.now(), by: p.id, text: input.note })) {
          refuse({ code: 'CONFLICT', message: 'this follow-up is closed already' });
        }
        return { status: 200, body: d.store.followUps.get(id) };
      },
    },
    ...complaintRoutes(d),
    {
      method: 'GET',
      pattern: /^\/api\/v1\/notices$/,
      right: 'hall:read',
      handle: () => ({ status: 200, body: currentNotices(d.store, d.clock.now()) }),
    },
    {
      method: 'PUT',
      pattern: /^\/api\/v1\/notices$/,
      right: 'admin',
      handle: async (ctx) => {
        const input = body(parseInput(noticesBodySchema, await readJson(ctx.req)));
        saveNotices(d.store, input);
        d.store.audit.append(d.clock.now(), principalOf(ctx).id, 'notices.set', `${input.notices.length} notice(s)`);
        const now = currentNotices(d.store, d.clock.now());
        d.onNoticesChanged(now);
        return { status: 200, body: now };
      },
    },
    {
      method: 'POST',
      pattern: /^\/api\/v1\/windows\/([^/]+)\/([^/]+)$/,
      right: 'window:operate',
      handle: async (ctx) => {
        const [window, action] = ctx.params;
        const reply = d.gateway.windowAction(principalOf(ctx), action ?? '', window, await readJson(ctx.req));
        return commandReply(reply, 200);
      },
    },
    ...bookingRoutes(d),
    {
      method: 'GET',
      pattern: /^\/api\/v1\/kiosk\/printer$/,
      right: 'ticket:issue',
      handle: async (ctx) => ({ status: 200, body: await d.printers.status(principalOf(ctx).id) }),
    },
    {
      method: 'POST',
      pattern: /^\/api\/v1\/kiosk\/print$/,
      right: 'ticket:issue',
      handle: async (ctx) => {
        const job = body(parseInput(ticketPrintJobSchema, await readJson(ctx.req)));
        return { status: 200, body: await d.printers.print(principalOf(ctx).id, job) };
      },
    },
    {
      method: 'POST',
      pattern: /^\/api\/v1\/kiosk\/printer-status$/,
      right: 'ticket:issue',
      handle: async (ctx) => {
        const status = body(parseInput(printerStatusSchema, await readJson(ctx.req)));
        d.printers.report(principalOf(ctx).id, status);
        return { status: 200, body: { ok: true } };
      },
    },
    {
      method: 'PUT',
      pattern: /^\/api\/v1\/printers\/([A-Za-z0-9-]{1,60})\/simulate$/,
      right: 'admin',
      handle: async (ctx) => {
        const id = ctx.params[0] ?? '';
        const status = body(parseInput(printerStatusSchema, await readJson(ctx.req)));
        if (d.store.devices.get(id)?.role !== 'kiosk') refuse({ code: 'NOT_FOUND', message: `no kiosk ${id}` });
        d.printers.simulate(id, status);
        return { status: 200, body: await d.printers.status(id) };
      },
    },
    {
      method: 'GET',
      pattern: /^\/api\/v1\/public\/tickets\/([A-Za-z0-9]{6,20})$/,
      right: 'public',
      handle: (ctx) => {
        const ticket = d.store.tickets.byCode(ctx.params[0] ?? '');
        if (!ticket) refuse({ code: 'UNKNOWN_TICKET', message: 'no ticket with this code' });
        return { status: 200, body: publicStatusOf(d.hall, ticket, d.clock.now()) };
      },
    },
    {
      method: 'GET',
      pattern: /^\/api\/v1\/audit$/,
      right: 'admin',
      handle: () => ({ status: 200, body: d.store.audit.recent(200) }),
    },
  ];
}

export function rightOf(p: Principal | undefined, right: Right | 'public'): boolean {
  return right === 'public' || (p !== undefined && can(p, right));
}
