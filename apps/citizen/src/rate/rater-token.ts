import { raterTokenKey } from './rater-screen.ts';

/** The rater token this browser keeps for one window (`localStorage`, key `hall.rater.<n>`). */
export interface RaterTokenStore {
  load(): string | null;
  save(token: string): void;
  forget(): void;
}

/** Storage may refuse (a locked-down browser): the token then lasts until the page is reloaded. */
export function raterTokenStore(window: number, storage: () => Storage = () => localStorage): RaterTokenStore {
  const key = raterTokenKey(window);
  const attempt = <T>(run: () => T, fallback: T): T => {
    try {
      return run();
    } catch {
      return fallback;
    }
  };
  return {
    load: () => attempt(() => storage().getItem(key) || null, null),
    save: (token) => attempt(() => storage().setItem(key, token), undefined),
    forget: () => attempt(() => storage().removeItem(key), undefined),
  };
}
