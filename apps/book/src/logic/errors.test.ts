import { HubRequestError } from '@hall/hub-client';
import { LOCALES } from '@hall/protocol';
import { catalogProblems } from '@hall/web-ui';
import { describe, expect, test } from 'vitest';
import { errorTexts } from '../i18n/error-texts.ts';
import { errorText, hasOwnErrorText, mayHaveBooked, reloadsSlots } from './errors.ts';

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
      'PHONE_CODE_INVALID',
      'PHONE_PROOF_REQUIRED',
      'PHONE_PROOF_MISMATCH',
      'BOOKING_LIMIT_REACHED',
      'SMS_UNAVAILABLE',
      'NO_ANSWER',
    ] as const;
    const seen = new Set<string>();
    for (const code of codes) {
      expect(hasOwnErrorText(code), code).toBe(true);
      for (const l of LOCALES) {
        expect(errorText(code, l).length, `${code} ${l}`).toBeGreaterThan(5);
        seen.add(errorText(code, l));
      }
      // Simplified and Traditional differ where the characters do; English is not a copy of either.
      expect(errorText(code, 'en')).not.toBe(errorText(code, 'zh-Hans'));
    }
    expect(seen.size).toBe(codes.length * LOCALES.length);
  });

  test('an unknown code falls back to a general sentence, never to nothing', () => {
    expect(errorText('SOMETHING_NEW', 'zh-Hans')).toBe('预约系统暂时出错，请稍后再试。');
    expect(errorText('INTERNAL', 'en')).toMatch(/problem/);
    // A hub-client failure the page has no sentence for reads as the general one, not as a key.
    expect(errorText('BAD_REPLY', 'zh-Hans')).toBe('预约系统暂时出错，请稍后再试。');
    expect(hasOwnErrorText('fallback')).toBe(false);
  });

  test('the catalog is sound: same keys, valid ICU, same arguments in every language', () => {
    expect(catalogProblems(errorTexts.catalog)).toEqual([]);
  });

  test('only refusals about the slot send the citizen back to a reloaded slot list', () => {
    expect(reloadsSlots('SLOT_FULL')).toBe(true);
    expect(reloadsSlots('UNKNOWN_SLOT')).toBe(true);
    expect(reloadsSlots('VALIDATION_FAILED')).toBe(false);
    expect(reloadsSlots('RATE_LIMITED')).toBe(false);
  });
});

describe('a booking call that failed', () => {
  test('booked nothing only when the hub refused it; otherwise the retry keeps its request id', () => {
    const refused = new HubRequestError({ kind: 'hub', status: 409, code: 'SLOT_FULL', hubMessage: 'full' });
    expect(mayHaveBooked(refused)).toBe(false);
    expect(mayHaveBooked(new HubRequestError({ kind: 'network', status: 0, code: 'NO_ANSWER' }))).toBe(true);
    expect(mayHaveBooked(new HubRequestError({ kind: 'timeout', status: 0, code: 'NO_ANSWER' }))).toBe(true);
    // A 200 whose body the page could not read: the hub may well have booked.
    expect(mayHaveBooked(new HubRequestError({ kind: 'bad-reply', status: 200, code: 'BAD_REPLY' }))).toBe(true);
    expect(mayHaveBooked(new Error('a bug'))).toBe(true);
  });
});
