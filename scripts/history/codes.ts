/**
 * Codes that must be unique in the database (status codes, booking codes, follow-up and complaint ids), made
 * without randomness: the n-th code is n times an odd constant plus an offset from the seed, modulo 2^bits, which
 * is a bijection, so no two of a history's codes are equal. Their alphabet and length are the hub's.
 */
const READABLE = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';

function odd(seed: number, salt: number, bits: bigint): { mul: bigint; add: bigint; mask: bigint } {
  const mask = (1n << bits) - 1n;
  const mul = ((0x9e3779b97f4a7c15n * BigInt(salt)) & mask) | 1n;
  const add = (BigInt(seed >>> 0) * 0x2545f4914f6cdd1dn + BigInt(salt)) & mask;
  return { mul, add, mask };
}

function readable(value: bigint, length: number): string {
  let out = '';
  let v = value;
  for (let i = 0; i < length; i++) {
    out += READABLE[Number(v & 31n)];
    v >>= 5n;
  }
  return out;
}

export class UniqueCodes {
  private n = 0n;
  private readonly statusKey: ReturnType<typeof odd>;
  private readonly bookingKey: ReturnType<typeof odd>;
  private readonly hexKey: ReturnType<typeof odd>;

  constructor(seed: number) {
    this.statusKey = odd(seed, 3, 50n);
    this.bookingKey = odd(seed, 5, 40n);
    this.hexKey = odd(seed, 7, 48n);
  }

  private nth(key: ReturnType<typeof odd>): bigint {
    this.n += 1n;
    return (this.n * key.mul + key.add) & key.mask;
  }

  /** A ticket's phone status code: 10 readable characters, as `newReadableCode(10)`. */
  status(): string {
    return readable(this.nth(this.statusKey), 10);
  }

  /** A booking code: 8 readable characters, as the booking desk's. */
  booking(): string {
    return readable(this.nth(this.bookingKey), 8);
  }

  /** 12 hex digits for an id (`follow-up-…`), as `newId`. */
  hex(): string {
    return this.nth(this.hexKey).toString(16).padStart(12, '0');
  }
}
