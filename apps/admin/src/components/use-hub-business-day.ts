import { useEffect, useState } from 'react';
import { publicApi } from '../hub/admin-api.ts';

/**
 * The hall's business day as the hub counts it (`GET /healthz`): the calendar marks "today" and starts from
 * it by hub time, never by the admin PC's own clock. Null until the hub answers.
 */
export function useHubBusinessDay(): string | null {
  const [day, setDay] = useState<string | null>(null);
  useEffect(() => {
    let current = true;
    publicApi
      .health()
      .then((reply) => {
        if (current) setDay(reply.businessDay);
      })
      .catch(() => {
        // The calendar waits; the page's own requests show a lost hub.
      });
    return () => {
      current = false;
    };
  }, []);
  return day;
}
