import { ERROR_STATUS, type ErrorCode } from './errors.ts';

/** An error as a client sees it: one of the hub's codes, or `NO_ANSWER` (timeout, lost connection). */
export interface HubError {
  code: ErrorCode | 'NO_ANSWER';
  message: string;
}

export function isErrorCode(code: unknown): code is ErrorCode {
  return typeof code === 'string' && Object.hasOwn(ERROR_STATUS, code);
}

/** A hub error body (HTTP, socket ack, connect_error data), or "no answer" for anything else. */
export function toHubError(value: unknown): HubError {
  if (typeof value === 'object' && value !== null) {
    const { code, message } = value as { code?: unknown; message?: unknown };
    if (isErrorCode(code)) return { code, message: typeof message === 'string' ? message : '' };
  }
  return { code: 'NO_ANSWER', message: value instanceof Error ? value.message : '' };
}
