import { z } from 'zod';

/**
 * A client-chosen id per command. A retried command with the same id (after a timeout, a reconnect or a
 * hub restart) gets the stored result of the first instead of being applied twice.
 */
export const requestIdSchema = z
  .string()
  .min(8, 'requestId must be 8-64 characters')
  .max(64, 'requestId must be 8-64 characters')
  .regex(/^[A-Za-z0-9._:-]+$/, 'requestId may hold letters, digits and . _ : -');

/** Where request ids get their randomness: the Web Crypto API (browsers, Node 20). */
export interface RandomSource {
  randomUUID?: () => string;
  getRandomValues<T extends Uint8Array>(array: T): T;
}

/** A v4 UUID from random bytes, for pages that are not a secure context (plain http on the hall LAN). */
function uuidFromBytes(random: RandomSource): string {
  const b = random.getRandomValues(new Uint8Array(16));
  b[6] = ((b[6] ?? 0) & 0x0f) | 0x40;
  b[8] = ((b[8] ?? 0) & 0x3f) | 0x80;
  const hex = [...b].map((x) => x.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/**
 * A fresh request id for a new command, `<prefix>-<uuid>`. A client keeps it for every retry of that
 * command, so the hub answers a retry from its request log instead of applying it twice.
 */
export function newRequestId(prefix: string, random: RandomSource = globalThis.crypto): string {
  const uuid = typeof random.randomUUID === 'function' ? random.randomUUID() : uuidFromBytes(random);
  return `${prefix}-${uuid}`;
}
