import { connect as tcpConnect, type Socket as TcpSocket } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { api, socketFor, startTestHub, type TestHub } from './test-support/test-hub.ts';

/**
 * A hub told to stop (SIGTERM from systemd, or a restart) must really stop, whoever is connected. Node's
 * `server.close()` waits for every open connection, and a connection that was accepted but never sent a
 * request is never counted idle (nodejs/node#63452): a browser's preconnected socket, or anyone on the network
 * opening a TCP connection and saying nothing, kept the hub running for ever after SIGTERM.
 */

let h: TestHub | undefined;
const sockets: TcpSocket[] = [];

afterEach(async () => {
  for (const s of sockets.splice(0)) s.destroy();
  if (h?.store.db.open) await h.stop();
  h?.cleanup();
  h = undefined;
});

/** Resolves with how the promise ended, or 'still waiting' after `ms` (the hub would wait for ever). */
function settledWithin(p: Promise<unknown>, ms: number): Promise<'closed' | 'still waiting'> {
  return Promise.race([
    p.then(() => 'closed' as const),
    new Promise<'still waiting'>((r) => setTimeout(() => r('still waiting'), ms).unref()),
  ]);
}

/** A TCP connection to the hub that the hub has accepted, on which nothing is ever sent. */
async function silentConnection(hub: TestHub): Promise<TcpSocket> {
  const accepted = new Promise<void>((r) => hub.hub.http.once('connection', () => r()));
  const port = Number(new URL(hub.url).port);
  const s = tcpConnect(port, '127.0.0.1');
  sockets.push(s);
  await new Promise<void>((resolve, reject) => {
    s.once('connect', () => resolve());
    s.once('error', reject);
  });
  await accepted;
  return s;
}

describe('stopping the hub', () => {
  it('stops although a client holds a connection on which it never sent a request', async () => {
    h = await startTestHub();
    const silent = await silentConnection(h);
    const cut = new Promise<void>((r) => silent.once('close', () => r()));

    expect(await settledWithin(h.hub.close(), 10_000)).toBe('closed');
    // The silent connection was cut by the hub, not left to the client.
    expect(await settledWithin(cut, 1_000)).toBe('closed');
  });

  it('stops with a socket.io client connected and a keep-alive HTTP connection open', async () => {
    h = await startTestHub();
    expect((await api(h.url, '/healthz')).status).toBe(200);
    const display = socketFor(h.url, h.tokens.display);
    await new Promise<void>((r) => display.once('hall:snapshot', () => r()));
    const gone = new Promise<string>((r) => display.once('disconnect', (reason) => r(reason)));

    expect(await settledWithin(h.hub.close(), 10_000)).toBe('closed');
    expect(await gone).toBe('transport close');
    display.close();
  });
});
