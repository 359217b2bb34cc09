import { describe, expect, it } from 'vitest';
import { clockStartingAt } from '../clock.ts';
import { readEnv } from './env.ts';

describe('HALL_DEMO_START', () => {
  it('starts the demo clock at the given instant, running on from there', () => {
    const env = readEnv({ HALL_DEMO: '1', HALL_DEMO_START: '2026-11-25T17:20+08:00' });
    expect(env.demoStart).toBe(Date.parse('2026-11-25T09:20:00Z'));
    let real = 1_000;
    const clock = clockStartingAt(env.demoStart ?? 0, { now: () => real });
    expect(clock.now()).toBe(Date.parse('2026-11-25T09:20:00Z'));
    real += 5_000;
    expect(clock.now()).toBe(Date.parse('2026-11-25T09:20:05Z'));
  });

  it('is refused outside the demo: a real hall runs on the real time', () => {
    expect(() => readEnv({ HALL_DEMO_START: '2026-11-25T17:20+08:00' })).toThrow(/demo hall only/);
  });

  it('refuses what is not a date-time, and is off when unset', () => {
    expect(() => readEnv({ HALL_DEMO: '1', HALL_DEMO_START: 'evening' })).toThrow(/ISO date-time/);
    expect(readEnv({ HALL_DEMO: '1' }).demoStart).toBeUndefined();
  });
});
