import type { HallEventMessage, HallSnapshot, QueueStats } from '@hall/protocol';
import type { Socket } from 'socket.io-client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  connected,
  emitAck,
  issue,
  rid,
  socketFor,
  startTestHub,
  windowAction,
  type TestHub,
} from './test-support/test-hub.ts';

/** Collects what a socket receives, from the moment it is created. */
function recorder(socket: Socket) {
  const events: HallEventMessage[] = [];
  const snapshots: HallSnapshot[] = [];
  const stats: QueueStats[] = [];
  socket.on('hall:event', (e: HallEventMessage) => events.push(e));
  socket.on('hall:snapshot', (s: HallSnapshot) => snapshots.push(s));
  socket.on('hall:stats', (s: QueueStats) => stats.push(s));
  return { events, snapshots, stats };
}

async function until(check: () => boolean, what: string): Promise<void> {
  const deadline = Date.now() + 5_000;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

describe('socket.io protocol', () => {
  let t: TestHub;
  const sockets: Socket[] = [];
  const open = (token: string, extra?: Parameters<typeof socketFor>[2]) => {
    const s = socketFor(t.url, token, extra);
    sockets.push(s);
    return s;
  };

  beforeEach(async () => {
    t = await startTestHub();
  });
  afterEach(async () => {
    sockets.splice(0).forEach((s) => s.disconnect());
    await t.stop();
    t.cleanup();
  });

  it('refuses a wrong protocol version and a bad token at connect, with a code', async () => {
    const old = open(t.tokens.display, { protocolVersion: 0 });
    await expect(connected(old)).rejects.toMatchObject({ data: { code: 'PROTOCOL_VERSION_MISMATCH' } });
    const stranger = open('not-a-token');
    await expect(connected(stranger)).rejects.toMatchObject({ data: { code: 'UNAUTHENTICATED' } });
  });

  it('sends a snapshot on first connect, shaped by role', async () => {
    await issue(t, 'med-card');
    const display = open(t.tokens.display);
    const kiosk = open(t.tokens.kiosk);
    const clerk = open(t.tokens.clerk);
    const [d, k, c] = [recorder(display), recorder(kiosk), recorder(clerk)];
    await Promise.all([connected(display), connected(kiosk), connected(clerk)]);
    await until(() => d.snapshots.length + k.snapshots.length + c.snapshots.length === 3, 'snapshots');
    expect(c.snapshots[0]?.tickets[0]).toHaveProperty('history');
    expect(d.snapshots[0]?.tickets[0]).not.toHaveProperty('history');
    expect(d.snapshots[0]?.tickets[0]).not.toHaveProperty('holder');
    expect(k.snapshots[0]?.tickets).toEqual([]);
    expect(k.snapshots[0]?.stats.services.find((s) => s.serviceId === 'med-card')?.waiting).toBe(1);
  });

  it('pushes each committed change with its stored event id: staff full, displays public, kiosks only waits', async () => {
    const display = open(t.tokens.display);
    const kiosk = open(t.tokens.kiosk);
    const clerk = open(t.tokens.clerk);
    const [d, k, c] = [recorder(display), recorder(kiosk), recorder(clerk)];
    await Promise.all([connected(display), connected(kiosk), connected(clerk)]);
    const open1 = await emitAck<{ ok: boolean }>(clerk, 'window:open', { requestId: rid(), window: 1 });
    expect(open1.ok).toBe(true);
    const issued = await emitAck<{ ok: boolean; ticket: { number: string } }>(kiosk, 'ticket:issue', {
      requestId: rid(),
      serviceId: 'med-card',
      lane: 'elderly',
    });
    expect(issued).toMatchObject({ ok: true, ticket: { number: 'A001', lane: 'elderly' } });
    const called = await emitAck<{ ok: boolean; eventIds: number[] }>(clerk, 'window:call-next', {
      requestId: rid(),
      window: 1,
    });
    expect(called.ok).toBe(true);
    await until(() => d.events.some((e) => e.type === 'ticket.called') && c.events.length >= 3, 'pushed events');
    const calledEvent = d.events.find((e) => e.type === 'ticket.called');
    expect(calledEvent?.id).toBe(called.eventIds[0]);
    expect(calledEvent?.ticket).toMatchObject({ number: 'A001', window: 1, state: 'called' });
    expect(calledEvent?.ticket).not.toHaveProperty('history');
    expect(c.events.map((e) => e.type)).toEqual(['window.opened', 'ticket.issued', 'ticket.called']);
    expect(c.events.map((e) => e.id)).toEqual([...c.events.map((e) => e.id)].sort((a, b) => a - b));
    expect(k.events).toEqual([]);
    // Figures of a burst of commands are folded into one push, but the latest always arrives.
    const last = called.eventIds.at(-1);
    await until(() => k.stats.at(-1)?.eventId === last, 'the figures after the last command, for the kiosk');
    expect(k.stats.at(-1)?.services.find((s) => s.serviceId === 'med-card')).toMatchObject({ waiting: 0 });
  });

  it('acknowledges every bad command with a reason and keeps serving', async () => {
    const clerk = open(t.tokens.clerk);
    const display = open(t.tokens.display);
    await Promise.all([connected(clerk), connected(display)]);
    for (const payload of [
      null,
      'call',
      42,
      [],
      { window: 'one', requestId: rid() },
      { window: 1 },
      { window: 1, requestId: 'x'.repeat(500) },
    ]) {
      const r = await emitAck<{ ok: boolean; code: string }>(clerk, 'window:call-next', payload);
      expect(r).toMatchObject({ ok: false, code: 'VALIDATION_FAILED' });
    }
    expect(await emitAck(display, 'window:call-next', { requestId: rid(), window: 1 })).toMatchObject({
      ok: false,
      code: 'FORBIDDEN',
    });
    expect(await emitAck(display, 'ticket:issue', { requestId: rid(), serviceId: 'med-card' })).toMatchObject({
      ok: false,
      code: 'FORBIDDEN',
    });
    // A command sent without an acknowledgement callback is ignored, not applied half-way.
    clerk.emit('window:open', { requestId: rid(), window: 1 });
    expect(await emitAck(clerk, 'window:open', { requestId: rid(), window: 1 })).toMatchObject({
      ok: true,
      window: { state: 'open' },
    });
    expect(t.store.events.lastId()).toBe(1);
  });

  it('applies a retried socket command once and answers it with the first result', async () => {
    const kiosk = open(t.tokens.kiosk);
    await connected(kiosk);
    const payload = { requestId: rid(), serviceId: 'tax-invoice' };
    const [a, b] = await Promise.all([
      emitAck(kiosk, 'ticket:issue', payload),
      emitAck(kiosk, 'ticket:issue', payload),
    ]);
    expect(a).toEqual(b);
    expect(t.store.tickets.forDay('2026-11-24')).toHaveLength(1);
  });

  it('never lets two windows call the same ticket', async () => {
    await issue(t, 'med-card');
    const c1 = open(t.tokens.clerk);
    const c3 = open(t.tokens.clerk2);
    await Promise.all([connected(c1), connected(c3)]);
    await emitAck(c1, 'window:open', { requestId: rid(), window: 1 });
    await emitAck(c3, 'window:open', { requestId: rid(), window: 3 });
    const replies = await Promise.all([
      emitAck<{ ok: boolean; code?: string }>(c1, 'window:call-next', { requestId: rid(), window: 1 }),
      emitAck<{ ok: boolean; code?: string }>(c3, 'window:call-next', { requestId: rid(), window: 3 }),
    ]);
    expect(replies.filter((r) => r.ok)).toHaveLength(1);
    expect(replies.find((r) => !r.ok)?.code).toBe('NO_TICKET_WAITING');
  });

  it('replays only the missed events to a client that reconnects with its last event id', async () => {
    const first = open(t.tokens.display);
    const r1 = recorder(first);
    await connected(first);
    await issue(t, 'med-card');
    await until(() => r1.events.length === 1, 'first event');
    const lastSeen = r1.events[0]?.id ?? 0;
    first.disconnect();
    await issue(t, 'med-card');
    await windowAction(t, t.tokens.clerk, 1, 'open');
    const again = open(t.tokens.display, { lastEventId: lastSeen });
    const r2 = recorder(again);
    await connected(again);
    await until(() => r2.events.length === 2, 'replayed events');
    expect(r2.snapshots).toEqual([]);
    expect(r2.events.map((e) => e.type)).toEqual(['ticket.issued', 'window.opened']);
    expect(r2.events[0]?.id).toBe(lastSeen + 1);
    // An id the hub never issued (another database) gets a snapshot instead.
    const confused = open(t.tokens.display, { lastEventId: 10_000 });
    const r3 = recorder(confused);
    await connected(confused);
    await until(() => r3.snapshots.length === 1, 'snapshot');
    expect(r3.snapshots[0]?.lastEventId).toBe(3);
  });

  it('answers sync:request with events or a snapshot', async () => {
    const display = open(t.tokens.display);
    await connected(display);
    await issue(t, 'med-card');
    const reply = await emitAck(display, 'sync:request', { lastEventId: 0 });
    expect(reply).toMatchObject({ ok: true, kind: 'events', events: [{ id: 1, type: 'ticket.issued' }] });
    expect(await emitAck(display, 'sync:request', { lastEventId: -1 })).toMatchObject({
      ok: false,
      code: 'VALIDATION_FAILED',
    });
  });

  it('cuts the sockets of a revoked device', async () => {
    const created = t.hub.accounts.createDevice({ role: 'display', name: 'temp' }, 'test');
    const s = open(created.token);
    await connected(s);
    const gone = new Promise<string>((resolve) => s.on('disconnect', resolve));
    const res = await fetch(`${t.url}/api/v1/devices/${created.device.id}`, {
      method: 'DELETE',
      headers: { authorization: `Bearer ${t.tokens.admin}` },
    });
    expect(res.status).toBe(200);
    expect(await gone).toBe('io server disconnect');
  });
});
