import type { Notice } from '@hall/protocol';

/** The notices still in force at `hubNow`. */
export function activeNotices(notices: readonly Notice[], hubNow: number): Notice[] {
  return notices.filter((n) => n.until === null || n.until > hubNow);
}
