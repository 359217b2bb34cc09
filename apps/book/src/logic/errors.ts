import { HubRequestError } from '@hall/hub-client';
import type { ErrorCode, Locale } from '@hall/protocol';
import { errorTexts } from '../i18n/error-texts.ts';

/** What the page may be told went wrong: a refusal of the hub (by its stable code), or no answer. */
export type BookErrorCode = ErrorCode | 'NO_ANSWER';

/** The message of a code: its own sentence where the page has one, the general one otherwise. */
const messageOf = (code: string) => (code !== 'fallback' && errorTexts.has(code) ? code : 'fallback');

/** Whether the page has a sentence of its own for this code (others get the general one). */
export const hasOwnErrorText = (code: string): boolean => messageOf(code) !== 'fallback';

export function errorText(code: string, locale: Locale): string {
  return errorTexts(locale, messageOf(code));
}

/** After these refusals the slot list is out of date: the page reloads it and sends the citizen back to it. */
export function reloadsSlots(code: string): boolean {
  return code === 'SLOT_FULL' || code === 'UNKNOWN_SLOT';
}

/**
 * Whether a booking call that failed may still have booked: only a refusal of the hub is sure to have
 * booked nothing. No answer, or an answer the page could not read, may have come after the hub booked: the
 * retry then carries the same request id and gets that booking instead of a second one.
 */
export function mayHaveBooked(err: unknown): boolean {
  return !(err instanceof HubRequestError && err.kind === 'hub');
}
