import { asciiDigits } from './digits.ts';

/**
 * Who a booking is for: the rules of the holder's name and phone as people type them. The hub's body
 * schemas (`bookings.ts`) and every form that books (the `/book` page, the counter's booking dialog) use
 * these, so a form that passes is never refused for the shape of what was typed.
 */

/** The longest name a booking keeps, in characters after trimming. */
export const HOLDER_NAME_MAX = 40;

/** A phone number once spaces and dashes are dropped: 7 to 15 digits (mainland mobile or landline), an optional +. */
export const PHONE_PATTERN = /^\+?\d{7,15}$/;

/**
 * "138 1234-5678" → "13812345678": spaces and dashes people add are dropped, and digits of any script
 * (full-width １３８, Arabic-Indic ١٣٨) read as ASCII, before the check.
 */
export function normalizePhone(raw: string): string {
  return asciiDigits(raw).trim().replace(/[\s-]/g, '');
}

/** Whether what was typed is a phone number the hub takes. */
export function isPhoneNumber(raw: string): boolean {
  return PHONE_PATTERN.test(normalizePhone(raw));
}
