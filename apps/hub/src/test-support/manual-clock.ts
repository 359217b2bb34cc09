import type { Clock } from '../clock.ts';

/** A clock the test moves by hand, forwards or back. */
export class ManualClock implements Clock {
  constructor(public t: number) {}
  now(): number {
    return this.t;
  }
  advance(ms: number): void {
    this.t += ms;
  }
}

/** 2026-11-24 09:00 in Asia/Shanghai. */
export const HALL_MORNING = Date.parse('2026-11-24T01:00:00Z');
