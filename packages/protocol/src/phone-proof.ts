import { z } from 'zod';
import { phoneNumberSchema } from './bookings.ts';
import { asciiDigits } from './digits.ts';

/**
 * Phone proof: before a public booking, look-up or cancel, the citizen proves they hold the phone with a
 * one-time code sent to it by text message. The proof they get back goes with those requests in the
 * `X-Phone-Proof` header.
 */

/** The request header that carries a phone proof (lower case, as Node reads headers). */
export const PHONE_PROOF_HEADER = 'x-phone-proof';

/** Digits in a one-time code. */
export const PHONE_CODE_LENGTH = 6;

/** `POST /api/v1/public/phone-codes`: send a one-time code to this phone. */
export const phoneCodeBodySchema = z.object({ phone: phoneNumberSchema }).strict();
export type PhoneCodeBody = z.infer<typeof phoneCodeBodySchema>;

/** `202` of `POST /api/v1/public/phone-codes`. */
export const phoneCodeSentSchema = z.object({
  /** The phone the code went to, masked (138****5678). */
  sentTo: z.string(),
  /** The code is accepted until then. */
  expiresAt: z.number().int(),
  /** A new code for this phone may be asked for from then on. */
  resendAfter: z.number().int(),
  /** Demo hubs only (HALL_DEMO=1, no text is sent): the code itself, so the page can show it. */
  demoCode: z.string().optional(),
});
export type PhoneCodeSent = z.infer<typeof phoneCodeSentSchema>;

/** The code as typed: digits of any script read as ASCII, spaces dropped. */
const codeSchema = z
  .string()
  .max(20)
  .transform((raw) => asciiDigits(raw).replace(/\s/g, ''))
  .pipe(z.string().regex(new RegExp(`^\\d{${PHONE_CODE_LENGTH}}$`), `the code is ${PHONE_CODE_LENGTH} digits`));

/** `POST /api/v1/public/phone-proofs`: trade the code for a proof. */
export const phoneProofBodySchema = z.object({ phone: phoneNumberSchema, code: codeSchema }).strict();
export type PhoneProofBody = z.infer<typeof phoneProofBodySchema>;

/** `200` of `POST /api/v1/public/phone-proofs`. */
export const phoneProofSchema = z.object({
  /** Send it as `X-Phone-Proof` with public bookings, look-ups and cancels of this phone. */
  proof: z.string(),
  expiresAt: z.number().int(),
});
export type PhoneProof = z.infer<typeof phoneProofSchema>;

/** The headers of the routes that need a phone proof (other headers pass through untouched). */
export const phoneProofHeadersSchema = z.looseObject({
  [PHONE_PROOF_HEADER]: z
    .string()
    .max(200)
    .optional()
    .describe('The proof from POST /api/v1/public/phone-proofs; without a valid one: 401 PHONE_PROOF_REQUIRED'),
});
