import { publicCreateBookingBodySchema } from '@hall/protocol';
import { describe, expect, test } from 'vitest';
import { checkName, checkPhone, checkSmsCode, normalizeCode } from './validate.ts';

describe('name', () => {
  test('trimmed, required, at most 40 characters', () => {
    expect(checkName('  张三丰 ')).toEqual({ ok: true, value: '张三丰' });
    expect(checkName('   ')).toEqual({ ok: false, problem: 'empty' });
    expect(checkName('名'.repeat(41))).toEqual({ ok: false, problem: 'too-long' });
    expect(checkName('名'.repeat(40)).ok).toBe(true);
  });
});

describe('phone', () => {
  test('spaces and dashes dropped; 7 to 15 digits with an optional +', () => {
    expect(checkPhone(' 138 1234-5678 ')).toEqual({ ok: true, value: '13812345678' });
    expect(checkPhone('+8613812345678')).toEqual({ ok: true, value: '+8613812345678' });
    expect(checkPhone('0473-1234567')).toEqual({ ok: true, value: '04731234567' });
    expect(checkPhone('')).toEqual({ ok: false, problem: 'empty' });
    expect(checkPhone('123456')).toEqual({ ok: false, problem: 'format' });
    expect(checkPhone('1234567890123456')).toEqual({ ok: false, problem: 'format' });
    expect(checkPhone('138abc45678')).toEqual({ ok: false, problem: 'format' });
  });

  test('agrees with the hub schema: what passes here is not refused for its shape, and the reverse', () => {
    const cases = ['13812345678', '138 1234 5678', '+86-138-1234-5678', '123456', '12345678901234567', 'abc', ' '];
    for (const phone of cases) {
      const hub = publicCreateBookingBodySchema.safeParse({ serviceId: 's', slotStart: 1, name: '张三', phone });
      expect(checkPhone(phone).ok, phone).toBe(hub.success);
    }
  });
});

describe('booking code and last four digits', () => {
  test('codes are trimmed and upper-cased like the hub does', () => {
    expect(normalizeCode(' k4rh-s7wg ')).toBe('K4RHS7WG');
    expect(normalizeCode('abc')).toBeNull();
    expect(normalizeCode('K4RH/S7WG')).toBeNull();
  });

  test('a texted code: exactly six digits, in any script, spaces dropped', () => {
    expect(checkSmsCode(' 123 456 ')).toBe('123456');
    expect(checkSmsCode('１２３４５６')).toBe('123456');
    expect(checkSmsCode('12345')).toBeNull();
    expect(checkSmsCode('12a456')).toBeNull();
  });
});
