import { errorBodySchema, httpStatusOf, type ErrorCode, type HubError } from '@hall/protocol';

/**
 * Why a call to the hub did not give an answer to use:
 * - `hub`: the hub refused it (`code`, `message`, `issues` from its error body);
 * - `network`: no answer (hub away, connection cut) — `code` is `NO_ANSWER`, `status` 0;
 * - `timeout`: no answer in time — `code` is `NO_ANSWER`, `status` 0;
 * - `bad-reply`: an answer that is not what the protocol says (a proxy's HTML page, a wrong shape) —
 *   `code` is `BAD_REPLY`, `status` is the HTTP status.
 */
export type HubFailureKind = 'hub' | 'network' | 'timeout' | 'bad-reply';

export type HubFailureCode = ErrorCode | 'NO_ANSWER' | 'BAD_REPLY';

export interface FieldIssue {
  path: string;
  message: string;
}

/** The one error of every hub call, HTTP or socket. */
export class HubRequestError extends Error {
  readonly kind: HubFailureKind;
  readonly status: number;
  readonly code: HubFailureCode;
  /** The hub's own message (for people; may change), or null when the hub did not answer. */
  readonly hubMessage: string | null;
  /** Field problems of a VALIDATION_FAILED answer (`path` dotted). */
  readonly issues: readonly FieldIssue[];
  /** The hub's whole error body as sent: some refusals carry more than code and message (`currentVersion`…). */
  readonly body: unknown;

  constructor(o: {
    kind: HubFailureKind;
    status: number;
    code: HubFailureCode;
    hubMessage?: string | null;
    issues?: readonly FieldIssue[];
    body?: unknown;
    cause?: unknown;
  }) {
    super(o.hubMessage || `hub call failed: ${o.kind} ${o.status} ${o.code}`, { cause: o.cause });
    this.name = 'HubRequestError';
    this.kind = o.kind;
    this.status = o.status;
    this.code = o.code;
    this.hubMessage = o.hubMessage ?? null;
    this.issues = o.issues ?? [];
    this.body = o.body ?? null;
  }

  /** As the protocol's `HubError` (`BAD_REPLY` reads as no usable answer: `NO_ANSWER`). */
  get error(): HubError {
    return { code: this.code === 'BAD_REPLY' ? 'NO_ANSWER' : this.code, message: this.hubMessage ?? '' };
  }

  /** The hub refused this caller's token (401): a new login or device token is needed. */
  get unauthenticated(): boolean {
    return this.kind === 'hub' && this.status === 401;
  }
}

/**
 * A refusal from a hub error body (HTTP, socket ack, connect error); an unreadable body is a bad reply.
 * `status` is the HTTP status, or undefined on the socket, where the code's own status stands in.
 */
export function refusalOf(status: number | undefined, body: unknown): HubRequestError {
  const parsed = errorBodySchema.safeParse(body);
  if (!parsed.success) return new HubRequestError({ kind: 'bad-reply', status: status ?? 0, code: 'BAD_REPLY' });
  const { code, message, issues } = parsed.data;
  const at = status ?? httpStatusOf(code);
  return new HubRequestError({ kind: 'hub', status: at, code, hubMessage: message, issues: issues ?? [], body });
}

/** The code of any error from a hub call (`NO_ANSWER` for anything else, e.g. a bug). */
export function errorCodeOf(err: unknown): HubFailureCode {
  return err instanceof HubRequestError ? err.code : 'NO_ANSWER';
}
