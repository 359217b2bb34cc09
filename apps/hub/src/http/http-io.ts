import type { IncomingMessage, ServerResponse } from 'node:http';
import { httpStatusOf, type ErrorBody } from '@hall/protocol';

const MAX_BODY_BYTES = 64 * 1024;

export class HttpError extends Error {
  constructor(readonly body: ErrorBody) {
    super(body.message);
  }
}

/** Reads a JSON body (at most 64 KiB). An empty body reads as `{}`. */
export async function readJson(req: IncomingMessage): Promise<unknown> {
  const type = req.headers['content-type'] ?? '';
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) throw new HttpError({ code: 'BAD_REQUEST', message: 'request body larger than 64 KiB' });
    chunks.push(chunk as Buffer);
  }
  if (size === 0) return {};
  if (!type.includes('application/json')) {
    throw new HttpError({ code: 'BAD_REQUEST', message: 'send the body as JSON with Content-Type: application/json' });
  }
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8'));
  } catch {
    throw new HttpError({ code: 'BAD_REQUEST', message: 'the request body is not valid JSON' });
  }
}

export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
    'cache-control': 'no-store',
  });
  res.end(text);
}

export function sendError(res: ServerResponse, error: ErrorBody, headers: Record<string, string> = {}): void {
  if (error.code === 'RATE_LIMITED') res.setHeader('retry-after', '1');
  for (const [k, v] of Object.entries(headers)) res.setHeader(k, v);
  sendJson(res, httpStatusOf(error.code), error);
}
