import {
  configVersionListSchema,
  configVersionViewSchema,
  auditEntrySchema,
  bookingListSchema,
  bookingOptionsViewSchema,
  bookingSlotsViewSchema,
  commandAckSchemas,
  complaintSchema,
  createDeviceReplySchema,
  displayBookingListSchema,
  myBookingsSchema,
  publicBookingViewSchema,
  dayTicketsSchema,
  deviceStateViewSchema,
  followUpSchema,
  healthReplySchema,
  issuedTicketSchema,
  kioskBookingLookupSchema,
  loginReplySchema,
  meReplySchema,
  noticesBodySchema,
  okReplySchema,
  printResultSchema,
  publicTicketStatusSchema,
  queueStatsSchema,
  raterRateReplySchema,
  raterStatusSchema,
  serverPushSchemas,
  staffViewSchema,
  syncAckSchema,
  syncReplySchema,
  windowCommandResultSchema,
  windowListSchema,
  type HallConfigInput,
  type ServerPushName,
} from '@hall/protocol';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  api,
  connected,
  emitAck,
  issue,
  phoneProof,
  rid,
  socketFor,
  startTestHub,
  TEST_HALL,
  type TestHub,
} from './test-support/test-hub.ts';

/**
 * Every outbound view has a runtime schema, and a real hub's answers match it exactly: parsing changes
 * nothing (no field the schema does not know is dropped, no default filled in).
 */
function matches(schema: z.ZodType, body: unknown): void {
  expect(schema.parse(body)).toEqual(body);
}

const SCHEDULED_HALL: HallConfigInput = {
  ...TEST_HALL,
  schedule: { regular: [{ from: '09:00', to: '17:00' }], delay: [], weekend: [] },
};

let t: TestHub;
beforeEach(async () => {
  t = await startTestHub({ config: SCHEDULED_HALL });
});
afterEach(async () => {
  await t.stop();
  t.cleanup();
});

const get = async (path: string, token?: string) => {
  const r = await api(t.url, path, token ? { token } : {});
  expect(r.status, `${path}: ${JSON.stringify(r.body)}`).toBe(200);
  return r.body;
};
const post = async (path: string, body: unknown, token: string, status = 200) => {
  const r = await api(t.url, path, { token, body });
  expect(r.status, `${path}: ${JSON.stringify(r.body)}`).toBe(status);
  return r.body;
};

describe('outbound view schemas against a real hub', () => {
  it('HTTP replies: health, accounts, hall, windows, tickets, ratings, complaints, follow-ups, status', async () => {
    matches(healthReplySchema, await get('/healthz'));
    matches(
      loginReplySchema,
      await post('/api/v1/auth/login', { username: 'clerk1', password: 'clerk-password-1' }, ''),
    );
    matches(meReplySchema, await get('/api/v1/me', t.tokens.clerk));
    matches(meReplySchema, await get('/api/v1/me', t.tokens.display));
    matches(z.array(staffViewSchema), await get('/api/v1/staff', t.tokens.admin));
    const rater = await post('/api/v1/devices', { role: 'rater', name: '1号评价器', window: 1 }, t.tokens.admin, 201);
    matches(createDeviceReplySchema, rater);
    matches(z.array(deviceStateViewSchema), await get('/api/v1/devices', t.tokens.admin));
    matches(queueStatsSchema, await get('/api/v1/queue', t.tokens.kiosk));
    matches(windowListSchema, await get('/api/v1/windows', t.tokens.display));

    const issued = await issue(t, 'med-card');
    matches(issuedTicketSchema, issued);
    await issue(t, 'med-card');
    for (const action of ['open', 'call-next', 'start', 'finish']) {
      matches(
        windowCommandResultSchema,
        await post(`/api/v1/windows/1/${action}`, { requestId: rid() }, t.tokens.clerk),
      );
    }
    matches(raterStatusSchema, await get('/api/v1/rater/status', rater.token as string));
    const rated = { requestId: rid(), level: 'unsatisfied', source: 'tablet' };
    matches(raterRateReplySchema, await post('/api/v1/windows/1/rate', rated, rater.token as string));
    matches(z.array(followUpSchema), await get('/api/v1/follow-ups', t.tokens.admin));
    matches(dayTicketsSchema, await get('/api/v1/tickets', t.tokens.admin));

    await post('/api/v1/windows/5/open', { requestId: rid() }, t.tokens.clerk2);
    const matter = { window: 5, matter: '材料不全', contactName: '张三丰', contactPhone: '13912345678' };
    const complaint = await post('/api/v1/complaints', matter, t.tokens.clerk2, 201);
    matches(complaintSchema, complaint);
    const progress = { state: 'coordinating', note: '已联系' };
    matches(
      complaintSchema,
      await post(`/api/v1/complaints/${String(complaint.id)}/progress`, progress, t.tokens.clerk2),
    );
    matches(z.array(complaintSchema), await get('/api/v1/complaints?window=5', t.tokens.clerk2));

    const code = (issued.ticket as unknown as { statusCode: string }).statusCode;
    matches(publicTicketStatusSchema, await get(`/api/v1/public/tickets/${code}`));
    matches(noticesBodySchema, await get('/api/v1/notices', t.tokens.display));
    matches(z.array(auditEntrySchema), await get('/api/v1/audit', t.tokens.admin));
    matches(okReplySchema, await post('/api/v1/auth/logout', {}, t.tokens.lead));
  });

  it('HTTP replies: bookings, the kiosk lookup and the virtual printer', async () => {
    matches(bookingOptionsViewSchema, await get('/api/v1/public/booking-options'));
    const slots = bookingSlotsViewSchema.parse(
      await get('/api/v1/public/booking-slots?serviceId=med-card&day=2026-11-24'),
    );
    const slot = slots.slots.find((s) => s.available);
    expect(slot).toBeDefined();
    const body = { serviceId: 'med-card', slotStart: slot?.start, name: '张三丰', phone: '13812345678' };
    const proof = await phoneProof(t, '13812345678');
    const made = await api(t.url, '/api/v1/public/bookings', { body, proof });
    expect(made.status).toBe(201);
    const booking = made.body;
    matches(publicBookingViewSchema, booking);
    matches(
      publicBookingViewSchema,
      (await api(t.url, `/api/v1/public/bookings/${String(booking.code)}`, { proof })).body,
    );
    matches(myBookingsSchema, (await api(t.url, '/api/v1/public/my-bookings', { proof })).body);
    matches(displayBookingListSchema, await get('/api/v1/bookings', t.tokens.display));
    matches(
      kioskBookingLookupSchema,
      await get(`/api/v1/kiosk/bookings/${String(booking.code)}?phoneLast4=5678`, t.tokens.kiosk),
    );
    matches(bookingListSchema, await get('/api/v1/bookings', t.tokens.clerk));
    const job = {
      locale: 'zh-Hans',
      hallName: '测试大厅',
      number: 'A001',
      serviceName: '医保卡',
      zoneName: '医保',
      waitAt: '医保 · 1号窗口',
      laneLabel: null,
      peopleAhead: 0,
      estimatedWaitMinutes: 0,
      issuedAt: '2026-11-24 09:00',
      statusUrl: 'http://hall.test/t/abc',
      footer: [],
    };
    matches(printResultSchema, await post('/api/v1/kiosk/print', job, t.tokens.kiosk));
  });

  it('socket pushes and acknowledgements, for staff and for a display', async () => {
    await issue(t, 'med-card');
    await issue(t, 'med-card');
    for (const token of [t.tokens.clerk, t.tokens.display]) {
      const socket = socketFor(t.url, token);
      const pushes = new Map<ServerPushName, unknown>();
      for (const name of Object.keys(serverPushSchemas) as ServerPushName[]) {
        socket.on(name, (body: unknown) => pushes.set(name, body));
      }
      try {
        await connected(socket);
        if (token === t.tokens.clerk) {
          matches(
            commandAckSchemas['window:open'],
            await emitAck(socket, 'window:open', { window: 1, requestId: rid() }),
          );
          const next = await emitAck(socket, 'window:call-next', { window: 1, requestId: rid() });
          matches(commandAckSchemas['window:call-next'], next);
          // A refusal reads as an ack too.
          const refused = await emitAck(socket, 'window:open', { window: 99, requestId: rid() });
          expect(commandAckSchemas['window:open'].parse(refused)).toMatchObject({ ok: false, code: 'UNKNOWN_WINDOW' });
        } else {
          await post('/api/v1/windows/3/open', { requestId: rid() }, t.tokens.clerk2);
          await post('/api/v1/windows/3/call-next', { requestId: rid() }, t.tokens.clerk2);
        }
        await expect.poll(() => pushes.has('hall:event')).toBe(true);
        // A new configuration version (the same document stored again) is pushed to everyone.
        const current = configVersionViewSchema.parse(await get('/api/v1/config', t.tokens.admin));
        matches(configVersionViewSchema, current);
        const stored = await api(t.url, '/api/v1/config', {
          method: 'PUT',
          token: t.tokens.admin,
          body: { baseVersion: current.version, config: current.config },
        });
        expect(stored.status).toBe(200);
        matches(configVersionViewSchema, stored.body);
        matches(configVersionListSchema, await get('/api/v1/config/versions', t.tokens.admin));
        await expect.poll(() => pushes.size).toBe(Object.keys(serverPushSchemas).length);
        for (const [name, body] of pushes) matches(serverPushSchemas[name], body);
        const events = await emitAck(socket, 'sync:request', { lastEventId: 0 });
        matches(syncAckSchema, events);
        expect(events).toMatchObject({ ok: true, kind: 'events' });
        matches(syncReplySchema, await get('/api/v1/events?after=0', token));
      } finally {
        socket.close();
      }
    }
  });
});
