/**
 * Commands whose acknowledgement has not come yet. Each keeps the request id it was first sent with: a
 * command sent and lost (timeout, dropped connection) is sent again with the SAME id, so the hub answers
 * it from its request log instead of applying it twice. A new id is only ever made for a new command.
 */
export interface PendingCommand {
  requestId: string;
  /** The socket event, e.g. `window:call-next`. */
  event: string;
  /** The full payload (window, requestId and fields), sent the same on every attempt. */
  payload: Readonly<Record<string, unknown>>;
  /** `sending`: emitted, ack awaited; `unsent`: waiting to be (re)sent. */
  state: 'sending' | 'unsent';
  attempts: number;
  createdAt: number;
  /** Not before this instant (a retry's wait); 0 for at once. */
  notBefore: number;
}

export type Pending = readonly PendingCommand[];

export function addPending(
  list: Pending,
  cmd: Pick<PendingCommand, 'requestId' | 'event' | 'payload' | 'createdAt'>,
): Pending {
  if (list.some((c) => c.requestId === cmd.requestId)) return list;
  return [...list, { ...cmd, state: 'unsent', attempts: 0, notBefore: 0 }];
}

export function markSent(list: Pending, requestId: string): Pending {
  return list.map((c) => (c.requestId === requestId ? { ...c, state: 'sending', attempts: c.attempts + 1 } : c));
}

/** This attempt got no usable answer: send it again, not before `notBefore`. */
export function markLost(list: Pending, requestId: string, notBefore = 0): Pending {
  return list.map((c) => (c.requestId === requestId ? { ...c, state: 'unsent', notBefore } : c));
}

/** The connection dropped: every command in flight is lost and waits for the reconnect. */
export function markAllLost(list: Pending): Pending {
  return list.map((c) => (c.state === 'sending' ? { ...c, state: 'unsent' } : c));
}

/** The answer came (ok or a final refusal): the command is over. */
export function settle(list: Pending, requestId: string): Pending {
  return list.filter((c) => c.requestId !== requestId);
}

/** What to send at `now` (the socket being connected), oldest first. */
export function toResend(list: Pending, now: number): PendingCommand[] {
  return list.filter((c) => c.state === 'unsent' && c.notBefore <= now).sort((a, b) => a.createdAt - b.createdAt);
}

/** The earliest instant a waiting command becomes due, or null when none waits. */
export function nextDue(list: Pending): number | null {
  const waits = list.filter((c) => c.state === 'unsent').map((c) => c.notBefore);
  return waits.length === 0 ? null : Math.min(...waits);
}
