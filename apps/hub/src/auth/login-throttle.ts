import type { Clock } from '../clock.ts';

interface Failures {
  count: number;
  lastAt: number;
  lockedUntil: number;
}

interface Rule {
  /** The failure that brings the first lock. */
  free: number;
  /** The first lock; each further failure doubles it. */
  firstLockMs: number;
  maxLockMs: number;
}

/** A username: 5 failures, then 2 s, 4 s, 8 s … up to 15 min. A success resets it. */
const PER_USERNAME: Rule = { free: 5, firstLockMs: 2_000, maxLockMs: 15 * 60_000 };
/** An address: 10 failures (any usernames), then the same growth. Only time resets it. */
const PER_ADDRESS: Rule = { free: 10, firstLockMs: 2_000, maxLockMs: 15 * 60_000 };
/** Failures older than this are forgotten. */
const FORGET_MS = 60 * 60_000;
const MAX_KEYS = 20_000;

/**
 * Login failures per username and per address with locks that grow with each failure. Guessing spread
 * over many addresses hits the username's lock; one address trying many usernames hits its own. While
 * either is locked, every attempt is refused before the password is checked, the right password too.
 */
export class LoginThrottle {
  private readonly failures = new Map<string, Failures>();

  constructor(private readonly clock: Clock) {}

  /** Milliseconds until this username and address may try again; 0 when they may now. */
  waitMs(username: string, address: string): number {
    const now = this.clock.now();
    const until = Math.max(this.lockedUntil(userKey(username)), this.lockedUntil(`ip:${address}`));
    return Math.max(0, until - now);
  }

  failed(username: string, address: string): void {
    this.count(userKey(username), PER_USERNAME);
    this.count(`ip:${address}`, PER_ADDRESS);
  }

  succeeded(username: string): void {
    this.failures.delete(userKey(username));
  }

  private lockedUntil(key: string): number {
    return this.failures.get(key)?.lockedUntil ?? 0;
  }

  private count(key: string, rule: Rule): void {
    const now = this.clock.now();
    const old = this.failures.get(key);
    const count = old && now - old.lastAt < FORGET_MS ? old.count + 1 : 1;
    const over = count - rule.free;
    const lockedUntil = over >= 0 ? now + Math.min(rule.maxLockMs, rule.firstLockMs * 2 ** Math.min(over, 30)) : 0;
    if (this.failures.size >= MAX_KEYS) this.forgetOld(now);
    this.failures.set(key, { count, lastAt: now, lockedUntil });
  }

  /** Keeps memory bounded when someone tries many random usernames. */
  private forgetOld(now: number): void {
    for (const [key, f] of this.failures) {
      if (now - f.lastAt >= FORGET_MS || f.lockedUntil <= now) this.failures.delete(key);
    }
  }
}

/** Usernames are matched case-insensitively here so `Admin` and `admin` share one count. */
function userKey(username: string): string {
  return `user:${username.trim().toLowerCase()}`;
}
