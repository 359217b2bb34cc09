/**
 * Commands whose acknowledgement has not come yet. Each keeps the requestId it was first sent with: a
 * command that was sent and lost (timeout, dropped connection) is sent again with the SAME id after the
 * reconnect, so the hub answers it from its request log instead of applying it twice. A new id is only
 * ever made for a new command.
 */
export interface PendingCommand {
  requestId: string;
  /** The socket event, e.g. `window:call-next`. */
  event: string;
  /** The full payload (window, requestId and fields), sent byte for byte the same on every attempt. */
  payload: Readonly<Record<string, unknown>>;
  /** `sending`: emitted, ack awaited; `unsent`: waiting for a connection to be (re)sent. */
  state: 'sending' | 'unsent';
  attempts: number;
  createdAt: number;
}

export type Pending = readonly PendingCommand[];

export function addPending(
  list: Pending,
  cmd: Pick<PendingCommand, 'requestId' | 'event' | 'payload' | 'createdAt'>,
): Pending {
  if (list.some((c) => c.requestId === cmd.requestId)) return list;
  return [...list, { ...cmd, state: 'unsent', attempts: 0 }];
}

export function markSent(list: Pending, requestId: string): Pending {
  return list.map((c) => (c.requestId === requestId ? { ...c, state: 'sending', attempts: c.attempts + 1 } : c));
}

/** The ack of this attempt never came (timeout, or the connection dropped): send it again later. */
export function markLost(list: Pending, requestId: string): Pending {
  return list.map((c) => (c.requestId === requestId ? { ...c, state: 'unsent' } : c));
}

/** The connection dropped: every command in flight is lost and waits for the reconnect. */
export function markAllLost(list: Pending): Pending {
  return list.map((c) => (c.state === 'sending' ? { ...c, state: 'unsent' } : c));
}

/** The ack came (ok or refused): the command is over. */
export function settle(list: Pending, requestId: string): Pending {
  return list.filter((c) => c.requestId !== requestId);
}

/** What to send now that the socket is connected (after the resync), oldest first. */
export function toResend(list: Pending): PendingCommand[] {
  return list.filter((c) => c.state === 'unsent').sort((a, b) => a.createdAt - b.createdAt);
}
