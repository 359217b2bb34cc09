import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { LIBFAKETIME_CANDIDATES, makeTempDir } from './hub-process.ts';

/** A hub process's clock that a test moves forward while the hub runs. */
export interface SteppedClock {
  /** The environment to start the hub with (`startHub({ env })`). */
  env: Record<string, string>;
  /** Moves the hub's clock on by `ms` from now on (it keeps running); steps add up. */
  step(ms: number): void;
}

/**
 * The hub's system clock read through libfaketime from a file this test rewrites: an offset from the real
 * clock (`+0`, then `+1860` after a 31-minute step), read again at every clock call. The demo clock
 * (HALL_DEMO_START) runs on from the system clock, so it steps with it. Monotonic time stays real, so the
 * hub's timers do not jump; its own checks (alerts) see the new time at their next run. The browsers are
 * started without libfaketime and keep the real clock: the console must show the hub's time, not its own.
 */
export function steppedClock(): SteppedClock {
  const lib = LIBFAKETIME_CANDIDATES.find((p) => existsSync(p));
  if (!lib) throw new Error('libfaketime is missing: apt-get install faketime (npm test installs it)');
  const file = join(makeTempDir('hall-clock-'), 'faketime.rc');
  let offsetSeconds = 0;
  const write = () => writeFileSync(file, `+${offsetSeconds}\n`);
  write();
  return {
    env: {
      LD_PRELOAD: lib,
      FAKETIME_TIMESTAMP_FILE: file,
      FAKETIME_NO_CACHE: '1',
      FAKETIME_DONT_FAKE_MONOTONIC: '1',
      TZ: 'UTC',
    },
    step: (ms) => {
      offsetSeconds += Math.round(ms / 1000);
      write();
    },
  };
}
