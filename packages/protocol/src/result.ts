import type { ErrorCode } from './errors.ts';

/** A refusal of the domain: a stable code and a message for people. */
export interface DomainError {
  code: ErrorCode;
  message: string;
}

/** What a domain operation returns instead of throwing: the value, or why it was refused. */
export type Result<T> = { ok: true; value: T } | { ok: false; error: DomainError };

export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

export function fail<T = never>(code: ErrorCode, message: string): Result<T> {
  return { ok: false, error: { code, message } };
}
