import { LOCALES } from '@hall/protocol';
import { describe, expect, test } from 'vitest';
import { ERROR_TEXTS, errorText, reloadsSlots } from './errors.ts';

describe('the hub refusals in three languages', () => {
  test('SLOT_FULL says the last place was taken and to pick another slot', () => {
    expect(errorText('SLOT_FULL', 'zh-Hans')).toContain('最后一个名额');
    expect(errorText('SLOT_FULL', 'zh-Hans')).toContain('另选一个时段');
    expect(errorText('SLOT_FULL', 'zh-Hant')).toContain('最後一個名額');
    expect(errorText('SLOT_FULL', 'en')).toMatch(/last place.*another time/);
  });

  test('every code the booking endpoints name has its own text in every language', () => {
    const codes = [
      'SLOT_FULL',
      'UNKNOWN_SLOT',
      'UNKNOWN_SERVICE',
      'VALIDATION_FAILED',
      'RATE_LIMITED',
      'UNKNOWN_BOOKING',
      'BOOKING_NOT_CANCELLABLE',
      'NO_ANSWER',
    ] as const;
    const seen = new Set<string>();
    for (const code of codes) {
      const text = ERROR_TEXTS[code];
      expect(text, code).toBeDefined();
      for (const l of LOCALES) {
        expect(text?.[l].length, `${code} ${l}`).toBeGreaterThan(5);
        seen.add(text?.[l] ?? '');
      }
      // Simplified and Traditional differ where the characters do; English is not a copy of either.
      expect(text?.en).not.toBe(text?.['zh-Hans']);
    }
    expect(seen.size).toBe(codes.length * LOCALES.length);
  });

  test('an unknown code falls back to a general sentence, never to nothing', () => {
    expect(errorText('SOMETHING_NEW', 'zh-Hans')).toBe('预约系统暂时出错，请稍后再试。');
    expect(errorText('INTERNAL', 'en')).toMatch(/problem/);
  });

  test('only refusals about the slot send the citizen back to a reloaded slot list', () => {
    expect(reloadsSlots('SLOT_FULL')).toBe(true);
    expect(reloadsSlots('UNKNOWN_SLOT')).toBe(true);
    expect(reloadsSlots('VALIDATION_FAILED')).toBe(false);
    expect(reloadsSlots('RATE_LIMITED')).toBe(false);
  });
});
