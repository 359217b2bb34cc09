import { useEffect, useState } from 'react';

/**
 * The hub's clock in a component, ticking every `everyMs`: the local clock plus `clockOffset` (hub clock
 * minus local clock, from the last snapshot: `HallReplica.clockOffset` in @hall/hub-client). Screens show
 * this, never the device's own clock.
 */
export function useHubNow(clockOffset: number, everyMs = 1_000): number {
  const [localNow, setLocalNow] = useState(() => Date.now());
  useEffect(() => {
    const id = setInterval(() => setLocalNow(Date.now()), everyMs);
    return () => clearInterval(id);
  }, [everyMs]);
  return localNow + clockOffset;
}
