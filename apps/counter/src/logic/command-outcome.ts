import {
  COUNTER_COMMAND_RETRY,
  decideAfterAttempt,
  markLost,
  settle,
  type AttemptOutcome,
  type CommandReply,
  type HubRequestError,
  type Pending,
  type PendingCommand,
} from '@hall/hub-client';
import type { CommandName, HubError, WindowCommandResult } from '@hall/protocol';

/** The commands a counter sends: every window command (never `ticket:issue`). */
export type WindowCommandName = Exclude<CommandName, 'ticket:issue'>;

/**
 * Refusals no retry of the command can mend and no other command will pass either: the session has ended,
 * or this build speaks another protocol version than the hub. They end the connection, not only the command.
 */
const CONNECTION_REFUSALS: ReadonlySet<string> = new Set(['UNAUTHENTICATED', 'PROTOCOL_VERSION_MISMATCH']);

export type AfterReply =
  /** Answered: the command is over; its result is applied at once. */
  | { kind: 'done'; pending: Pending; result: WindowCommandResult }
  /** Send again with the same request id when due (a lost answer, or a refusal for now). */
  | { kind: 'retry'; pending: Pending }
  /** Refused for good: the command is over and the clerk is told why. */
  | { kind: 'failed'; pending: Pending; error: HubError }
  /** The connection must stop (sign in again, or load the new build). */
  | { kind: 'refused'; error: HubRequestError };

/**
 * What follows one attempt of a pending window command, by hub-client's counter retry table: a lost answer
 * is resent until answered; a refusal for now (conflict, rate limit) a few times; anything else is final.
 * `cmd.attempts` counts the attempts made, this one included.
 */
export function afterCommandReply(
  list: Pending,
  cmd: PendingCommand,
  reply: CommandReply<WindowCommandName>,
  now: number,
): AfterReply {
  if (reply.kind === 'ok') return { kind: 'done', pending: settle(list, cmd.requestId), result: reply.value };
  if (reply.kind === 'refused' && CONNECTION_REFUSALS.has(reply.error.code)) {
    return { kind: 'refused', error: reply.error };
  }
  const outcome: AttemptOutcome =
    reply.kind === 'no-answer' || reply.error.code === 'NO_ANSWER'
      ? { kind: 'no-answer' }
      : { kind: 'refused', code: reply.error.code };
  const decision = decideAfterAttempt(outcome, cmd.attempts, COUNTER_COMMAND_RETRY);
  if (decision.action === 'retry') {
    return { kind: 'retry', pending: markLost(list, cmd.requestId, now + decision.afterMs) };
  }
  const error: HubError = reply.kind === 'refused' ? reply.error.error : { code: 'NO_ANSWER', message: '' };
  return { kind: 'failed', pending: settle(list, cmd.requestId), error };
}

/**
 * After a (re)connect every command still waiting is due at once: a lost answer's wait was for a hub that
 * was away, and it is back. The ids are kept, so the hub answers a command it already ran from its log.
 */
export function dueAtReconnect(list: Pending): Pending {
  return list.reduce((l, c) => (c.state === 'unsent' ? markLost(l, c.requestId, 0) : l), list);
}
