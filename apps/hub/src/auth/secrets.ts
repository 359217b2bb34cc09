import { createHash, randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';

import { WorkQueue } from './work-queue.ts';

const SCRYPT = { N: 16384, r: 8, p: 1, keyLength: 32 };

/**
 * Every scrypt of the process, two at a time: libuv's pool has 4 threads and the pages' file reads need
 * the others. Logins wait behind at most 16 others and are refused beyond (see Accounts.login).
 */
const scryptQueue = new WorkQueue(2, 16);

function scryptAsync(
  password: string,
  salt: Buffer,
  keyLength: number,
  opts: ScryptOptions,
  refuseWhenBusy = false,
): Promise<Buffer> {
  return scryptQueue.run(
    () =>
      new Promise<Buffer>((resolve, reject) => {
        scrypt(password, salt, keyLength, opts, (err, key) => (err ? reject(err) : resolve(key)));
      }),
    refuseWhenBusy,
  );
}

/** `scrypt$N$r$p$salt$hash`, so the cost can be raised later without breaking stored hashes. */
export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await scryptAsync(password, salt, SCRYPT.keyLength, { N: SCRYPT.N, r: SCRYPT.r, p: SCRYPT.p });
  return ['scrypt', SCRYPT.N, SCRYPT.r, SCRYPT.p, salt.toString('base64'), key.toString('base64')].join('$');
}

/** With `refuseWhenBusy`, rejects with QueueFull when too many password checks already wait. */
export async function verifyPassword(password: string, stored: string, refuseWhenBusy = false): Promise<boolean> {
  const [algo, n, r, p, salt, hash] = stored.split('$');
  if (algo !== 'scrypt' || !n || !r || !p || !salt || !hash) return false;
  const expected = Buffer.from(hash, 'base64');
  const key = await scryptAsync(
    password,
    Buffer.from(salt, 'base64'),
    expected.length,
    { N: Number(n), r: Number(r), p: Number(p) },
    refuseWhenBusy,
  );
  return timingSafeEqual(key, expected);
}

/** A bearer token: 256 random bits. Only its hash is stored. */
export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/**
 * A code people may type or scan: capitals and digits without 0/O and 1/I. Each character carries
 * 5 bits (32 symbols, so `% 32` draws them evenly).
 */
export function newReadableCode(length: number): string {
  const alphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
  return [...randomBytes(length)].map((b) => alphabet[b % alphabet.length]).join('');
}

export function newId(prefix: string): string {
  return `${prefix}-${randomBytes(6).toString('hex')}`;
}
