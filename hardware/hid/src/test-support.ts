import type { PadLogger } from './log.ts';

/** A logger that keeps what it is told, for tests to read. */
export function recordingLogger(): PadLogger & {
  entries: Array<{ level: string; message: string; fields?: Record<string, unknown> }>;
} {
  const entries: Array<{ level: string; message: string; fields?: Record<string, unknown> }> = [];
  const at =
    (level: string) =>
    (message: string, fields?: Record<string, unknown>): void => {
      entries.push({ level, message, fields });
    };
  return { entries, debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error') };
}

/** A clock the test moves by hand. */
export function manualClock(start = 1_795_559_000_000): { now: () => number; advance: (ms: number) => void } {
  let t = start;
  return { now: () => t, advance: (ms) => (t += ms) };
}
