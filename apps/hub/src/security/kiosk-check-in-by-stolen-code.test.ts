import type { BookingSlotsView } from '@hall/protocol';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { api, phoneProof, rid, startTestHub, type TestHub } from '../test-support/test-hub.ts';

let t: TestHub;
beforeEach(async () => {
  t = await startTestHub();
});
afterEach(async () => {
  await t.stop();
  t.cleanup();
});

/** A citizen's booking (phone 138****5678); the clock is then moved into its check-in time. */
async function citizensBooking(): Promise<string> {
  const slots = await api(t.url, '/api/v1/public/booking-slots?serviceId=med-card&day=2026-11-24');
  const slot = (slots.body as unknown as BookingSlotsView).slots.filter((s) => s.available)[1];
  if (!slot) throw new Error('no free slot');
  const made = await api(t.url, '/api/v1/public/bookings', {
    body: { serviceId: 'med-card', slotStart: slot.start, name: '张三丰', phone: '13812345678' },
    proof: await phoneProof(t, '13812345678'),
  });
  expect(made.status).toBe(201);
  t.clock.t = slot.start - 10 * 60_000;
  return made.body.code as string;
}

const lookUp = (code: string, last4?: string, token = t.tokens.kiosk) =>
  api(t.url, `/api/v1/kiosk/bookings/${code}${last4 === undefined ? '' : `?phoneLast4=${last4}`}`, { token });
const checkIn = (code: string, last4?: string) =>
  api(t.url, '/api/v1/tickets', {
    token: t.tokens.kiosk,
    body: {
      requestId: rid(),
      serviceId: 'med-card',
      lane: 'booking',
      bookingCode: code,
      ...(last4 === undefined ? {} : { bookingPhoneLast4: last4 }),
    },
  });

describe('checking in at a kiosk with a code seen over a shoulder', () => {
  it('needs the last four digits of the booking’s phone besides the code, at the look-up and at the check-in', async () => {
    const code = await citizensBooking();
    expect(await lookUp(code)).toMatchObject({ status: 404, body: { code: 'UNKNOWN_BOOKING' } });
    expect(await lookUp(code, '1234')).toMatchObject({ status: 404, body: { code: 'UNKNOWN_BOOKING' } });
    expect(await checkIn(code)).toMatchObject({ status: 404, body: { code: 'UNKNOWN_BOOKING' } });
    expect(await lookUp(code, '5678')).toMatchObject({ status: 200, body: { verdict: 'open', booking: { code } } });
    expect(await checkIn(code, '５６７８')).toMatchObject({ status: 201, body: { ticket: { lane: 'booking' } } });
  });

  it('checks in a booking made at a counter without a phone by its code alone', async () => {
    const slots = await api(t.url, '/api/v1/public/booking-slots?serviceId=med-card&day=2026-11-24');
    const slot = (slots.body as unknown as BookingSlotsView).slots.filter((s) => s.available)[1];
    const made = await api(t.url, '/api/v1/bookings', {
      token: t.tokens.clerk,
      body: { serviceId: 'med-card', slotStart: slot?.start, name: '李四' },
    });
    t.clock.t = (slot?.start ?? 0) - 10 * 60_000;
    const code = made.body.code as string;
    expect((await lookUp(code)).status).toBe(200);
    expect((await checkIn(code)).status).toBe(201);
  });

  it('stops a kiosk after five wrong codes or digits in ten minutes, even for the right ones; other kiosks go on', async () => {
    const code = await citizensBooking();
    for (const digits of ['0000', '1111', '2222']) expect((await lookUp(code, digits)).status).toBe(404);
    expect((await lookUp('ZZZZZZZZ', '5678')).status).toBe(404);
    expect((await checkIn(code, '3333')).status).toBe(404);
    expect(await lookUp(code, '5678')).toMatchObject({ status: 429, body: { code: 'RATE_LIMITED' } });
    expect(await checkIn(code, '5678')).toMatchObject({ status: 429, body: { code: 'RATE_LIMITED' } });
    const other = t.hub.accounts.createDevice({ role: 'kiosk', name: 'kiosk 2' }, 'test').token;
    expect((await lookUp(code, '5678', other)).status).toBe(200);
    // Ten minutes later the first kiosk takes check-ins again.
    t.clock.t += 10 * 60_000;
    expect((await lookUp(code, '5678')).status).toBe(200);
  });
});
