import type { ErrorBody, TicketState, WindowAction, WindowCommandResult } from '@hall/protocol';
import { api } from './clients.ts';

export interface Clerk {
  username: string;
  id: string;
  token: string;
}

/** What the test expects the hub to have kept of the counters' work, built only from acknowledged commands. */
export interface CounterModel {
  windows: Map<number, { clerkId: string; currentTicketId: string | null }>;
  tickets: Map<string, TicketState>;
}

export function emptyModel(): CounterModel {
  return { windows: new Map(), tickets: new Map() };
}

let requestSeq = 0;

/** One window command over HTTP; it must succeed, and its result updates the model. */
export async function windowCommand(
  url: string,
  clerk: Clerk,
  window: number,
  action: WindowAction,
  model: CounterModel,
): Promise<WindowCommandResult> {
  requestSeq += 1;
  const requestId = `desk-${clerk.username}-${action}-${requestSeq}-${Date.now().toString(36)}`;
  const r = await api<WindowCommandResult | ErrorBody>(url, `/api/v1/windows/${window}/${action}`, {
    token: clerk.token,
    body: { requestId },
  });
  if (r.status !== 200)
    throw new Error(`${clerk.username} ${action} at window ${window}: ${r.status} ${JSON.stringify(r.body)}`);
  const result = r.body as WindowCommandResult;
  model.windows.set(window, { clerkId: clerk.id, currentTicketId: result.window.currentTicketId });
  if (result.ticket) model.tickets.set(result.ticket.id, result.ticket.state);
  return result;
}

/** A clerk's actions at one window, one after the other, as a person at the counter does them. */
export async function atCounter(
  url: string,
  clerk: Clerk,
  window: number,
  actions: readonly WindowAction[],
  model: CounterModel,
): Promise<void> {
  for (const action of actions) await windowCommand(url, clerk, window, action, model);
}
