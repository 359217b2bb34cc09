import { ageOn, checkResidentId, ELDERLY_AGE, type CalendarDate } from '../../shared/resident-id.ts';

export type IdLaneResult =
  { kind: 'elderly' } | { kind: 'under-age' } | { kind: 'invalid'; reason: 'format' | 'check-digit' | 'birth-date' };

/**
 * Decides the lane from a resident ID number. Only the verdict leaves this function: the caller must
 * drop the number itself at once.
 */
export function laneForResidentId(input: string, today: CalendarDate): IdLaneResult {
  const check = checkResidentId(input, today);
  if (!check.ok) return { kind: 'invalid', reason: check.reason };
  return ageOn(input, today) >= ELDERLY_AGE ? { kind: 'elderly' } : { kind: 'under-age' };
}
