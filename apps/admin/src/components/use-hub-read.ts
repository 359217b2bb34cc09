import { useEffect, useState } from 'react';
import { pageError } from '../state/auth.ts';

export interface HubRead<T> {
  data: T | null;
  error: unknown;
  loading: boolean;
}

/**
 * A read from the hub that runs again whenever `key` changes (null: nothing to read yet); an answer that
 * arrives after the key changed is dropped, so a slow year never overwrites the week picked since.
 */
export function useHubRead<T>(key: string | null, read: () => Promise<T>): HubRead<T> {
  const [state, setState] = useState<HubRead<T> & { key: string | null }>({
    key: null,
    data: null,
    error: null,
    loading: false,
  });
  useEffect(() => {
    if (key === null) return;
    let current = true;
    setState((s) => ({ ...s, key, loading: true }));
    read().then(
      (data) => {
        if (current) setState({ key, data, error: null, loading: false });
      },
      (error: unknown) => {
        if (current) setState({ key, data: null, error: pageError(error) ? error : null, loading: false });
      },
    );
    return () => {
      current = false;
    };
    // Only `key`: `read` is a new function on every render, and `key` says what it reads.
  }, [key]);
  return state.key === key ? state : { data: null, error: null, loading: key !== null };
}
