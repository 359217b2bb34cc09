import { hubTime } from '@hall/hub-client';
import { useEffect, useState } from 'react';
import { useHallStore } from '../state/hall-store.ts';

/** The hub's clock (local clock + the offset seen at the last snapshot), ticking every `everyMs`. */
export function useHubNow(everyMs = 1_000): number {
  const offset = useHallStore((s) => s.data.clockOffset);
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const id = setInterval(() => setNow(Date.now()), everyMs);
    return () => clearInterval(id);
  }, [everyMs]);
  return hubTime(now, offset);
}
