/**
 * One request id per citizen attempt, reused for every retry of that attempt, so the hub answers a retry
 * with the ticket it already issued instead of a second one. Format: 8-64 of [A-Za-z0-9._:-].
 */

export interface RandomSource {
  randomUUID?: () => string;
  getRandomValues<T extends Uint8Array>(array: T): T;
}

const REQUEST_ID = /^[A-Za-z0-9._:-]{8,64}$/;

/** A v4 UUID from random bytes, for pages that are not a secure context (plain http on the hall LAN). */
function uuidFromBytes(random: RandomSource): string {
  const b = random.getRandomValues(new Uint8Array(16));
  b[6] = ((b[6] ?? 0) & 0x0f) | 0x40;
  b[8] = ((b[8] ?? 0) & 0x3f) | 0x80;
  const hex = [...b].map((x) => x.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

export function newRequestId(random: RandomSource = globalThis.crypto): string {
  const uuid = typeof random.randomUUID === 'function' ? random.randomUUID() : uuidFromBytes(random);
  return `kiosk-${uuid}`;
}

export function isValidRequestId(id: string): boolean {
  return REQUEST_ID.test(id);
}
