/**
 * Checks of what a citizen types, the same rules the hub applies (publicCreateBookingBodySchema), so a
 * form that passes here is not refused for its shape.
 */

export type NameProblem = 'empty' | 'too-long';
export type PhoneProblem = 'empty' | 'format';

export type Checked<T, P> = { ok: true; value: T } | { ok: false; problem: P };

export function checkName(raw: string): Checked<string, NameProblem> {
  const value = raw.trim();
  if (value === '') return { ok: false, problem: 'empty' };
  if (value.length > 40) return { ok: false, problem: 'too-long' };
  return { ok: true, value };
}

/** Spaces and dashes are dropped ("138 1234-5678"); then 7 to 15 digits, an optional leading +. */
export function checkPhone(raw: string): Checked<string, PhoneProblem> {
  const value = raw.trim().replace(/[\s-]/g, '');
  if (value === '') return { ok: false, problem: 'empty' };
  if (!/^\+?\d{7,15}$/.test(value)) return { ok: false, problem: 'format' };
  return { ok: true, value };
}

/** Booking codes are compared trimmed and upper-cased; spaces or dashes a person adds are dropped. */
export function normalizeCode(raw: string): string | null {
  const value = raw.trim().toUpperCase().replace(/[\s-]/g, '');
  return /^[A-Z0-9]{4,20}$/.test(value) ? value : null;
}

export function checkLast4(raw: string): string | null {
  const value = raw.trim();
  return /^\d{4}$/.test(value) ? value : null;
}
