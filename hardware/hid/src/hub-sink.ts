import type { WindowCommandResult } from '@hall/protocol';
import type { PadLogger } from './log.ts';
import type { PadAction } from './pad-action.ts';

/** The hub's answer to one press, or why there is none. `status` 0: no HTTP answer (network, timeout). */
export type HubReply =
  | { ok: true; result: WindowCommandResult; requestId: string }
  | { ok: false; status: number; code: string; message: string; requestId: string };

export interface HubSinkOptions {
  hubUrl: string;
  /** Read at each send, so a new clerk session token takes effect at once. */
  token: () => string;
  log: PadLogger;
  clock: () => number;
  timeoutMs?: number;
  fetch?: typeof fetch;
  /** Text for `pause` (the hub requires a reason), per window. */
  pauseReason?: (window: number) => string;
}

export interface HubSink {
  send(action: PadAction, token?: string): Promise<HubReply>;
}

export const HUB_TIMEOUT_MS = 5_000;

function pathAndBody(action: PadAction, requestId: string, pauseReason: string): { path: string; body: object } {
  const base = `/api/v1/windows/${action.window}`;
  if (action.kind === 'rating')
    return { path: `${base}/rate`, body: { requestId, level: action.level, source: 'pad' } };
  if (action.action === 'pause') return { path: `${base}/pause`, body: { requestId, reason: pauseReason } };
  return { path: `${base}/${action.action}`, body: { requestId } };
}

function isResult(value: unknown): value is WindowCommandResult {
  return typeof value === 'object' && value !== null && 'window' in value && 'eventIds' in value;
}

function errorFields(value: unknown): { code: string; message: string } | null {
  if (typeof value !== 'object' || value === null) return null;
  const { code, message } = value as { code?: unknown; message?: unknown };
  return typeof code === 'string' ? { code, message: typeof message === 'string' ? message : '' } : null;
}

/**
 * Sends pad actions to the hub over HTTP. Each press is a new command with a fresh requestId
 * (`pad-<window>-<time>-<n>`, unique per bridge even within one millisecond). Never throws: every failure
 * becomes a reply with a code (NETWORK, TIMEOUT, BAD_REPLY or the hub's own) and a log line.
 */
export function createHubSink(options: HubSinkOptions): HubSink {
  const base = options.hubUrl.replace(/\/+$/, '');
  const doFetch = options.fetch ?? ((...args: Parameters<typeof fetch>) => fetch(...args));
  const timeoutMs = options.timeoutMs ?? HUB_TIMEOUT_MS;
  let n = 0;
  return {
    async send(action, token) {
      n += 1;
      const requestId = `pad-${action.window}-${options.clock()}-${n}`;
      const { path, body } = pathAndBody(action, requestId, options.pauseReason?.(action.window) ?? '暂停服务');
      const fail = (status: number, code: string, message: string): HubReply => {
        options.log.warn('hub did not take a pad press', { path, requestId, status, code, message });
        return { ok: false, status, code, message, requestId };
      };
      let response: Response;
      try {
        response = await doFetch(`${base}${path}`, {
          method: 'POST',
          headers: { authorization: `Bearer ${token ?? options.token()}`, 'content-type': 'application/json' },
          body: JSON.stringify(body),
          signal: AbortSignal.timeout(timeoutMs),
        });
      } catch (error) {
        const timedOut = error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError');
        return fail(0, timedOut ? 'TIMEOUT' : 'NETWORK', error instanceof Error ? error.message : String(error));
      }
      let json: unknown;
      try {
        json = await response.json();
      } catch (error) {
        return fail(
          response.status,
          'BAD_REPLY',
          `not JSON: ${error instanceof Error ? error.message : String(error)}`,
        );
      }
      if (response.ok && isResult(json)) {
        options.log.debug('hub took a pad press', { path, requestId, eventIds: json.eventIds });
        return { ok: true, result: json, requestId };
      }
      const error = errorFields(json);
      if (!error) return fail(response.status, 'BAD_REPLY', `unexpected reply ${JSON.stringify(json).slice(0, 200)}`);
      const reply: HubReply = { ok: false, status: response.status, ...error, requestId };
      // Nothing waiting for a rating is the normal fate of an extra press, not a fault.
      if (error.code === 'NO_RATING_PENDING') options.log.debug('no rating pending', { path, requestId });
      else options.log.warn('hub refused a pad press', { path, requestId, status: response.status, ...error });
      return reply;
    },
  };
}
