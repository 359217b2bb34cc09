import type { Clock } from './clock.ts';

interface Bucket {
  tokens: number;
  updatedAt: number;
}

/**
 * Token buckets by key (a principal, an address). A clerk's burst of key presses passes; a stuck key
 * or a script hammering the hub is answered with RATE_LIMITED instead of being applied.
 */
export class RateLimiter {
  private readonly buckets = new Map<string, Bucket>();

  constructor(
    private readonly clock: Clock,
    private readonly perSecond: number,
    private readonly burst: number,
  ) {}

  take(key: string): boolean {
    const now = this.clock.now();
    const b = this.buckets.get(key) ?? { tokens: this.burst, updatedAt: now };
    // max(0, …): a clock stepping back must not drain or overfill the bucket.
    b.tokens = Math.min(this.burst, b.tokens + (Math.max(0, now - b.updatedAt) / 1000) * this.perSecond);
    b.updatedAt = now;
    if (this.buckets.size > 10_000) this.forgetFull();
    if (b.tokens < 1) {
      this.buckets.set(key, b);
      return false;
    }
    b.tokens -= 1;
    this.buckets.set(key, b);
    return true;
  }

  /** Keeps memory bounded: drops buckets that have refilled. */
  private forgetFull(): void {
    const now = this.clock.now();
    for (const [key, b] of this.buckets) {
      if (b.tokens + ((now - b.updatedAt) / 1000) * this.perSecond >= this.burst) this.buckets.delete(key);
    }
  }
}
