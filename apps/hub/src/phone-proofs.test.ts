import type { BookingSlotsView } from '@hall/protocol';
import { afterEach, describe, expect, it } from 'vitest';
import { DemoSmsSender } from './sms/demo-sms-sender.ts';
import { api, phoneProof, recordingLog, startTestHub, type TestHub } from './test-support/test-hub.ts';

let t: TestHub | undefined;
afterEach(async () => {
  await t?.stop();
  t?.cleanup();
  t = undefined;
});

const PHONE = '13812345678';

async function firstSlot(hub: TestHub): Promise<number> {
  const r = await api(hub.url, '/api/v1/public/booking-slots?serviceId=med-card&day=2026-11-24');
  return (r.body as unknown as BookingSlotsView).slots.find((s) => s.available)?.start ?? 0;
}

describe('phone proofs and the texts of public booking', () => {
  it('texts the booking code after a public booking, and lists the phone’s bookings by proof alone', async () => {
    t = await startTestHub();
    const proof = await phoneProof(t, PHONE);
    const made = await api(t.url, '/api/v1/public/bookings', {
      body: { serviceId: 'med-card', slotStart: await firstSlot(t), name: '张三丰', phone: PHONE },
      proof,
    });
    expect(made.status).toBe(201);
    const code = made.body.code as string;
    await expect.poll(() => t?.sms.sent.at(-1)?.text).toContain(code);
    expect(t.sms.sent.at(-1)?.phone).toBe(PHONE);
    const mine = await api(t.url, '/api/v1/public/my-bookings', { proof });
    expect(mine).toMatchObject({ status: 200, body: [{ code, state: 'booked' }] });
    expect(JSON.stringify(mine.body)).not.toContain('5678');
    expect((await api(t.url, '/api/v1/public/my-bookings')).body.code).toBe('PHONE_PROOF_REQUIRED');
    // A proof lasts 30 minutes.
    t.clock.t += 30 * 60_000;
    expect((await api(t.url, '/api/v1/public/my-bookings', { proof })).body.code).toBe('PHONE_PROOF_REQUIRED');
  });

  it('answers 503 SMS_UNAVAILABLE on every public booking route of a hub without an SMS gateway', async () => {
    t = await startTestHub({ sms: null });
    const replies = [
      await api(t.url, '/api/v1/public/phone-codes', { body: { phone: PHONE } }),
      await api(t.url, '/api/v1/public/phone-proofs', { body: { phone: PHONE, code: '123456' } }),
      await api(t.url, '/api/v1/public/bookings', {
        body: { serviceId: 'med-card', slotStart: await firstSlot(t), name: '张三丰', phone: PHONE },
      }),
      await api(t.url, '/api/v1/public/my-bookings'),
    ];
    expect(replies.map((r) => [r.status, r.body.code])).toEqual(replies.map(() => [503, 'SMS_UNAVAILABLE']));
    // Counters still book.
    const counter = await api(t.url, '/api/v1/bookings', {
      token: t.tokens.clerk,
      body: { serviceId: 'med-card', slotStart: await firstSlot(t) },
    });
    expect(counter.status).toBe(201);
  });

  it('answers 503 when the gateway fails, logs no phone, and keeps no code that was never sent', async () => {
    const { log, lines } = recordingLog();
    t = await startTestHub({ log });
    t.sms.failing = true;
    const failed = await api(t.url, '/api/v1/public/phone-codes', { body: { phone: PHONE } });
    expect(failed).toMatchObject({ status: 503, body: { code: 'SMS_UNAVAILABLE' } });
    expect(lines.some((l) => l.msg === 'one-time code not sent')).toBe(true);
    expect(JSON.stringify(lines)).not.toContain(PHONE);
    t.sms.failing = false;
    // Nothing was sent, so asking again at once is no resend.
    expect((await api(t.url, '/api/v1/public/phone-codes', { body: { phone: PHONE } })).status).toBe(202);
  });

  it('hands the code back on a demo hub and logs it with the phone masked', async () => {
    const { log, lines } = recordingLog();
    t = await startTestHub({ log, sms: new DemoSmsSender(log) });
    const sent = await api(t.url, '/api/v1/public/phone-codes', { body: { phone: PHONE } });
    expect(sent).toMatchObject({ status: 202, body: { sentTo: '138****5678' } });
    const demoCode = sent.body.demoCode as string;
    expect(demoCode).toMatch(/^\d{6}$/);
    expect(lines.some((l) => l.to === '138****5678' && String(l.text).includes(demoCode))).toBe(true);
    expect(JSON.stringify(lines)).not.toContain(PHONE);
    // Full-width digits are read as the hub reads every number.
    const code = demoCode.replace(/\d/g, (d) => String.fromCodePoint(0xff10 + Number(d)));
    expect((await api(t.url, '/api/v1/public/phone-proofs', { body: { phone: PHONE, code } })).status).toBe(200);
  });

  it('describes the X-Phone-Proof header in the OpenAPI document', async () => {
    t = await startTestHub();
    const doc = (await (await fetch(`${t.url}/api/openapi.json`)).json()) as {
      paths: Record<string, Record<string, { parameters?: { in: string; name: string }[] }>>;
    };
    for (const [path, method] of [
      ['/api/v1/public/bookings', 'post'],
      ['/api/v1/public/bookings/{code}', 'get'],
      ['/api/v1/public/bookings/{code}/cancel', 'post'],
      ['/api/v1/public/my-bookings', 'get'],
    ] as const) {
      const params = doc.paths[path]?.[method]?.parameters ?? [];
      expect(params, `${method} ${path}`).toContainEqual(
        expect.objectContaining({ in: 'header', name: 'x-phone-proof' }),
      );
    }
  });
});
