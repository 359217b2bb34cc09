import type { HallConfig } from '@hall/protocol';
import { useCallback, useEffect, useState } from 'react';
import { api, codeOf } from '../state/auth.ts';

/** The hall's configuration (zones, services, windows), read once; `reload` after a failure. */
export function useHall(): { hall: HallConfig | null; failed: boolean; reload: () => void } {
  const [hall, setHall] = useState<HallConfig | null>(null);
  const [failed, setFailed] = useState(false);
  const reload = useCallback(() => {
    setFailed(false);
    api()
      .hall()
      .then(setHall)
      .catch((err: unknown) => {
        codeOf(err);
        setFailed(true);
      });
  }, []);
  useEffect(reload, [reload]);
  return { hall, failed, reload };
}
