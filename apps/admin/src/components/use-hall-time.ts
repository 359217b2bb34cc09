import { useConfig } from '../state/config-store.ts';
import { useSession } from '../state/session-store.ts';

/**
 * Times shown as the hall's clock says them (its configured time zone), whatever zone the admin's PC is
 * set to; the PC's own zone until the configuration is read.
 */
export function useHallTimeFormat(withSeconds = false): Intl.DateTimeFormat {
  const locale = useSession((s) => s.locale);
  const timeZone = useConfig((s) => s.current?.config.timeZone);
  return new Intl.DateTimeFormat(locale, {
    dateStyle: 'short',
    timeStyle: withSeconds ? 'medium' : 'short',
    ...(timeZone ? { timeZone } : {}),
  });
}
