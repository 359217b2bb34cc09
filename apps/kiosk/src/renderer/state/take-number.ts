import { KIOSK_ISSUE_RETRY, runCommand, type HallConnection, type RunCommandResult } from '@hall/hub-client';
import type { IssueTicketBody } from '@hall/protocol';
import { issueBlock } from '../logic/issue-gate.ts';
import { closedForIssue } from '../logic/opening.ts';
import { buildPrintJob } from '@hall/web-ui';
import { ticketStatusUrl } from '../logic/status-url.ts';
import { waitAtText } from '@hall/web-ui';
import type { KioskBridge } from '../../shared/kiosk-bridge.ts';
import { isBusy, useFlow } from './flow-store.ts';
import { useHall } from './hall-store.ts';
import { currentBridge, currentHub, refreshPrinter } from './runtime.ts';

const ISSUE_TIMEOUT_MS = 8_000;

/** The world as `takeNumber` sees it; tests pass their own. */
export interface TakeNumberDeps {
  hub(): Pick<HallConnection, 'connected' | 'command'> | undefined;
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

/** Stops the retries of an attempt the citizen has left. */
class CitizenLeft extends Error {}

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
    ...(flow.lane === 'booking' && flow.bookingPhoneLast4 ? { bookingPhoneLast4: flow.bookingPhoneLast4 } : {}),
  };
  // Attempts go through whatever connection the kiosk has at the time (none yet counts as no answer).
  const connection: Pick<HallConnection, 'command'> = {
    command: (name, payload, timeoutMs) =>
      deps.hub()?.command(name, payload, timeoutMs) ?? Promise.resolve({ kind: 'no-answer' }),
  };
  let outcome: RunCommandResult<'ticket:issue'>;
  try {
    outcome = await runCommand({
      connection,
      name: 'ticket:issue',
      payload: body,
      timeoutMs: ISSUE_TIMEOUT_MS,
      policy: KIOSK_ISSUE_RETRY,
      sleep: async (ms) => {
        await deps.sleep(ms);
        // The citizen left (idle reset, back): no more attempts for them.
        if (useFlow.getState().attempt?.requestId !== requestId) throw new CitizenLeft();
      },
    });
  } catch (err) {
    if (err instanceof CitizenLeft) return;
    throw err;
  }
  if (outcome.kind === 'gave-up') {
    // A lost answer has no hub message; a refusal carries the hub's own, shown small beneath.
    update(requestId, { status: 'failed', error: outcome.error?.error ?? { code: 'NO_ANSWER', message: '' } });
    return;
  }
  const reply = outcome.value;

  update(requestId, { status: 'printing' });
  const { hall, hubBase } = useHall.getState();
  const { locale } = useFlow.getState();
  const statusUrl = ticketStatusUrl(hubBase, reply);
  const issued = {
    ticket: reply.ticket,
    peopleAhead: reply.peopleAhead,
    estimatedWaitMinutes: reply.estimatedWaitMinutes,
    wait: reply.wait,
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
