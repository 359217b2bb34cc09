import { rmSync } from 'node:fs';
import { connect } from 'node:net';
import { dirname } from 'node:path';
import type { IssuedTicket } from '@hall/protocol';
import { expect, test } from 'vitest';
import { api, DEMO_CREDENTIALS } from './harness/clients.ts';
import { startHub } from './harness/hub-process.ts';
import { step } from './harness/steps.ts';

/**
 * The hub process stops when told, whoever is connected: a websocket peer that never answers the close
 * handshake holds a connection that the clean stop cannot cut (the websocket library waits 30 s for the answer),
 * so the process leaves by itself at its 10 s stop limit, says so, and a restart finds every ticket.
 */
test('a hub exits at its stop limit when a websocket client never answers the close, and restarts whole', async () => {
  const hub = await startHub();
  const issue = (url: string) =>
    api<IssuedTicket>(url, '/api/v1/tickets', {
      token: DEMO_CREDENTIALS.kioskToken,
      body: { requestId: 'e2e-stop-1', serviceId: 'resident-id-card', lane: 'normal' },
    });
  const issued = await issue(hub.url);
  expect(issued.status).toBe(201);
  const socket = connect(hub.port, '127.0.0.1');
  try {
    // An engine.io websocket opened by hand; after the upgrade nothing is ever read or answered.
    await step('the websocket upgrade', 10_000, async () => {
      await new Promise<void>((resolve, reject) => {
        socket.once('connect', () => resolve());
        socket.once('error', reject);
      });
      const upgraded = new Promise<void>((resolve) => {
        let head = '';
        const onData = (chunk: Buffer) => {
          head += chunk.toString('latin1');
          if (!head.includes('\r\n\r\n')) return;
          socket.off('data', onData);
          socket.pause();
          resolve();
        };
        socket.on('data', onData);
      });
      socket.write(
        'GET /socket.io/?EIO=4&transport=websocket HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\n' +
          'Connection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n',
      );
      await upgraded;
    });

    hub.kill('SIGTERM');
    const code = await step('the hub exits by itself', 20_000, () => hub.exited, { hub: () => hub });
    expect(code).toBe(1);
    expect(hub.output()).toContain('the clean stop took too long: exiting anyway');
  } finally {
    socket.destroy();
  }

  // Nothing was lost: the ticket answered before the stop is there after a restart.
  const again = await startHub({ dbPath: hub.dbPath, port: hub.port });
  try {
    // The same request id gets the stored first answer: the same number, not a new ticket.
    const replay = await issue(again.url);
    expect(replay.body.ticket.number).toBe(issued.body.ticket.number);
  } finally {
    await again.stop();
    rmSync(dirname(hub.dbPath), { recursive: true, force: true });
  }
});
