import { hallDate } from '@hall/web-ui';

/**
 * "Today" for opening times and ages: the hub's business day ("2026-11-25") where known — its clock is the
 * one that counts, and a demo hub may run on another date — else the hall-local date of the hub's time.
 */
export function hallToday(businessDay: string | null, hubNow: number, timeZone: string): string {
  return businessDay !== null && /^\d{4}-\d{2}-\d{2}$/.test(businessDay) ? businessDay : hallDate(hubNow, timeZone);
}
