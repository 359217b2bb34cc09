import {
  asciiDigits,
  BOOKING_CODE_PATTERN,
  HOLDER_NAME_MAX,
  isPhoneNumber,
  normalizePhone,
  PHONE_CODE_LENGTH,
} from '@hall/protocol';

/**
 * Checks of what a citizen types, by the protocol's own rules (the ones publicCreateBookingBodySchema
 * applies), so a form that passes here is not refused for its shape; this file only names the problem.
 */

export type NameProblem = 'empty' | 'too-long';
export type PhoneProblem = 'empty' | 'format';

export type Checked<T, P> = { ok: true; value: T } | { ok: false; problem: P };

export function checkName(raw: string): Checked<string, NameProblem> {
  const value = raw.trim();
  if (value === '') return { ok: false, problem: 'empty' };
  if (value.length > HOLDER_NAME_MAX) return { ok: false, problem: 'too-long' };
  return { ok: true, value };
}

/** Spaces and dashes are dropped ("138 1234-5678"); then the protocol's phone pattern. */
export function checkPhone(raw: string): Checked<string, PhoneProblem> {
  const value = normalizePhone(raw);
  if (value === '') return { ok: false, problem: 'empty' };
  if (!isPhoneNumber(value)) return { ok: false, problem: 'format' };
  return { ok: true, value };
}

/** Booking codes are compared trimmed and upper-cased; spaces or dashes a person adds are dropped. */
export function normalizeCode(raw: string): string | null {
  const value = raw.trim().toUpperCase().replace(/[\s-]/g, '');
  return BOOKING_CODE_PATTERN.test(value) ? value : null;
}

/** The texted one-time code as typed: digits of any script, spaces dropped (as the hub reads it). */
export function checkSmsCode(raw: string): string | null {
  const value = asciiDigits(raw).replace(/\s/g, '');
  return new RegExp(`^\\d{${PHONE_CODE_LENGTH}}$`).test(value) ? value : null;
}
