import type { IssueTicketBody } from '@hall/protocol';
import { toHubError } from '@hall/protocol';
import { issueBlock } from '../logic/issue-gate.ts';
import { closedForIssue } from '../logic/opening.ts';
import { decideAfterIssue, type IssueOutcome } from '../logic/issue-retry.ts';
import { buildPrintJob } from '../logic/print-job.ts';
import { statusUrlOf } from '../logic/status-url.ts';
import { waitAtText } from '../logic/wait-at.ts';
import type { KioskBridge } from '../../shared/kiosk-bridge.ts';
import type { HubSocket, IssuedTicketReply } from '../hub/hub-socket.ts';
import { isBusy, useFlow } from './flow-store.ts';
import { useHall } from './hall-store.ts';
import { currentBridge, currentHub, refreshPrinter } from './runtime.ts';

const ISSUE_TIMEOUT_MS = 8_000;

/** The world as `takeNumber` sees it; tests pass their own. */
export interface TakeNumberDeps {
  hub(): Pick<HubSocket, 'connected' | 'issue'> | undefined;
  bridge(): Pick<KioskBridge, 'printTicket'> | undefined;
  refreshPrinter(): Promise<void>;
  sleep(ms: number): Promise<void>;
}

const runtimeDeps: TakeNumberDeps = {
  hub: currentHub,
  bridge: currentBridge,
  refreshPrinter,
  sleep: (ms) => new Promise<void>((r) => setTimeout(r, ms)),
};

/**
 * The citizen tapped "take a number": check the hub link and the printer first (no number is taken that
 * cannot be handed over), issue with the attempt's one request id (retries reuse it), then print.
 */
export async function takeNumber(deps: TakeNumberDeps = runtimeDeps): Promise<void> {
  const flow = useFlow.getState();
  const attempt = flow.attempt;
  if (!attempt || isBusy(attempt) || flow.serviceId === null) return;
  const { requestId } = attempt;
  const update = useFlow.getState().updateAttempt;

  // Closed now (the figures say so): no number; the confirm step says when it opens.
  const serviceId = flow.serviceId;
  const closedNow = () => closedForIssue(flow.lane, useHall.getState().stats[serviceId]);
  if (closedNow()) return;
  update(requestId, { status: 'checking', block: undefined, error: undefined });
  await deps.refreshPrinter();
  if (closedNow()) {
    update(requestId, { status: 'ready' });
    return;
  }
  const block = issueBlock(deps.hub()?.connected() ?? false, useHall.getState().printer);
  if (block) {
    update(requestId, { status: 'blocked', block });
    return;
  }

  update(requestId, { status: 'issuing' });
  const body: IssueTicketBody = {
    requestId,
    serviceId,
    lane: flow.lane,
    ...(flow.lane === 'booking' && flow.bookingCode ? { bookingCode: flow.bookingCode } : {}),
  };
  let reply: IssuedTicketReply | undefined;
  for (let tries = 1; ; tries += 1) {
    let outcome: IssueOutcome;
    let error = toHubError(undefined);
    try {
      const hub = deps.hub();
      if (!hub) throw new Error('no hub');
      const ack = await hub.issue(body, ISSUE_TIMEOUT_MS);
      if (ack.ok) {
        reply = ack;
        outcome = { kind: 'issued' };
      } else {
        error = toHubError(ack);
        outcome = error.code === 'NO_ANSWER' ? { kind: 'no-answer' } : { kind: 'refused', code: error.code };
      }
    } catch (err) {
      error = toHubError(err);
      outcome = { kind: 'no-answer' };
    }
    const decision = decideAfterIssue(outcome, tries);
    if (decision.action === 'done') break;
    if (decision.action === 'give-up') {
      update(requestId, { status: 'failed', error: { code: decision.code, message: error.message } });
      return;
    }
    await deps.sleep(decision.afterMs);
    if (useFlow.getState().attempt?.requestId !== requestId) return;
  }
  if (!reply) return;

  update(requestId, { status: 'printing' });
  const { hall, hubBase } = useHall.getState();
  const { locale } = useFlow.getState();
  const statusUrl = statusUrlOf(hubBase, reply.statusPath);
  const issued = {
    ticket: reply.ticket,
    peopleAhead: reply.peopleAhead,
    estimatedWaitMinutes: reply.estimatedWaitMinutes,
  };
  let printed = false;
  let previewUrl: string | undefined;
  if (hall) {
    try {
      const result = await deps.bridge()?.printTicket(buildPrintJob(hall, issued, locale, statusUrl));
      printed = result?.ok === true;
      previewUrl = result?.previewUrl;
    } catch {
      printed = false;
    }
  }
  const waitAt = hall ? waitAtText(hall, reply.ticket.serviceId, reply.ticket.lane, locale) : '';
  useFlow.getState().showResult(requestId, {
    issued,
    statusUrl,
    waitAt,
    printed,
    ...(previewUrl !== undefined ? { previewUrl: absolutePreview(hubBase, previewUrl) } : {}),
  });
}

function absolutePreview(hubBase: string, previewUrl: string): string {
  return /^(https?:|data:|blob:)/.test(previewUrl)
    ? previewUrl
    : `${hubBase}${previewUrl.startsWith('/') ? '' : '/'}${previewUrl}`;
}
