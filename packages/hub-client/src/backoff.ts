/**
 * The one back-off of every retry loop (start-up, reconnects after a refusal): short at first, so a screen
 * is back within a second of a hub restart, and capped low, so it never waits long for a hub that is back.
 */
export interface BackoffPolicy {
  initialMs: number;
  maxMs: number;
  factor: number;
  /** How far jitter may move a delay, as a share of it (0.2: ±20 %); spreads a hall's screens apart. */
  jitterRatio: number;
}

export const DEFAULT_BACKOFF: BackoffPolicy = { initialMs: 500, maxMs: 5_000, factor: 2, jitterRatio: 0.2 };

/**
 * The wait before retry number `attempt` (1 for the first retry). `jitter` is a number in [0, 1) from the
 * caller (Math.random in an app, a constant in a test): 0.5 gives the plain delay.
 */
export function backoffDelay(attempt: number, jitter: number, policy: BackoffPolicy = DEFAULT_BACKOFF): number {
  const plain = Math.min(policy.maxMs, policy.initialMs * policy.factor ** Math.max(0, attempt - 1));
  const spread = plain * policy.jitterRatio * (2 * Math.min(Math.max(jitter, 0), 1) - 1);
  return Math.round(Math.min(policy.maxMs, Math.max(0, plain + spread)));
}
