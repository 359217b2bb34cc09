import type { BookingSlotsView } from '@hall/protocol';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { api, phoneProof, startTestHub, type TestHub } from '../test-support/test-hub.ts';

let t: TestHub;
beforeEach(async () => {
  t = await startTestHub();
});
afterEach(async () => {
  await t.stop();
  t.cleanup();
});

const OWNER = '13812345678';

/** The owner books with a proven phone; the attacker has only the code (read off a screen or a shoulder). */
async function ownersBooking(): Promise<{ code: string; proof: string }> {
  const proof = await phoneProof(t, OWNER);
  const slots = await api(t.url, '/api/v1/public/booking-slots?serviceId=med-card&day=2026-11-24');
  const [slotStart] = (slots.body as unknown as BookingSlotsView).slots.filter((s) => s.available).map((s) => s.start);
  const made = await api(t.url, '/api/v1/public/bookings', {
    body: { serviceId: 'med-card', slotStart, name: '张三丰', phone: OWNER },
    proof,
  });
  expect(made.status).toBe(201);
  return { code: made.body.code as string, proof };
}

describe("cancelling another person's booking with its code", () => {
  it('shows nothing of the booking without a proof of its phone, and the same 404 as an unknown code for another phone', async () => {
    const { code } = await ownersBooking();
    const bare = await api(t.url, `/api/v1/public/bookings/${code}`);
    expect(bare).toMatchObject({ status: 401, body: { code: 'PHONE_PROOF_REQUIRED' } });
    expect(JSON.stringify(bare.body)).not.toContain('5678');
    const attacker = await phoneProof(t, '13900009999');
    const other = await api(t.url, `/api/v1/public/bookings/${code}`, { proof: attacker });
    const unknown = await api(t.url, '/api/v1/public/bookings/ZZZZZZZZ', { proof: attacker });
    expect(other).toMatchObject({ status: 404, body: { code: 'UNKNOWN_BOOKING' } });
    expect(unknown).toMatchObject({ status: 404, body: { code: 'UNKNOWN_BOOKING' } });
  });

  it('shows its owner no phone digits, which a guess at the phone could use', async () => {
    const { code, proof } = await ownersBooking();
    const own = await api(t.url, `/api/v1/public/bookings/${code}`, { proof });
    expect(own).toMatchObject({ status: 200, body: { code, state: 'booked' } });
    expect(own.body).not.toHaveProperty('phone');
    expect(JSON.stringify(own.body)).not.toMatch(/5678|138/);
  });

  it('refuses a cancel by the digits the old look-up showed, without a proof, or with the proof of another phone', async () => {
    const { code, proof } = await ownersBooking();
    const byDigits = await api(t.url, `/api/v1/public/bookings/${code}/cancel`, { body: { phoneLast4: '5678' } });
    expect(byDigits.status).not.toBe(200);
    const bare = await api(t.url, `/api/v1/public/bookings/${code}/cancel`, { body: {} });
    expect(bare).toMatchObject({ status: 401, body: { code: 'PHONE_PROOF_REQUIRED' } });
    const attacker = await phoneProof(t, '13900009999');
    const other = await api(t.url, `/api/v1/public/bookings/${code}/cancel`, { body: {}, proof: attacker });
    expect(other).toMatchObject({ status: 404, body: { code: 'UNKNOWN_BOOKING' } });
    const staff = await api(t.url, `/api/v1/bookings?day=2026-11-24`, { token: t.tokens.clerk });
    expect(staff.body).toEqual([expect.objectContaining({ code, state: 'booked' })]);
    // Its owner can.
    const own = await api(t.url, `/api/v1/public/bookings/${code}/cancel`, { body: {}, proof });
    expect(own).toMatchObject({ status: 200, body: { code, state: 'cancelled' } });
  });
});
