import type { Logger } from 'pino';
import type { Clock } from './clock.ts';
import { RateLimiter } from './rate-limiter.ts';

/**
 * A `warn` line per event, at most 10 in a burst and 1 a second per key: a client hammering the hub with
 * refused requests must not write a line for each (the log would fill the disk and hide everything
 * else). What was left out is counted in `unloggedBefore` of the key's next line.
 */
export class ThrottledLog {
  private readonly rate: RateLimiter;
  private readonly unlogged = new Map<string, number>();

  constructor(
    private readonly log: Logger,
    private readonly msg: string,
    clock: Clock,
  ) {
    this.rate = new RateLimiter(clock, 1, 10);
  }

  warn(key: string, fields: Record<string, unknown>): void {
    if (!this.rate.take(key)) {
      // Bounded like the limiter's own buckets: a flood from many keys must not grow this map for ever.
      if (this.unlogged.size > 10_000) this.unlogged.clear();
      this.unlogged.set(key, (this.unlogged.get(key) ?? 0) + 1);
      return;
    }
    const before = this.unlogged.get(key);
    this.unlogged.delete(key);
    this.log.warn({ ...fields, ...(before ? { unloggedBefore: before } : {}) }, this.msg);
  }
}
