import { asciiDigits } from './digits.ts';

/**
 * Masking of personal data. The hub stores only masked values, and every screen and ticket prints
 * them as they come, so a leak of the database or a photo of a screen discloses nothing whole.
 */

/** 张三 → 张*, 张三丰 → 张*丰, Li Lei → L* L*i (keeps the first character, and the last of parts longer than two). */
export function maskName(name: string): string {
  const trimmed = name.trim();
  if (trimmed.length === 0) return '';
  return trimmed
    .split(/\s+/)
    .map((part) => {
      const chars = Array.from(part);
      if (chars.length === 1) return chars[0] ?? '';
      if (chars.length === 2) return `${chars[0]}*`;
      return `${chars[0]}${'*'.repeat(chars.length - 2)}${chars[chars.length - 1]}`;
    })
    .join(' ');
}

/** 13812345678 → 138****5678; short numbers keep only their last two digits. */
export function maskPhone(phone: string): string {
  const digits = asciiDigits(phone).replace(/[^0-9+]/g, '');
  if (digits.length >= 11) return `${digits.slice(0, 3)}${'*'.repeat(digits.length - 7)}${digits.slice(-4)}`;
  if (digits.length <= 2) return '*'.repeat(digits.length);
  return `${'*'.repeat(digits.length - 2)}${digits.slice(-2)}`;
}

/** 18-digit resident ID → first 3 and last 4 kept: 110***********123X. */
export function maskIdNumber(id: string): string {
  const clean = asciiDigits(id)
    .replace(/[\s.-]/g, '')
    .toUpperCase();
  if (clean.length <= 4) return '*'.repeat(clean.length);
  const keepHead = clean.length >= 15 ? 3 : 1;
  return `${clean.slice(0, keepHead)}${'*'.repeat(clean.length - keepHead - 4)}${clean.slice(-4)}`;
}

/**
 * True when a string still shows too many digits to be a masked ID or phone number. Digits are counted
 * wherever they stand and in any script (`asciiDigits`), so spaces, dashes (138 1234 5678) or full-width and
 * Arabic-Indic digits do not hide a whole number. A masked phone
 * (138****5678) shows 7, a masked ID (110***********123X) 7.
 */
export function looksUnmasked(value: string): boolean {
  return (asciiDigits(value).match(/[0-9]/g)?.length ?? 0) >= 8;
}

const SEPARATOR = String.raw`[\s\p{Pd}.]*`;
/** A mainland mobile number (1[3-9] and 9 more digits), with an optional +86 and separators between digits. */
const MOBILE = String.raw`(?:\+?86${SEPARATOR})?1${SEPARATOR}[3-9](?:${SEPARATOR}[0-9]){9}`;
/** A resident ID number: 17 digits and a last digit or X, separators allowed between them. */
const RESIDENT_ID = String.raw`[1-9](?:${SEPARATOR}[0-9]){16}${SEPARATOR}[0-9Xx]`;
const WHOLE_NUMBER = new RegExp(String.raw`(?<![0-9])(?:(${RESIDENT_ID})|(${MOBILE}))(?![0-9])`, 'gu');

/**
 * Free text (a transfer note, a pause reason, a complaint) with every whole mainland mobile number and
 * resident ID number in it masked (138****5678, 110***********002X), however its digits are written or
 * spaced. Digits of other scripts come back as ASCII. Masked text is left as it is.
 */
export function maskPersonalNumbers(text: string): string {
  return asciiDigits(text).replace(WHOLE_NUMBER, (_whole, id: string | undefined, phone: string | undefined) => {
    if (id !== undefined) return maskIdNumber(id);
    return maskPhone((phone ?? '').replace(/^\+?86(?=\D*1)/, '').replace(/\D/g, ''));
  });
}
