import type { Notice } from '@hall/protocol';

/** The notices in force at `hubNow` (the hub's clock, never the screen's own): started and not yet ended. */
export function activeNotices(notices: readonly Notice[], hubNow: number): Notice[] {
  return notices.filter((n) => (n.from === null || n.from <= hubNow) && (n.until === null || n.until > hubNow));
}
