import type { BookingSlotsView } from '@hall/protocol';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { api, connected, socketFor, startTestHub, type TestHub } from '../test-support/test-hub.ts';

let t: TestHub;
beforeEach(async () => {
  t = await startTestHub();
});
afterEach(async () => {
  await t.stop();
  t.cleanup();
});

/** A clerk books at the counter (no phone proof needed there). */
async function counterBooking(): Promise<string> {
  const slots = await api(t.url, '/api/v1/public/booking-slots?serviceId=med-card&day=2026-11-24');
  const [slotStart] = (slots.body as unknown as BookingSlotsView).slots.filter((s) => s.available).map((s) => s.start);
  const made = await api(t.url, '/api/v1/bookings', {
    token: t.tokens.clerk,
    body: { serviceId: 'med-card', slotStart, name: '张三丰', phone: '13812345678' },
  });
  expect(made.status).toBe(201);
  return made.body.code as string;
}

describe('a display token lists every booking code of the day', () => {
  it('gets booking rows without codes or phones over HTTP; staff still get the codes', async () => {
    const code = await counterBooking();
    const display = await api(t.url, '/api/v1/bookings', { token: t.tokens.display });
    expect(display.status).toBe(200);
    const rows = display.body as unknown as Record<string, unknown>[];
    expect(rows).toHaveLength(1);
    expect(rows[0]).not.toHaveProperty('code');
    expect(rows[0]).not.toHaveProperty('phone');
    expect(rows[0]).toMatchObject({ serviceId: 'med-card', state: 'booked', name: '张*丰' });
    expect(JSON.stringify(display.body)).not.toContain(code);
    const staff = await api(t.url, '/api/v1/bookings', { token: t.tokens.clerk });
    expect(staff.body).toEqual([expect.objectContaining({ code, phone: '138****5678' })]);
  });

  it('gets the hall:bookings push without codes; a staff socket gets them with codes', async () => {
    const display = socketFor(t.url, t.tokens.display);
    const staff = socketFor(t.url, t.tokens.clerk);
    const shown: string[] = [];
    const staffSaw: string[] = [];
    display.on('hall:bookings', (p: unknown) => shown.push(JSON.stringify(p)));
    staff.on('hall:bookings', (p: unknown) => staffSaw.push(JSON.stringify(p)));
    await Promise.all([connected(display), connected(staff)]);
    const code = await counterBooking();
    await expect.poll(() => shown.some((p) => p.includes('张*丰'))).toBe(true);
    await expect.poll(() => staffSaw.some((p) => p.includes(code))).toBe(true);
    expect(shown.some((p) => p.includes(code) || p.includes('"code"') || p.includes('5678'))).toBe(false);
    display.close();
    staff.close();
  });
});
