import { backoffDelay, DEFAULT_BACKOFF, type BackoffPolicy } from './backoff.ts';

export interface StartUpOptions<T> {
  /** One try at starting (read the config, the hall…); throws when it did not work. */
  attempt: () => Promise<T>;
  /** An error no retry can mend (a refused token, another protocol version): stop and report it. */
  isFinal: (err: unknown) => boolean;
  /** Still wanted? A newer start (or a sign-out) makes an older loop stop quietly. */
  isCurrent?: () => boolean;
  /** Waits; the app passes a timer, a test an instant one. */
  sleep: (ms: number) => Promise<void>;
  /** A number in [0, 1) per retry (Math.random in an app). */
  jitter: () => number;
  policy?: BackoffPolicy;
  /** Each failed try that will be retried, with the wait before the next one. */
  onRetry?: (err: unknown, waitMs: number, attempt: number) => void;
}

export type StartUpResult<T> =
  { kind: 'started'; value: T } | { kind: 'refused'; error: unknown } | { kind: 'cancelled' };

/** Tries until it works, a final error comes, or it is no longer wanted; waits back off between tries. */
export async function startUp<T>(o: StartUpOptions<T>): Promise<StartUpResult<T>> {
  const current = o.isCurrent ?? (() => true);
  for (let attempt = 1; ; attempt++) {
    if (!current()) return { kind: 'cancelled' };
    try {
      const value = await o.attempt();
      return current() ? { kind: 'started', value } : { kind: 'cancelled' };
    } catch (err) {
      if (!current()) return { kind: 'cancelled' };
      if (o.isFinal(err)) return { kind: 'refused', error: err };
      const wait = backoffDelay(attempt, o.jitter(), o.policy ?? DEFAULT_BACKOFF);
      o.onRetry?.(err, wait, attempt);
      await o.sleep(wait);
    }
  }
}
