import { once } from 'node:events';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FakeHubRequest {
  window: number;
  action: string;
  body: Record<string, unknown>;
  authorization: string | undefined;
}

/**
 * Just enough hub for pad tests, on 127.0.0.1: records every window command; `call-next` hands out a new
 * ticket; `rate` is accepted only while a ticket waits for a rating (`setPendingRating`, cleared by the
 * rating), else 409 NO_RATING_PENDING, as the lead's hub endpoint answers.
 */
export interface FakeHub {
  url: string;
  requests: FakeHubRequest[];
  setPendingRating(window: number, ticketId: string | null): void;
  /** Hold every answer this long (timeout tests). */
  delayMs: number;
  close(): Promise<void>;
}

export async function startFakeHub(): Promise<FakeHub> {
  const pending = new Map<number, string | null>();
  let eventId = 0;
  let ticketNo = 0;
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const reply = (status: number, body: unknown): void => {
        const send = (): void => {
          res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
        };
        if (fake.delayMs > 0) setTimeout(send, fake.delayMs);
        else send();
      };
      const m = /^\/api\/v1\/windows\/(\d+)\/([a-z-]+)$/.exec(req.url ?? '');
      if (req.method !== 'POST' || !m) return reply(404, { code: 'NOT_FOUND', message: 'not found' });
      const window = Number(m[1]);
      const action = m[2] ?? '';
      let body: Record<string, unknown>;
      try {
        body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as Record<string, unknown>;
      } catch {
        return reply(400, { code: 'BAD_REQUEST', message: 'invalid JSON' });
      }
      fake.requests.push({ window, action, body, authorization: req.headers.authorization });
      const windowState = { number: window, state: 'open' };
      if (action === 'rate') {
        const ticketId = pending.get(window);
        if (!ticketId) return reply(409, { code: 'NO_RATING_PENDING', message: 'nothing waits for a rating' });
        pending.set(window, null);
        eventId += 1;
        return reply(200, { window: windowState, ticket: { id: ticketId }, eventIds: [eventId] });
      }
      if (action === 'call-next') {
        ticketNo += 1;
        eventId += 1;
        return reply(200, { window: windowState, ticket: { id: `T${ticketNo}` }, eventIds: [eventId] });
      }
      eventId += 1;
      return reply(200, { window: windowState, ticket: null, eventIds: [eventId] });
    });
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  const fake: FakeHub = {
    url: `http://127.0.0.1:${port}`,
    requests: [],
    delayMs: 0,
    setPendingRating: (window, ticketId) => pending.set(window, ticketId),
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
  return fake;
}
