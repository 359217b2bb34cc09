import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { api, recordingLog, startTestHub, type TestHub } from '../test-support/test-hub.ts';

const PHONE = '13812345678';

let t: TestHub;
let lines: Record<string, unknown>[];
beforeEach(async () => {
  const recorded = recordingLog();
  lines = recorded.lines;
  t = await startTestHub({ log: recorded.log });
});
afterEach(async () => {
  await t.stop();
  t.cleanup();
});

const prove = (code: string) => api(t.url, '/api/v1/public/phone-proofs', { body: { phone: PHONE, code } });

describe('guessing a one-time code, or reading codes and phones from the database or the log', () => {
  it('voids a code after five wrong tries: the right code is refused after that', async () => {
    expect((await api(t.url, '/api/v1/public/phone-codes', { body: { phone: PHONE } })).status).toBe(202);
    const code = t.sms.lastCode(PHONE);
    const wrong = code === '000000' ? '000001' : '000000';
    const tries = [];
    for (let i = 0; i < 5; i++) tries.push(await prove(wrong));
    expect(tries.every((r) => r.status === 400 && r.body.code === 'PHONE_CODE_INVALID')).toBe(true);
    expect(tries[0]?.body.message).toContain('4 tries left');
    expect(await prove(code)).toMatchObject({ status: 400, body: { code: 'PHONE_CODE_INVALID' } });
  });

  it('takes a code once, and makes a random proof of it', async () => {
    await api(t.url, '/api/v1/public/phone-codes', { body: { phone: PHONE } });
    const code = t.sms.lastCode(PHONE);
    expect(code).toMatch(/^\d{6}$/);
    const first = await prove(code);
    expect(first).toMatchObject({ status: 200 });
    expect(first.body.proof).toMatch(/^[\w-]{40,}$/);
    expect((await prove(code)).body.code).toBe('PHONE_CODE_INVALID');
  });

  it('keeps neither the code, the proof nor the whole phone in the database file or the log', async () => {
    const sent = await api(t.url, '/api/v1/public/phone-codes', { body: { phone: PHONE } });
    expect(sent.body).toMatchObject({ sentTo: '138****5678' });
    expect(sent.body).not.toHaveProperty('demoCode');
    const code = t.sms.lastCode(PHONE);
    const proof = (await prove(code)).body.proof as string;
    await api(t.url, '/api/v1/public/phone-codes', { body: { phone: '13900001111' } });
    const pending = t.sms.lastCode('13900001111');
    t.store.db.pragma('wal_checkpoint(TRUNCATE)');
    const file = readFileSync(t.dbPath).toString('latin1');
    const log = JSON.stringify(lines);
    // Whole numbers only: six digits may sit inside a longer one (a time stamp) by chance.
    const whole = (digits: string) => new RegExp(`(?<![0-9])${digits}(?![0-9])`);
    for (const text of [file, log]) {
      for (const secret of [PHONE, '13900001111', code, pending]) expect(text).not.toMatch(whole(secret));
      expect(text).not.toContain(proof);
    }
  });
});
