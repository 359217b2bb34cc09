import type { BookingSlotsView, DisplayBookingsPush, BookingView, HallConfigInput, QueueStats } from '@hall/protocol';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  api,
  connected,
  phoneProof,
  rid,
  socketFor,
  startTestHub,
  TEST_HALL,
  windowAction,
  type TestHub,
} from './test-support/test-hub.ts';

const MINUTE = 60_000;
/** Hall-local times of the test day, Tuesday 2026-11-24; the test clock starts at 09:00 (HALL_MORNING). */
const local = (hhmm: string) => Date.parse(`2026-11-24T${hhmm}:00+08:00`);

/** The test hall on 5+2 hours: med-card is on the delay-service list, tax-invoice is not. */
const SCHEDULED_HALL: HallConfigInput = {
  ...TEST_HALL,
  schedule: {
    regular: [{ from: '09:00', to: '17:00' }],
    delay: [{ from: '17:00', to: '20:00' }],
    weekend: [{ from: '09:00', to: '12:00' }],
  },
  holidays: { closed: ['2026-11-26'], workdays: [] },
  services: TEST_HALL.services.map((s) => (s.id === 'med-card' ? { ...s, delayService: true } : s)),
};

let t: TestHub;
/** A proof per phone while it lasts (30 minutes of the test clock): a phone gets one code a minute. */
let proofs: Map<string, { proof: string; at: number }>;

beforeEach(async () => {
  t = await startTestHub({ config: SCHEDULED_HALL });
  proofs = new Map();
});

async function proofFor(phone: string): Promise<string> {
  const known = proofs.get(phone);
  const now = t.clock.now();
  if (known !== undefined && now >= known.at && now - known.at < 30 * MINUTE) return known.proof;
  const proof = await phoneProof(t, phone);
  proofs.set(phone, { proof, at: now });
  return proof;
}

/** The public look-up of a booking made with the default phone. */
async function lookUp(code: string) {
  return api(t.url, `/api/v1/public/bookings/${code}`, { proof: await proofFor('13812345678') });
}

afterEach(async () => {
  await t.stop();
  t.cleanup();
});

const setTime = (at: number) => {
  t.clock.t = at;
};

async function slots(serviceId: string, day = '2026-11-24'): Promise<BookingSlotsView> {
  const r = await api(t.url, `/api/v1/public/booking-slots?serviceId=${serviceId}&day=${day}`);
  expect(r.status).toBe(200);
  return r.body as unknown as BookingSlotsView;
}

async function book(slotStart: number, o: { token?: string; name?: string; phone?: string } = {}) {
  const path = o.token ? '/api/v1/bookings' : '/api/v1/public/bookings';
  const phone = o.phone ?? '13812345678';
  const body = { serviceId: 'med-card', slotStart, name: o.name ?? '张三丰', phone };
  // A citizen proves the phone first; staff book without.
  return o.token
    ? api(t.url, path, { token: o.token, body })
    : api(t.url, path, { body, proof: await proofFor(phone) });
}

async function checkIn(code: string) {
  return api(t.url, '/api/v1/tickets', {
    token: t.tokens.kiosk,
    // The citizen types the last four digits of the booking's phone with the code.
    body: { requestId: rid(), serviceId: 'med-card', lane: 'booking', bookingCode: code, bookingPhoneLast4: '5678' },
  });
}

describe('delay service and bookings', () => {
  it('books an evening slot, checks it in at the kiosk and calls it before an older normal ticket once its slot starts', async () => {
    const evening = (await slots('med-card')).slots.filter((s) => s.session === 'delay');
    expect(evening.map((s) => new Date(s.start).toISOString())).toContain(new Date(local('17:30')).toISOString());
    const made = await book(local('17:30'));
    expect(made.status).toBe(201);
    const booking = made.body as unknown as BookingView;
    expect(booking).toMatchObject({ state: 'booked', session: 'delay', source: 'public', name: '张*丰' });
    // The citizen's answer shows no phone digits; staff see the masked phone.
    expect(booking).not.toHaveProperty('phone');
    const staff = await api(t.url, '/api/v1/bookings', { token: t.tokens.clerk });
    expect(staff.body).toEqual([expect.objectContaining({ code: booking.code, phone: '138****5678' })]);
    expect(booking.code).toMatch(/^[A-HJ-NP-Z2-9]{8}$/);

    // Too early at 16:50 (check-in opens 30 minutes before 17:30).
    setTime(local('16:50'));
    const early = await api(t.url, `/api/v1/kiosk/bookings/${booking.code.toLowerCase()}?phoneLast4=5678`, {
      token: t.tokens.kiosk,
    });
    expect(early.body).toMatchObject({ verdict: 'too-early', checkInOpensAt: local('17:00') });
    expect((await checkIn(booking.code)).body.code).toBe('BOOKING_TOO_EARLY');

    // 17:02 a walk-in takes a normal ticket; 17:05 the booking is checked in.
    setTime(local('17:02'));
    const walkIn = await api(t.url, '/api/v1/tickets', {
      token: t.tokens.kiosk,
      body: { requestId: rid(), serviceId: 'med-card' },
    });
    expect(walkIn.status).toBe(201);
    setTime(local('17:05'));
    const lookup = await api(t.url, `/api/v1/kiosk/bookings/${booking.code}?phoneLast4=5678`, {
      token: t.tokens.kiosk,
    });
    expect(lookup.body).toMatchObject({ verdict: 'open', checkInClosesAt: local('18:00') });
    const ticket = await checkIn(booking.code);
    expect(ticket.status).toBe(201);
    expect(ticket.body).toMatchObject({ ticket: { lane: 'booking', holder: { name: '张*丰' } } });
    expect((await lookUp(booking.code)).body).toMatchObject({ state: 'checked-in' });

    await windowAction(t, t.tokens.clerk, 1, 'open');
    // 17:20: the slot has not started, so the walk-in goes first.
    setTime(local('17:20'));
    const first = await windowAction(t, t.tokens.clerk, 1, 'call-next');
    expect(first.body).toMatchObject({ ticket: { lane: 'normal' } });
    await windowAction(t, t.tokens.clerk, 1, 'start');
    await windowAction(t, t.tokens.clerk, 1, 'finish');
    await api(t.url, '/api/v1/tickets', { token: t.tokens.kiosk, body: { requestId: rid(), serviceId: 'med-card' } });
    // 17:30: the slot has started; the booking goes before the normal ticket that waits longer.
    setTime(local('17:30'));
    const second = await windowAction(t, t.tokens.clerk, 1, 'call-next');
    expect(second.body).toMatchObject({ ticket: { lane: 'booking', booking: { code: booking.code } } });
    expect((await lookUp(booking.code)).body).toMatchObject({ state: 'called' });
    await windowAction(t, t.tokens.clerk, 1, 'start');
    await windowAction(t, t.tokens.clerk, 1, 'finish');
    expect((await lookUp(booking.code)).body).toMatchObject({ state: 'done' });
  });

  it('keeps each slot within its capacity; cancelling frees the place', async () => {
    const slot = local('10:00');
    const a = await book(slot);
    const b = await book(slot, { token: t.tokens.clerk, name: '李四', phone: '13900001111' });
    expect(b.body).toMatchObject({ source: 'counter', state: 'booked' });
    const full = await book(slot, { token: t.tokens.admin });
    expect(full).toMatchObject({ status: 409, body: { code: 'SLOT_FULL' } });
    expect((await slots('med-card')).slots.find((s) => s.start === slot)).toMatchObject({
      capacity: 2,
      booked: 2,
      available: false,
    });

    const code = a.body.code as string;
    const wrong = await api(t.url, `/api/v1/public/bookings/${code}/cancel`, {
      body: {},
      proof: await proofFor('13900009999'),
    });
    expect(wrong).toMatchObject({ status: 404, body: { code: 'UNKNOWN_BOOKING' } });
    const own = await proofFor('13812345678');
    const cancelled = await api(t.url, `/api/v1/public/bookings/${code}/cancel`, { body: {}, proof: own });
    expect(cancelled).toMatchObject({ status: 200, body: { state: 'cancelled' } });
    const again = await api(t.url, `/api/v1/public/bookings/${code}/cancel`, { body: {}, proof: own });
    expect(again.body.code).toBe('BOOKING_NOT_CANCELLABLE');
    expect((await book(slot, { token: t.tokens.admin })).status).toBe(201);

    // A clerk cancels at the counter; kiosks and displays may not book or cancel.
    const byClerk = await api(t.url, `/api/v1/bookings/${b.body.code as string}/cancel`, {
      token: t.tokens.clerk,
      body: {},
    });
    expect(byClerk.body).toMatchObject({ state: 'cancelled' });
    for (const token of [t.tokens.kiosk, t.tokens.display]) {
      expect((await book(local('11:00'), { token })).status).toBe(403);
    }
  });

  it('answers a retried booking (its answer was lost) with the booking made the first time', async () => {
    const body = {
      serviceId: 'med-card',
      slotStart: local('11:00'),
      name: '王五',
      phone: '13700001234',
      requestId: rid(),
    };
    const proof = await proofFor('13700001234');
    const first = await api(t.url, '/api/v1/public/bookings', { body, proof });
    const retry = await api(t.url, '/api/v1/public/bookings', { body, proof });
    expect(first.status).toBe(201);
    expect(retry).toMatchObject({ status: 200, body: { code: first.body.code } });
    expect((await slots('med-card')).slots.find((s) => s.start === local('11:00'))?.booked).toBe(1);
    const reused = await api(t.url, '/api/v1/public/bookings', {
      body: { ...body, slotStart: local('11:30') },
      proof,
    });
    expect(reused).toMatchObject({ status: 409, body: { code: 'REQUEST_ID_REUSED' } });
    // A clerk's request ids are their own: the same id from a clerk makes a booking of its own.
    const clerk = await api(t.url, '/api/v1/bookings', { token: t.tokens.clerk, body });
    expect(clerk.status).toBe(201);
    expect(clerk.body.code).not.toBe(first.body.code);
  });

  it('offers only real future slots within the horizon, by the service hours of the day', async () => {
    for (const slotStart of [local('10:10'), local('08:30'), local('09:00'), Date.parse('2026-12-20T10:00:00+08:00')]) {
      expect((await book(slotStart)).body.code).toBe('UNKNOWN_SLOT');
    }
    // A day-time-only service has no evening slots; on Saturday only delay-listed services open.
    const tax = await slots('tax-invoice');
    expect(tax.slots.every((s) => s.session === 'regular' && s.start < local('17:00'))).toBe(true);
    expect((await slots('tax-invoice', '2026-11-28')).slots).toEqual([]);
    const saturday = await slots('med-card', '2026-11-28');
    expect(saturday).toMatchObject({ dayKind: 'rest' });
    expect(saturday.slots).toHaveLength(6);
    expect(await slots('med-card', '2026-11-26')).toMatchObject({ dayKind: 'closed', slots: [] });
    const options = await api(t.url, '/api/v1/public/booking-options');
    expect(options.body).toMatchObject({ timeZone: 'Asia/Shanghai', checkInEarlyMinutes: 30 });
    expect((options.body.days as unknown[]).length).toBe(14);
  });

  it('makes a booking not checked in by its slot end a no-show; the latecomer takes a normal ticket', async () => {
    const made = await book(local('09:30'));
    const code = made.body.code as string;
    setTime(local('10:00'));
    t.hub.bookings.markNoShows();
    expect((await lookUp(code)).body).toMatchObject({ state: 'no-show' });
    const lookup = await api(t.url, `/api/v1/kiosk/bookings/${code}?phoneLast4=5678`, { token: t.tokens.kiosk });
    expect(lookup.body).toMatchObject({ verdict: 'missed' });
    expect((await checkIn(code)).body.code).toBe('BOOKING_MISSED');
    const normal = await api(t.url, '/api/v1/tickets', {
      token: t.tokens.kiosk,
      body: { requestId: rid(), serviceId: 'med-card' },
    });
    expect(normal).toMatchObject({ status: 201, body: { ticket: { lane: 'normal' } } });
  });

  it('refuses tickets outside the service hours, and says when each service opens in the stats', async () => {
    setTime(local('18:00'));
    const closed = await api(t.url, '/api/v1/tickets', {
      token: t.tokens.kiosk,
      body: { requestId: rid(), serviceId: 'tax-invoice' },
    });
    expect(closed).toMatchObject({ status: 409, body: { code: 'SERVICE_CLOSED' } });
    expect(closed.body.message).toContain('2026-11-25 09:00');
    const stats = (await api(t.url, '/api/v1/queue', { token: t.tokens.kiosk })).body as unknown as QueueStats;
    const of = (id: string) => stats.services.find((s) => s.serviceId === id);
    expect(of('tax-invoice')).toMatchObject({ open: false, opensAt: local('09:00') + 24 * 60 * MINUTE });
    expect(of('med-card')).toMatchObject({ open: true, opensAt: null, closesAt: local('20:00'), callable: true });
    // Closed at 17:00, tax-invoice tickets are still called in the 30-minute grace, not after.
    expect(of('tax-invoice')?.callable).toBe(false);
    setTime(local('17:20'));
    const inGrace = (await api(t.url, '/api/v1/queue', { token: t.tokens.kiosk })).body as unknown as QueueStats;
    expect(inGrace.services.find((s) => s.serviceId === 'tax-invoice')).toMatchObject({ open: false, callable: true });
  });

  it('rate-limits public writes (codes, proofs, bookings, cancels) per address in a bucket of their own', async () => {
    // Proving a phone takes two of the 20 (a code and a proof).
    const proof = await proofFor('13812345678');
    const replies = [];
    for (let i = 0; i < 20; i++) {
      replies.push(await api(t.url, `/api/v1/public/bookings/ZZZZZZ${10 + i}/cancel`, { body: {}, proof }));
    }
    expect(replies.slice(0, 18).every((r) => r.body.code === 'UNKNOWN_BOOKING')).toBe(true);
    expect(replies.slice(18).every((r) => r.body.code === 'RATE_LIMITED')).toBe(true);
    // Logins from the same address are not affected.
    const login = await api(t.url, '/api/v1/auth/login', {
      body: { username: 'clerk1', password: 'clerk-password-1' },
    });
    expect(login.status).toBe(200);
  });

  it("pushes today's bookings to displays and staff, never to kiosks", async () => {
    const display = socketFor(t.url, t.tokens.display);
    const kiosk = socketFor(t.url, t.tokens.kiosk);
    const pushes: DisplayBookingsPush[] = [];
    let kioskPushes = 0;
    display.on('hall:bookings', (p: DisplayBookingsPush) => pushes.push(p));
    kiosk.on('hall:bookings', () => kioskPushes++);
    await Promise.all([connected(display), connected(kiosk)]);
    await expect.poll(() => pushes.length).toBe(1);
    expect(pushes[0]).toEqual({ day: '2026-11-24', bookings: [] });
    await book(local('17:00'));
    await expect.poll(() => pushes.at(-1)?.bookings.length).toBe(1);
    // A display's rows carry neither the code nor the phone (security/display-lists-booking-codes.test.ts).
    expect(pushes.at(-1)?.bookings[0]).toMatchObject({ session: 'delay', name: '张*丰' });
    expect(pushes.at(-1)?.bookings[0]).not.toHaveProperty('phone');
    expect(kioskPushes).toBe(0);
    display.close();
    kiosk.close();
  });
});
