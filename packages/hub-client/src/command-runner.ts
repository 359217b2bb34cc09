import type { CommandName } from '@hall/protocol';
import { decideAfterAttempt, type AttemptOutcome, type RetryPolicy } from './command-retry.ts';
import type { CommandReply, CommandValue, HallConnection } from './hall-connection.ts';
import type { HubFailureCode, HubRequestError } from './hub-request-error.ts';

export interface RunCommandOptions<N extends CommandName> {
  connection: Pick<HallConnection, 'command'>;
  name: N;
  /** Carries the request id: the same payload, id included, goes out on every attempt. */
  payload: Record<string, unknown> & { requestId: string };
  timeoutMs: number;
  policy: RetryPolicy;
  /** Waits between attempts (a timer in an app, an instant one in a test). */
  sleep: (ms: number) => Promise<void>;
  /** Each attempt's outcome (a kiosk shows "still trying…"). */
  onAttempt?: (outcome: AttemptOutcome, attempts: number) => void;
}

export type RunCommandResult<N extends CommandName> =
  | { kind: 'ok'; value: { ok: true } & CommandValue<N> }
  /** Given up: `byHand` says whether a "try again" (same payload) may still help; `error` when refused. */
  | { kind: 'gave-up'; code: HubFailureCode; byHand: boolean; error: HubRequestError | null };

function outcomeOf<N extends CommandName>(reply: CommandReply<N>): AttemptOutcome {
  if (reply.kind === 'ok') return { kind: 'answered' };
  if (reply.kind === 'no-answer') return { kind: 'no-answer' };
  const code = reply.error.code;
  return code === 'NO_ANSWER' ? { kind: 'no-answer' } : { kind: 'refused', code };
}

/** One command, attempted with the same request id until answered or given up by the retry table. */
export async function runCommand<N extends CommandName>(o: RunCommandOptions<N>): Promise<RunCommandResult<N>> {
  for (let attempts = 1; ; attempts++) {
    const reply = await o.connection.command(o.name, o.payload, o.timeoutMs);
    const outcome = outcomeOf(reply);
    o.onAttempt?.(outcome, attempts);
    if (reply.kind === 'ok') return reply;
    const decision = decideAfterAttempt(outcome, attempts, o.policy);
    if (decision.action === 'retry') {
      await o.sleep(decision.afterMs);
      continue;
    }
    if (decision.action === 'done') throw new Error('unreachable: a refused attempt is never done');
    return {
      kind: 'gave-up',
      code: decision.code,
      byHand: decision.byHand,
      error: reply.kind === 'refused' ? reply.error : null,
    };
  }
}
