/** Where the hub reads the time; tests pass a clock they can step, backwards too. */
export interface Clock {
  now(): number;
}

export const systemClock: Clock = { now: () => Date.now() };

/** A clock that reads `start` now and runs on in real time from there (the demo's HALL_DEMO_START). */
export function clockStartingAt(start: number, real: Clock = systemClock): Clock {
  const offset = start - real.now();
  return { now: () => real.now() + offset };
}
