import { ERROR_STATUS, WINDOW_ACTIONS } from '@hall/protocol';
import fc from 'fast-check';
import type { Socket } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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

const CODES = Object.keys(ERROR_STATUS);
const EVENTS = ['ticket:issue', ...WINDOW_ACTIONS.map((a) => `window:${a}`), 'sync:request'];
const ROUTES: Array<[string, string]> = [
  ['POST', '/api/v1/tickets'],
  ...WINDOW_ACTIONS.map((a): [string, string] => ['POST', `/api/v1/windows/1/${a}`]),
  ['POST', '/api/v1/staff'],
  ['POST', '/api/v1/devices'],
  ['POST', '/api/v1/bookings'],
  ['PUT', '/api/v1/notices'],
  ['POST', '/api/v1/auth/password'],
  ['POST', '/api/v1/kiosk/print'],
  ['POST', '/api/v1/complaints'],
];

/** A valid-looking body with one thing wrong: what a buggy or hostile client actually sends. */
const corrupted = fc.oneof(
  fc.anything(),
  fc.record({ requestId: fc.string({ maxLength: 7 }), serviceId: fc.constant('med-card') }),
  fc.record({ requestId: fc.string({ minLength: 65, maxLength: 80 }), window: fc.integer() }),
  fc.record({ requestId: fc.constant('fuzz-request-0001'), serviceId: fc.string(), lane: fc.string() }),
  fc.record({
    requestId: fc.constant('fuzz-request-0002'),
    window: fc.oneof(
      fc.integer({ min: 1000 }),
      fc.constant(-1),
      fc.constant(2.5),
      fc.string().filter((w) => !/^\s*\d+\s*$/.test(w)),
    ),
  }),
  // An unknown key must make it invalid; `undefined` would vanish on the wire (JSON) and leave a valid command.
  fc.record({
    requestId: fc.constant('fuzz-request-0003'),
    window: fc.constant(1),
    extra: fc.anything().filter((v) => v !== undefined),
  }),
  fc.record({ lastEventId: fc.oneof(fc.integer({ max: -1 }), fc.double(), fc.string()) }),
);

describe('bad input: random and malformed commands from every role and none', () => {
  let t: TestHub;
  const sockets: Socket[] = [];
  let tokens: Record<string, string | undefined>;

  beforeAll(async () => {
    t = await startTestHub();
    const rater = t.hub.accounts.createDevice({ role: 'rater', name: 'rater', window: 1 }, 'test').token;
    tokens = { ...t.tokens, rater, none: undefined, garbage: 'x'.repeat(43) };
    // Something to be careful with: an open window holding a called ticket.
    await issue(t, 'med-card');
    await issue(t, 'med-card');
    expect((await windowAction(t, t.tokens.clerk, 1, 'open')).status).toBe(200);
    expect((await windowAction(t, t.tokens.clerk, 1, 'call-next')).status).toBe(200);
  });
  afterAll(async () => {
    sockets.forEach((s) => s.disconnect());
    await t.stop();
    t.cleanup();
  });

  const fingerprint = () => ({
    lastEvent: t.store.events.lastId(),
    tickets: JSON.stringify([...t.hub.hall.state.tickets.values()]),
    windows: JSON.stringify([...t.hub.hall.state.windows.values()]),
  });

  it('answers every malformed socket command with a known error code and changes nothing', async () => {
    const roles = ['admin', 'clerk', 'lead', 'kiosk', 'display', 'rater'] as const;
    const byRole = new Map<string, Socket>();
    for (const role of roles) {
      const s = socketFor(t.url, tokens[role] ?? '');
      sockets.push(s);
      await connected(s);
      byRole.set(role, s);
    }
    const before = fingerprint();
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...roles),
        fc.constantFrom(...EVENTS),
        corrupted,
        async (role, event, payload) => {
          t.clock.advance(150); // keeps the rate buckets from running dry: refusals should be about the input
          const ack = await emitAck<{ ok: boolean; code?: string; message?: string }>(
            byRole.get(role) as Socket,
            event,
            payload,
          );
          expect(ack.ok).toBe(false);
          expect(CODES).toContain(ack.code);
          expect(ack.message).toEqual(expect.any(String));
        },
      ),
      { numRuns: 300 },
    );
    expect(fingerprint()).toEqual(before);
    // Still alive and still serving.
    expect(await emitAck(byRole.get('display') as Socket, 'sync:request', { lastEventId: 0 })).toMatchObject({
      ok: true,
    });
  });

  it('answers every malformed HTTP body, with any token or none, with a status that matches its code', async () => {
    const before = fingerprint();
    const body = fc.oneof(
      corrupted.map((v) => JSON.stringify(v) ?? 'null'),
      fc.string(),
      fc.constant('{"requestId":'),
      fc.constant(''),
    );
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...Object.keys(tokens)),
        fc.constantFrom(...ROUTES),
        body,
        async (who, [method, path], text) => {
          t.clock.advance(150);
          const token = tokens[who];
          const res = await fetch(t.url + path, {
            method,
            headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
            body: text,
          });
          const reply = (await res.json()) as { code?: string; message?: string };
          expect(CODES).toContain(reply.code);
          expect(res.status).toBe(ERROR_STATUS[reply.code as keyof typeof ERROR_STATUS]);
          expect(reply.message).toEqual(expect.any(String));
        },
      ),
      { numRuns: 300 },
    );
    expect(fingerprint()).toEqual(before);
    expect((await fetch(`${t.url}/healthz`)).status).toBe(200);
  });

  it('refuses display, kiosk and rater tokens every clerk and admin action, on sockets and over HTTP', async () => {
    const before = fingerprint();
    for (const role of ['kiosk', 'display', 'rater'] as const) {
      const s = socketFor(t.url, tokens[role] ?? '');
      sockets.push(s);
      await connected(s);
      for (const action of WINDOW_ACTIONS.filter((a) => a !== 'rate')) {
        t.clock.advance(150);
        const ack = await emitAck(s, `window:${action}`, {
          window: 1,
          requestId: rid(),
          reason: 'x',
          note: 'x',
          toWindow: 2,
          ticketId: 'x',
        });
        expect(ack, `${role} window:${action}`).toMatchObject({ ok: false, code: 'FORBIDDEN' });
        const r = await windowAction(t, tokens[role] ?? '', 1, action);
        expect(r.status, `${role} POST ${action}`).toBe(403);
      }
      const admin: Array<[string, string, unknown]> = [
        ['POST', '/api/v1/staff', { username: 'intruder', password: 'intruder-password', role: 'admin' }],
        ['POST', '/api/v1/devices', { role: 'kiosk', name: 'rogue' }],
        ['POST', '/api/v1/bookings', { serviceId: 'med-card', slotStart: 1, slotEnd: 2 }],
        ['PUT', '/api/v1/notices', { notices: [] }],
        ['GET', '/api/v1/staff', undefined],
        ['GET', '/api/v1/devices', undefined],
        ['GET', '/api/v1/audit', undefined],
        ['GET', '/api/v1/tickets?day=2026-11-24', undefined],
      ];
      for (const [method, path, body] of admin) {
        t.clock.advance(150);
        const res = await fetch(t.url + path, {
          method,
          headers: { authorization: `Bearer ${tokens[role]}`, 'content-type': 'application/json' },
          ...(body === undefined ? {} : { body: JSON.stringify(body) }),
        });
        expect(res.status, `${role} ${method} ${path}`).toBe(403);
      }
    }
    expect(fingerprint()).toEqual(before);
  });

  it('rate-limits a kiosk pressing issue in a loop on its socket, and applies none of the excess', async () => {
    const kiosk = socketFor(t.url, t.tokens.kiosk);
    sockets.push(kiosk);
    await connected(kiosk);
    t.clock.advance(10_000); // a full bucket
    const before = t.store.tickets.forDay('2026-11-24').length;
    const acks = await Promise.all(
      Array.from({ length: 40 }, () =>
        emitAck<{ ok: boolean; code?: string }>(kiosk, 'ticket:issue', { requestId: rid(), serviceId: 'tax-invoice' }),
      ),
    );
    const issued = acks.filter((a) => a.ok).length;
    expect(issued).toBe(20);
    expect(acks.filter((a) => !a.ok).every((a) => a.code === 'RATE_LIMITED')).toBe(true);
    expect(t.store.tickets.forDay('2026-11-24').length).toBe(before + issued);
  });
});
