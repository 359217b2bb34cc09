/** Where the hub reads the time; tests pass a clock they can step, backwards too. */
export interface Clock {
  now(): number;
}

export const systemClock: Clock = { now: () => Date.now() };
