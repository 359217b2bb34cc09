import type { IssueTicketBody } from '@hall/protocol';

/**
 * The desk's last issue request, kept until its slip has printed: after a lost answer, a reload or a crash the
 * page sends the same request id again and gets the same ticket back (the hub remembers request ids), so a
 * visitor never ends up with two numbers and no slip.
 */
export interface PendingIssue {
  body: IssueTicketBody;
  /** Known once the hub has answered. */
  number?: string;
}

const KEY = 'hall.guide.pending-issue';

export interface KeyValueStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export function loadPending(store: KeyValueStore): PendingIssue | null {
  try {
    const raw = store.getItem(KEY);
    const p = raw ? (JSON.parse(raw) as PendingIssue) : null;
    return p && typeof p.body?.requestId === 'string' && typeof p.body.serviceId === 'string' ? p : null;
  } catch {
    return null;
  }
}

export function savePending(store: KeyValueStore, pending: PendingIssue): void {
  store.setItem(KEY, JSON.stringify(pending));
}

export function clearPending(store: KeyValueStore): void {
  store.removeItem(KEY);
}
