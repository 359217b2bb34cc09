import type { z } from 'zod';
import { fileNameOf } from './file-name.ts';
import { HubRequestError, refusalOf } from './hub-request-error.ts';

export interface HubClientOptions {
  /** The hub's origin, e.g. `http://hub.local:7300`; `''` for the hub that served the page. */
  baseUrl: string;
  /** The bearer token sent with every call (a staff session or a device token); none for public calls. */
  token?: string | undefined;
  /** Milliseconds before a call counts as unanswered. */
  timeoutMs?: number;
  /** Tests pass their own; the browser's otherwise. */
  fetch?: typeof fetch;
}

export interface CallOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'DELETE';
  /** JSON body; a call with a body is a POST unless `method` says otherwise. */
  body?: unknown;
  timeoutMs?: number;
  /** Overrides the client's token for this call (`null`: send none). */
  token?: string | null;
  /** Extra request headers (the public booking routes' `X-Phone-Proof`). */
  headers?: Record<string, string>;
}

export interface HubClient {
  readonly baseUrl: string;
  /** One call: the answer validated by `schema`, or a `HubRequestError`. */
  call<S extends z.ZodType>(path: string, schema: S, o?: CallOptions): Promise<z.infer<S>>;
  /**
   * A file the hub sends (a CSV or XLSX export): its bytes and the name its `Content-Disposition` gives (null
   * without one). Fetched with the token, which a plain link could not send; a refusal is a `HubRequestError`.
   */
  fetchFile(path: string, o?: Pick<CallOptions, 'timeoutMs' | 'token'>): Promise<DownloadedFile>;
  /** The same client with another token (after a login). */
  withToken(token: string | undefined): HubClient;
}

export interface DownloadedFile {
  blob: Blob;
  fileName: string | null;
}

export const DEFAULT_TIMEOUT_MS = 10_000;

/** The one HTTP client of the UIs: bearer token, timeout, and every answer checked against the protocol. */
export function createHubClient(o: HubClientOptions): HubClient {
  const doFetch = o.fetch ?? ((...args: Parameters<typeof fetch>) => fetch(...args));
  return {
    baseUrl: o.baseUrl,
    withToken: (token) => createHubClient({ ...o, token }),
    async call(path, schema, c = {}) {
      const res = await send(path, c, 'application/json');
      let body: unknown;
      try {
        body = await res.json();
      } catch (err) {
        if (isTimeout(err)) throw new HubRequestError({ kind: 'timeout', status: 0, code: 'NO_ANSWER', cause: err });
        // Not JSON: a proxy's page, or a body cut off mid-way.
        throw new HubRequestError({ kind: 'bad-reply', status: res.status, code: 'BAD_REPLY', cause: err });
      }
      if (!res.ok) throw refusalOf(res.status, body);
      const parsed = schema.safeParse(body);
      if (!parsed.success) {
        throw new HubRequestError({
          kind: 'bad-reply',
          status: res.status,
          code: 'BAD_REPLY',
          hubMessage: `the hub's answer to ${path} does not match the protocol: ${parsed.error.message}`,
          cause: parsed.error,
        });
      }
      return parsed.data;
    },
    async fetchFile(path, c = {}) {
      const res = await send(path, c, '*/*');
      if (!res.ok) {
        const body: unknown = await res.json().catch(() => null);
        throw refusalOf(res.status, body);
      }
      let blob: Blob;
      try {
        blob = await res.blob();
      } catch (err) {
        throw new HubRequestError({
          kind: isTimeout(err) ? 'timeout' : 'network',
          status: 0,
          code: 'NO_ANSWER',
          cause: err,
        });
      }
      return { blob, fileName: fileNameOf(res.headers.get('content-disposition')) };
    },
  };

  /** One request with the token and the timeout; no answer at all is a `NO_ANSWER` error. */
  async function send(path: string, c: CallOptions, accept: string): Promise<Response> {
    const token = c.token === null ? undefined : (c.token ?? o.token);
    const headers: Record<string, string> = { ...c.headers, accept };
    if (token) headers.authorization = `Bearer ${token}`;
    if (c.body !== undefined) headers['content-type'] = 'application/json';
    try {
      const init: RequestInit = {
        method: c.method ?? (c.body === undefined ? 'GET' : 'POST'),
        headers,
        ...(c.body === undefined ? {} : { body: JSON.stringify(c.body) }),
        signal: AbortSignal.timeout(c.timeoutMs ?? o.timeoutMs ?? DEFAULT_TIMEOUT_MS),
      };
      // Never a cached answer (`cache` is a browser option; Node's fetch types lack it).
      return await doFetch(`${o.baseUrl}${path}`, Object.assign(init, { cache: 'no-store' }));
    } catch (err) {
      const kind = isTimeout(err) ? 'timeout' : 'network';
      throw new HubRequestError({ kind, status: 0, code: 'NO_ANSWER', cause: err });
    }
  }
}

function isTimeout(err: unknown): boolean {
  return err instanceof Error && err.name === 'TimeoutError';
}
