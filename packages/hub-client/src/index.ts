export { backoffDelay, DEFAULT_BACKOFF } from './backoff.ts';
export type { BackoffPolicy } from './backoff.ts';
export {
  canRetryByHand,
  COUNTER_COMMAND_RETRY,
  decideAfterAttempt,
  KIOSK_ISSUE_RETRY,
  RETRYABLE_REFUSALS,
} from './command-retry.ts';
export type { AttemptOutcome, RetryDecision, RetryPolicy } from './command-retry.ts';
export { followConfig } from './config-follower.ts';
export type { ConfigFollower } from './config-follower.ts';
export { hubApi } from './endpoints.ts';
export type { HubApi } from './endpoints.ts';
export { connectHall } from './hall-connection.ts';
export type {
  CommandReply,
  CommandValue,
  HallConnection,
  HallConnectionHandlers,
  HallConnectionOptions,
} from './hall-connection.ts';
export { dayOfTicketId, emptyReplica, hallReplica, LIVE_PUBLIC_TICKETS, STAFF_TICKETS } from './hall-replica.ts';
export type { HallReplica, HallReplicaReducer, ReplicaKind } from './hall-replica.ts';
export { createHubClient, DEFAULT_TIMEOUT_MS } from './http-client.ts';
export type { CallOptions, DownloadedFile, HubClient, HubClientOptions } from './http-client.ts';
export { fileNameOf } from './file-name.ts';
export { clockOffsetFrom, hubTime } from './hub-clock.ts';
export { errorCodeOf, HubRequestError, refusalOf } from './hub-request-error.ts';
export type { FieldIssue, HubFailureCode, HubFailureKind } from './hub-request-error.ts';
export { addPending, markAllLost, markLost, markSent, nextDue, settle, toResend } from './pending-commands.ts';
export type { Pending, PendingCommand } from './pending-commands.ts';
export { startUp } from './start-up.ts';
export type { StartUpOptions, StartUpResult } from './start-up.ts';
export { globalTimers } from './timers.ts';
export type { Timers } from './timers.ts';
export { runCommand } from './command-runner.ts';
export type { RunCommandOptions, RunCommandResult } from './command-runner.ts';
