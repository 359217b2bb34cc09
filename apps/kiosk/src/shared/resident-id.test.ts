import { describe, expect, it } from 'vitest';
import { ageOn, calendarDateOf, checkCharOf, checkResidentId, normalizeResidentId } from './resident-id.ts';

const withCheck = (first17: string) => first17 + checkCharOf(first17);
const today = { year: 2026, month: 11, day: 24 };

describe('resident ID numbers (GB 11643)', () => {
  it('computes the check character with the standard weights', () => {
    // The example from GB 11643-1999.
    expect(checkCharOf('11010519491231002')).toBe('X');
    expect(checkCharOf('44052418800101001')).toBe('4');
  });

  it('accepts a valid number, with spaces and a lower-case x', () => {
    expect(checkResidentId('11010519491231002X', today)).toEqual({
      ok: true,
      birthDate: { year: 1949, month: 12, day: 31 },
    });
    expect(checkResidentId('110105 19491231 002x', today).ok).toBe(true);
    expect(normalizeResidentId(' 110105-19491231-002x ')).toBe('11010519491231002X');
  });

  it('refuses a wrong check character, a bad format and an impossible birth date', () => {
    expect(checkResidentId('110105194912310021', today)).toEqual({ ok: false, reason: 'check-digit' });
    expect(checkResidentId('1101051949123100', today)).toEqual({ ok: false, reason: 'format' });
    expect(checkResidentId('110105491231002', today)).toEqual({ ok: false, reason: 'format' });
    expect(checkResidentId(withCheck('11010519500230001'), today)).toEqual({ ok: false, reason: 'birth-date' });
    expect(checkResidentId(withCheck('11010518991231001'), today)).toEqual({ ok: false, reason: 'birth-date' });
    expect(checkResidentId(withCheck('11010520270101001'), today)).toEqual({ ok: false, reason: 'birth-date' });
    expect(checkResidentId(withCheck('11010520000229001'), today).ok).toBe(true);
    expect(checkResidentId(withCheck('11010519000229001'), today).ok).toBe(false);
  });

  it('counts whole years of age, the birthday included', () => {
    const id = withCheck('11010519661124001');
    expect(ageOn(id, { year: 2026, month: 11, day: 24 })).toBe(60);
    expect(ageOn(id, { year: 2026, month: 11, day: 23 })).toBe(59);
    expect(ageOn(withCheck('11010519500101001'), new Date(2026, 10, 24))).toBe(76);
    expect(() => ageOn('110105194912310021', today)).toThrow(/check-digit/);
  });

  it('reads the hall-local date the kiosk gets from the hub clock', () => {
    expect(calendarDateOf('2026-11-25')).toEqual({ year: 2026, month: 11, day: 25 });
    expect(ageOn(withCheck('11010519661125001'), calendarDateOf('2026-11-25'))).toBe(60);
  });
});
