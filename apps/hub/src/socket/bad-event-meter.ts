import type { Clock } from '../clock.ts';
import { RateLimiter } from '../rate-limiter.ts';

/** What a socket may get wrong before it is cut, and how much of that reaches the log. */
export interface BadEventLimits {
  /** Invalid events (unknown, without acknowledgement, failing the schema) a socket may send at once… */
  burst: number;
  /** …and per second after that: a client bug sends a few, a script sends them by the hundred. */
  perSecond: number;
  /** Bad events logged one by one at once, and per second after that; the rest only as a count. */
  logBurst: number;
  logPerSecond: number;
}

export const BAD_EVENT_LIMITS: BadEventLimits = { burst: 30, perSecond: 2, logBurst: 3, logPerSecond: 0.1 };

export interface BadEventVerdict {
  /** Too many: cut the socket (and log why). */
  cut: boolean;
  /** Log this one. */
  log: boolean;
  /** Bad events since the last logged one that were counted but not logged. */
  unlogged: number;
}

/** One socket's invalid events, as two token buckets: one decides the cut, one the log lines. */
export class BadEventMeter {
  private readonly tolerance: RateLimiter;
  private readonly lines: RateLimiter;
  private unlogged = 0;

  constructor(clock: Clock, limits: BadEventLimits = BAD_EVENT_LIMITS) {
    this.tolerance = new RateLimiter(clock, limits.perSecond, limits.burst);
    this.lines = new RateLimiter(clock, limits.logPerSecond, limits.logBurst);
  }

  record(): BadEventVerdict {
    const cut = !this.tolerance.take('socket');
    const log = cut || this.lines.take('socket');
    if (!log) {
      this.unlogged += 1;
      return { cut, log, unlogged: this.unlogged };
    }
    const unlogged = this.unlogged;
    this.unlogged = 0;
    return { cut, log, unlogged };
  }
}
