import {
  hallConfigSchema,
  type AlertsPush,
  type ConfigPush,
  type HallEventMessage,
  type HallSnapshot,
  type QueueStats,
} from '@hall/protocol';
import { api, issue, rid, startTestHub, TEST_HALL, windowAction, type TestHub } from '@hall/hub/test-support';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { connectHall, type HallConnection, type HallConnectionHandlers } from './hall-connection.ts';
import type { HubRequestError } from './hub-request-error.ts';
import type { Timers } from './timers.ts';

/** Timers a test runs by hand: what the connection scheduled, and when. */
class HandTimers implements Timers {
  due: Array<{ fn: () => void; ms: number }> = [];
  setTimeout(fn: () => void, ms: number) {
    const entry = { fn, ms };
    this.due.push(entry);
    return entry;
  }
  clearTimeout(handle: unknown) {
    this.due = this.due.filter((d) => d !== handle);
  }
  runAll() {
    const now = this.due;
    this.due = [];
    for (const d of now) d.fn();
  }
}

/** Everything a connection reported, in order. */
function recorder() {
  const seen = {
    status: [] as boolean[],
    snapshots: [] as HallSnapshot[],
    events: [] as Array<{ event: HallEventMessage; live: boolean }>,
    stats: [] as QueueStats[],
    notices: 0,
    bookings: 0,
    configs: [] as ConfigPush[],
    refused: [] as HubRequestError[],
    invalid: [] as string[],
  };
  const handlers: HallConnectionHandlers = {
    onStatus: (c) => seen.status.push(c),
    onSnapshot: (s) => seen.snapshots.push(s),
    onEvent: (event, o) => seen.events.push({ event, live: o.live }),
    onStats: (s) => seen.stats.push(s),
    onNotices: () => void (seen.notices += 1),
    onBookings: () => void (seen.bookings += 1),
    onConfig: (c) => seen.configs.push(c),
    onRefused: (e) => seen.refused.push(e),
    onInvalidPush: (name) => seen.invalid.push(name),
  };
  return { seen, handlers };
}

let t: TestHub;
let open: HallConnection[] = [];
beforeEach(async () => {
  t = await startTestHub();
});
afterEach(async () => {
  for (const c of open) c.close();
  open = [];
  await t.stop();
  t.cleanup();
});

function connect(
  token: string,
  handlers: HallConnectionHandlers,
  o: { last?: () => number | undefined; timers?: Timers; protocolVersion?: number } = {},
) {
  const c = connectHall({
    url: t.url,
    token,
    lastEventId: o.last ?? (() => undefined),
    handlers,
    transports: ['websocket'],
    jitter: () => 0.5,
    ...(o.timers ? { timers: o.timers } : {}),
    ...(o.protocolVersion === undefined ? {} : { protocolVersion: o.protocolVersion }),
  });
  open.push(c);
  return c;
}

describe('hall connection against a real hub', () => {
  it('hands a new hall configuration to the screen, and to one that reconnects holding an older one', async () => {
    const { seen, handlers } = recorder();
    let shown: number | undefined;
    const c = connectHall({
      url: t.url,
      token: t.tokens.kiosk,
      lastEventId: () => undefined,
      configVersion: () => shown,
      handlers: {
        ...handlers,
        onSnapshot: (s) => {
          shown ??= s.configVersion;
          seen.snapshots.push(s);
        },
        onConfig: (push) => {
          shown = push.version;
          seen.configs.push(push);
        },
      },
      transports: ['websocket'],
      jitter: () => 0.5,
    });
    open.push(c);
    await expect.poll(() => shown).toBe(1);
    const config = hallConfigSchema.parse({
      ...TEST_HALL,
      hallName: { 'zh-Hans': '新大厅', 'zh-Hant': '新大廳', en: 'New hall' },
    });
    const put = await api(t.url, '/api/v1/config', {
      method: 'PUT',
      token: t.tokens.admin,
      body: { baseVersion: 1, config },
    });
    expect(put.status).toBe(200);
    await expect.poll(() => seen.configs.map((p) => p.version)).toEqual([2]);
    expect(seen.configs[0]?.config.hallName.en).toBe('New hall');
    c.close();

    // A screen away during the change (it still shows version 1) gets version 2 as it connects.
    const away = recorder();
    connect(t.tokens.kiosk, away.handlers, {});
    const late = connectHall({
      url: t.url,
      token: t.tokens.display,
      lastEventId: () => undefined,
      configVersion: () => 1,
      handlers: away.handlers,
      transports: ['websocket'],
      jitter: () => 0.5,
    });
    open.push(late);
    await expect.poll(() => away.seen.configs.map((p) => p.version)).toEqual([2]);
    expect(away.seen.snapshots.every((s) => s.configVersion === 2)).toBe(true);
  });

  it('gets a snapshot, the notices and the bookings at the first connect, and runs commands', async () => {
    const { seen, handlers } = recorder();
    const c = connect(t.tokens.clerk, handlers);
    await expect.poll(() => seen.snapshots.length).toBe(1);
    await expect.poll(() => seen.notices + seen.bookings).toBe(2);
    expect(seen.status).toEqual([true]);
    expect(c.connected()).toBe(true);

    const opened = await c.command('window:open', { window: 1, requestId: rid() }, 5_000);
    expect(opened.kind === 'ok' && opened.value.window.state).toBe('open');
    const refused = await c.command('window:call-next', { window: 1, requestId: rid() }, 5_000);
    expect(refused.kind === 'refused' && refused.error).toMatchObject({
      kind: 'hub',
      code: 'NO_TICKET_WAITING',
      status: 409,
    });
    await expect.poll(() => seen.events.some((e) => e.event.type === 'window.opened' && e.live)).toBe(true);
  });

  it('catches up from the last event id at a reconnect: replayed events are not live, later ones are', async () => {
    // A fresh hub has no events: make one, so there is an id to catch up from.
    await windowAction(t, t.tokens.lead, 2, 'open');
    const first = recorder();
    const c1 = connect(t.tokens.display, first.handlers);
    await expect.poll(() => first.seen.snapshots.length).toBe(1);
    const last = first.seen.snapshots[0]?.lastEventId ?? 0;
    c1.close();

    await windowAction(t, t.tokens.clerk, 1, 'open');
    const { seen, handlers } = recorder();
    connect(t.tokens.display, handlers, { last: () => last });
    await expect.poll(() => seen.stats.length).toBeGreaterThan(0);
    expect(seen.snapshots).toEqual([]);
    expect(seen.events.map((e) => [e.event.type, e.live])).toEqual([['window.opened', false]]);
    await windowAction(t, t.tokens.clerk2, 3, 'open');
    await expect.poll(() => seen.events.length).toBe(2);
    expect(seen.events[1]).toMatchObject({ event: { type: 'window.opened', window: { number: 3 } }, live: true });
  });

  it('falls back to a snapshot when the hub cannot replay (an id it never had)', async () => {
    const { seen, handlers } = recorder();
    connect(t.tokens.clerk, handlers, { last: () => 1_000_000 });
    await expect.poll(() => seen.snapshots.length).toBe(1);
    expect(seen.events).toEqual([]);
  });

  it('asks for the missed events over the socket too, validated', async () => {
    const { seen, handlers } = recorder();
    const c = connect(t.tokens.clerk, handlers);
    await expect.poll(() => seen.snapshots.length).toBe(1);
    await windowAction(t, t.tokens.clerk, 1, 'open');
    const reply = await c.sync(seen.snapshots[0]?.lastEventId ?? 0, 5_000);
    expect(reply.kind === 'events' && reply.events.map((e) => e.type)).toEqual(['window.opened']);
  });

  it('drops a push that does not match the protocol and asks for a snapshot instead', async () => {
    const timers = new HandTimers();
    const { seen, handlers } = recorder();
    connect(t.tokens.clerk, handlers, { timers, last: () => seen.snapshots.at(-1)?.lastEventId });
    await expect.poll(() => seen.snapshots.length).toBe(1);
    t.hub.io.emit('hall:event', { id: 'not a number' } as unknown as HallEventMessage);
    await expect.poll(() => seen.invalid).toEqual(['hall:event']);
    expect(seen.events).toEqual([]);
    expect(timers.due.map((d) => d.ms)).toEqual([500]);
    timers.runAll();
    await expect.poll(() => seen.snapshots.length).toBe(2);
  });

  it('stops for good and reports when the hub refuses the token or the protocol version', async () => {
    for (const o of [{ token: 'no-such-token' }, { token: t.tokens.display, protocolVersion: 999 }]) {
      const timers = new HandTimers();
      const { seen, handlers } = recorder();
      const c = connect(o.token, handlers, {
        timers,
        ...(o.protocolVersion ? { protocolVersion: o.protocolVersion } : {}),
      });
      await expect.poll(() => seen.refused.length).toBe(1);
      expect(seen.refused[0]?.code).toBe(o.protocolVersion ? 'PROTOCOL_VERSION_MISMATCH' : 'UNAUTHENTICATED');
      // Nothing retries: no timer, and socket.io's own reconnection is off.
      await new Promise((r) => setTimeout(r, 700));
      expect(timers.due).toEqual([]);
      expect(seen.refused).toHaveLength(1);
      expect(c.connected()).toBe(false);
    }
  });

  it('comes back after the hub cut the connection, after the back-off', async () => {
    await windowAction(t, t.tokens.lead, 2, 'open');
    const timers = new HandTimers();
    const { seen, handlers } = recorder();
    connect(t.tokens.clerk, handlers, { timers, last: () => seen.snapshots.at(-1)?.lastEventId });
    await expect.poll(() => seen.snapshots.length).toBe(1);
    t.hub.io.disconnectSockets(true);
    await expect.poll(() => timers.due.map((d) => d.ms)).toEqual([500]);
    timers.runAll();
    await expect.poll(() => seen.status).toEqual([true, false, true]);
    // It asked to catch up (nothing missed): stats close the replay, no second snapshot.
    await expect.poll(() => seen.stats.length).toBeGreaterThan(0);
    expect(seen.snapshots).toHaveLength(1);
  });

  it('answers a command as no answer while not connected (the caller resends it with the same id)', async () => {
    const { handlers } = recorder();
    const c = connect(t.tokens.clerk, handlers);
    expect(await c.command('window:open', { window: 1, requestId: rid() }, 1_000)).toEqual({ kind: 'no-answer' });
  });
});

describe('the live board alerts', () => {
  it('reach a supervisor (an admin) validated, at connect and when one is raised; a clerk never gets them', async () => {
    const supervisor: AlertsPush[] = [];
    const clerk: AlertsPush[] = [];
    const { seen, handlers } = recorder();
    connect(t.tokens.admin, { ...handlers, onAlerts: (p) => supervisor.push(p) });
    connect(t.tokens.clerk, { onAlerts: (p) => clerk.push(p), onSnapshot: () => undefined });
    await expect.poll(() => supervisor.length).toBe(1);
    expect(supervisor[0]?.alerts).toEqual([]);

    const { ticket } = await issue(t, 'med-card');
    t.clock.advance(31 * 60_000);
    t.hub.alerts.check();
    await expect.poll(() => supervisor.at(-1)?.alerts.length).toBe(1);
    expect(supervisor.at(-1)?.alerts[0]).toMatchObject({ kind: 'wait-over-target', subject: { ticketId: ticket.id } });
    expect(supervisor.at(-1)?.at).toBe(t.clock.now());
    expect(clerk).toEqual([]);
    expect(seen.invalid).toEqual([]);
  });
});
