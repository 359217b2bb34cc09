import type { BookingSlotsView } from '@hall/protocol';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { api, phoneProof, startTestHub, type TestHub } from '../test-support/test-hub.ts';

/** The test day (the test clock starts at 09:00 hall time). */
const TODAY = '2026-11-24';

let t: TestHub;
beforeEach(async () => {
  // The probe came through one proxy that named many clients: the per-phone limits must hold across addresses.
  t = await startTestHub({ trustedProxies: ['127.0.0.1'] });
});
afterEach(async () => {
  await t.stop();
  t.cleanup();
});

async function freeSlots(serviceId: string, day = TODAY): Promise<number[]> {
  const r = await api(t.url, `/api/v1/public/booking-slots?serviceId=${serviceId}&day=${day}`);
  return (r.body as unknown as BookingSlotsView).slots.filter((s) => s.available).map((s) => s.start);
}

function book(o: { serviceId?: string; slotStart: number; phone?: string; proof?: string; from?: string }) {
  return api(t.url, '/api/v1/public/bookings', {
    body: {
      serviceId: o.serviceId ?? 'med-card',
      slotStart: o.slotStart,
      name: '张三丰',
      phone: o.phone ?? '13812345678',
    },
    ...(o.proof === undefined ? {} : { proof: o.proof }),
    headers: { 'x-forwarded-for': o.from ?? '203.0.113.1' },
  });
}

describe('booking out a service-day: no proof of the phone, many addresses, one phone', () => {
  it('refuses a public booking without a phone proof, from any address, and takes no place', async () => {
    const starts = await freeSlots('med-card');
    const replies = await Promise.all(
      starts
        .slice(0, 6)
        .map((slotStart, i) => book({ slotStart, phone: `1390000${1000 + i}`, from: `198.51.100.${i + 1}` })),
    );
    expect(replies.map((r) => r.status)).toEqual(replies.map(() => 401));
    expect(replies.every((r) => r.body.code === 'PHONE_PROOF_REQUIRED')).toBe(true);
    // A made-up proof is no proof either.
    expect((await book({ slotStart: starts[0] ?? 0, proof: 'made-up-proof-token-0000000000000000' })).body.code).toBe(
      'PHONE_PROOF_REQUIRED',
    );
    expect(await freeSlots('med-card')).toEqual(starts);
  });

  it("refuses a proof of one phone for another phone's booking", async () => {
    const proof = await phoneProof(t, '13812345678');
    const [slotStart = 0] = await freeSlots('med-card');
    const other = await book({ slotStart, phone: '13900002222', proof });
    expect(other).toMatchObject({ status: 403, body: { code: 'PHONE_PROOF_MISMATCH' } });
    expect((await book({ slotStart, proof })).status).toBe(201);
  });

  it('lets one proven phone hold one booking per service and day, and at most bookingMaxActivePerPhone (3)', async () => {
    const proof = await phoneProof(t, '13812345678');
    const [first = 0, second = 0] = await freeSlots('med-card');
    expect((await book({ slotStart: first, proof, from: '198.51.100.1' })).status).toBe(201);
    const sameDay = await book({ slotStart: second, proof, from: '198.51.100.2' });
    expect(sameDay).toMatchObject({ status: 409, body: { code: 'BOOKING_LIMIT_REACHED' } });
    const [claim = 0] = await freeSlots('med-claim');
    expect((await book({ serviceId: 'med-claim', slotStart: claim, proof, from: '198.51.100.3' })).status).toBe(201);
    const [tomorrow = 0] = await freeSlots('med-card', '2026-11-25');
    expect((await book({ slotStart: tomorrow, proof, from: '198.51.100.4' })).status).toBe(201);
    const [tax = 0] = await freeSlots('tax-invoice');
    const fourth = await book({ serviceId: 'tax-invoice', slotStart: tax, proof, from: '198.51.100.5' });
    expect(fourth).toMatchObject({ status: 409, body: { code: 'BOOKING_LIMIT_REACHED' } });
  });

  it('sends a new code to one phone at most once a minute and limits codes per address', async () => {
    const first = await api(t.url, '/api/v1/public/phone-codes', { body: { phone: '13812345678' } });
    expect(first.status).toBe(202);
    const again = await api(t.url, '/api/v1/public/phone-codes', {
      body: { phone: '138 1234 5678' },
      headers: { 'x-forwarded-for': '198.51.100.9' },
    });
    expect(again).toMatchObject({ status: 429, body: { code: 'RATE_LIMITED' } });
    const replies = [];
    for (let i = 0; i < 11; i++) {
      replies.push(await api(t.url, '/api/v1/public/phone-codes', { body: { phone: `1390000${2000 + i}` } }));
    }
    // The first code above came from the same (direct) address: 10 in all, then refused.
    expect(replies.filter((r) => r.status === 202)).toHaveLength(9);
    expect(replies.slice(9).every((r) => r.body.code === 'RATE_LIMITED')).toBe(true);
  });
});
