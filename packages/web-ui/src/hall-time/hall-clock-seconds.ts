import { hallClock } from './hall-time.ts';

/**
 * "18:30:05", 24-hour, on the hall's clock: for an "updated at" line that changes with every poll. The
 * seconds of an instant are the same in every zone whose offset is whole minutes (every zone since 1972).
 */
export function hallClockSeconds(instant: number, timeZone: string): string {
  const seconds = (((Math.floor(instant / 1000) % 60) + 60) % 60).toString().padStart(2, '0');
  return `${hallClock(instant, timeZone)}:${seconds}`;
}
