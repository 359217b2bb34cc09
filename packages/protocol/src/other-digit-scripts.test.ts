import { describe, expect, it } from 'vitest';
import { isPhoneNumber, normalizePhone } from './booking-holder.ts';
import { createBookingBodySchema } from './bookings.ts';
import { asciiDigits } from './digits.ts';
import { looksUnmasked, maskIdNumber, maskPhone } from './masking.ts';

/** The same whole phone and ID numbers written in the digit scripts a probe used to slip them past the mask check. */
const WHOLE_NUMBERS = {
  'full-width': ['１３８１２３４５６７８', '１１０１０５１９４９１２３１００２Ｘ', '１３８　１２３４－５６７８'],
  'Arabic-Indic': ['١٣٨١٢٣٤٥٦٧٨', '١١٠١٠٥١٩٤٩١٢٣١٠٠٢X'],
  'Extended Arabic-Indic': ['۱۳۸۱۲۳۴۵۶۷۸', '۱۱۰۱۰۵۱۹۴۹۱۲۳۱۰۰۲X'],
  Devanagari: ['१३८१२३४५६७८'],
  'mixed scripts': ['13８١٢۳४५6７8'],
} as const;

describe('a whole number written in another digit script', () => {
  for (const [script, numbers] of Object.entries(WHOLE_NUMBERS)) {
    it(`is seen as unmasked when written in ${script} digits`, () => {
      for (const whole of numbers) expect(looksUnmasked(whole), whole).toBe(true);
    });
  }

  it('reads every script as the same ASCII digits', () => {
    expect(asciiDigits('１３８１２３４５６７８')).toBe('13812345678');
    expect(asciiDigits('١٣٨١٢٣٤٥٦٧٨')).toBe('13812345678');
    expect(asciiDigits('۱۳۸۱۲۳۴۵۶۷۸')).toBe('13812345678');
    expect(asciiDigits('१३८१२३४५६७८')).toBe('13812345678');
    expect(asciiDigits('张三 ¹²')).toBe('张三 12');
  });

  it('is masked like its ASCII form', () => {
    expect(maskPhone('１３８１２３４５６７８')).toBe('138****5678');
    expect(maskPhone('١٣٨١٢٣٤٥٦٧٨')).toBe('138****5678');
    expect(maskIdNumber('۱۱۰۱۰۵۱۹۴۹۱۲۳۱۰۰۲X')).toBe('110***********002X');
  });

  it('is taken as a booking phone and kept as ASCII digits, so the hub masks it like any other', () => {
    expect(normalizePhone('１３８ １２３４－５６７８')).toBe('13812345678');
    expect(isPhoneNumber('١٣٨١٢٣٤٥٦٧٨')).toBe(true);
    const body = createBookingBodySchema.parse({ serviceId: 's', slotStart: 1, phone: '۱۳۸۱۲۳۴۵۶۷۸' });
    expect(body.phone).toBe('13812345678');
  });
});
