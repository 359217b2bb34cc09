import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { HttpSmsGateway } from './http-sms-gateway.ts';
import { SmsNotSentError } from './sms-sender.ts';

let server: Server | undefined;
afterEach(async () => {
  server?.closeAllConnections();
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  server = undefined;
});

/** A gateway on a free port that answers each message with `status` (or never, for `null`). */
async function gateway(status: number | null, seen: { body: string; auth?: string }[] = []): Promise<string> {
  server = createServer((req: IncomingMessage, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
    req.on('end', () => {
      seen.push({ body, ...(req.headers.authorization ? { auth: req.headers.authorization } : {}) });
      if (status !== null) res.writeHead(status).end('{}');
    });
  });
  await new Promise<void>((resolve) => server?.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}/send`;
}

describe('HttpSmsGateway', () => {
  it('posts the phone and the text as JSON with the bearer token', async () => {
    const seen: { body: string; auth?: string }[] = [];
    const url = await gateway(200, seen);
    await new HttpSmsGateway({ url, token: 'secret-token' }).send('13812345678', '验证码 123456');
    expect(seen).toEqual([
      { body: JSON.stringify({ to: '13812345678', text: '验证码 123456' }), auth: 'Bearer secret-token' },
    ]);
  });

  it('fails with an error that names the status, never the phone', async () => {
    const url = await gateway(500);
    const err = await new HttpSmsGateway({ url }).send('13812345678', 'x').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(SmsNotSentError);
    expect((err as Error).message).toBe('the SMS gateway answered 500');
  });

  it('gives up on a gateway that does not answer within the timeout', async () => {
    const url = await gateway(null);
    const err = await new HttpSmsGateway({ url, timeoutMs: 200 }).send('13812345678', 'x').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(SmsNotSentError);
    expect((err as Error).message).toBe('the SMS gateway timed out');
  });
});
