import { describe, expect, test } from 'vitest';
import { HOLDER_NAME_MAX, isPhoneNumber, normalizePhone } from './booking-holder.ts';
import { createBookingBodySchema, publicCreateBookingBodySchema } from './bookings.ts';

describe("a booking holder's phone", () => {
  test('spaces and dashes dropped; 7 to 15 digits with an optional leading +', () => {
    expect(normalizePhone(' 138 1234-5678 ')).toBe('13812345678');
    expect(isPhoneNumber('+86-138-1234-5678')).toBe(true);
    expect(isPhoneNumber('0473-1234567')).toBe(true);
    expect(isPhoneNumber('1234567')).toBe(true);
    expect(isPhoneNumber('123456')).toBe(false);
    expect(isPhoneNumber('1234567890123456')).toBe(false);
    expect(isPhoneNumber('138abc45678')).toBe(false);
    expect(isPhoneNumber('138+12345678')).toBe(false);
    expect(isPhoneNumber('   ')).toBe(false);
  });

  test('the body schemas apply the same rule and store the normalized number', () => {
    const body = { serviceId: 's', slotStart: 1, name: '张三' };
    const parsed = publicCreateBookingBodySchema.parse({ ...body, phone: '138 1234-5678' });
    expect(parsed.phone).toBe('13812345678');
    for (const phone of ['13812345678', '+86 138 1234 5678', '123456', '12345678901234567', 'abc']) {
      expect(publicCreateBookingBodySchema.safeParse({ ...body, phone }).success, phone).toBe(isPhoneNumber(phone));
      expect(createBookingBodySchema.safeParse({ ...body, phone }).success, phone).toBe(isPhoneNumber(phone));
    }
  });
});

describe("a booking holder's name", () => {
  test(`trimmed, 1 to ${HOLDER_NAME_MAX} characters in the schemas`, () => {
    const body = { serviceId: 's', slotStart: 1, phone: '13812345678' };
    expect(publicCreateBookingBodySchema.safeParse({ ...body, name: '名'.repeat(HOLDER_NAME_MAX) }).success).toBe(true);
    expect(publicCreateBookingBodySchema.safeParse({ ...body, name: '名'.repeat(HOLDER_NAME_MAX + 1) }).success).toBe(
      false,
    );
    expect(publicCreateBookingBodySchema.safeParse({ ...body, name: '  ' }).success).toBe(false);
  });
});
