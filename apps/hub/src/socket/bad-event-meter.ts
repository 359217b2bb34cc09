import type { Clock } from '../clock.ts';

/** What a socket may get wrong before it is cut, and how much of that reaches the log. */
export interface BadEventLimits {
  /** Invalid events (unknown, without acknowledgement, failing the schema) tolerated per window. */
  max: number;
  windowMs: number;
  /** Bad events logged one by one per window; the rest only in the summary. */
  logged: number;
}

/** A client bug sends a few bad events; a script sends them by the hundred. */
export const BAD_EVENT_LIMITS: BadEventLimits = { max: 20, windowMs: 60_000, logged: 3 };

export type BadEventVerdict =
  /** Log this one. */
  | { kind: 'log' }
  /** Counted, not logged (a flood must not write a line per event). */
  | { kind: 'quiet' }
  /** Too many: cut the socket and log the summary. */
  | { kind: 'cut'; count: number; unlogged: number };

/** Counts one socket's invalid events in a fixed window that starts at the first of them. */
export class BadEventMeter {
  private start = 0;
  private count = 0;

  constructor(
    private readonly clock: Clock,
    private readonly limits: BadEventLimits = BAD_EVENT_LIMITS,
  ) {}

  /** Records a bad event; `unlogged` of an earlier window is returned so the caller can mention it. */
  record(): BadEventVerdict & { earlierUnlogged: number } {
    const now = this.clock.now();
    let earlierUnlogged = 0;
    if (this.count === 0 || now - this.start >= this.limits.windowMs || now < this.start) {
      earlierUnlogged = Math.max(0, this.count - this.limits.logged);
      this.start = now;
      this.count = 0;
    }
    this.count += 1;
    if (this.count >= this.limits.max) {
      return {
        kind: 'cut',
        count: this.count,
        unlogged: Math.max(0, this.count - this.limits.logged),
        earlierUnlogged,
      };
    }
    return { kind: this.count <= this.limits.logged ? 'log' : 'quiet', earlierUnlogged };
  }
}
