import { describe, expect, it } from 'vitest';
import { ackSchema } from './ack.ts';
import { hallSnapshotSchema, windowCommandResultSchema } from './hall.ts';

const window = {
  number: 1,
  state: 'open',
  clerkId: 'staff-1',
  clerkName: '王芳',
  pauseReason: null,
  currentTicketId: null,
  normalStreak: 0,
  ratingTicketId: null,
  ratingDeadline: null,
  changedAt: 1,
  version: 1,
};
const publicTicket = {
  id: '2026-11-24/A001',
  number: 'A001',
  serviceId: 'med-card',
  lane: 'normal',
  priorityGroup: null,
  state: 'waiting',
  queueSeq: 1,
  targetWindow: null,
  window: null,
  calledAt: null,
  recalls: 0,
};
const stats = { eventId: 3, businessDay: '2026-11-24', services: [] };
const snapshot = {
  protocolVersion: 1,
  lastEventId: 3,
  businessDay: '2026-11-24',
  serverTime: 5,
  configVersion: 1,
  windows: [window],
  tickets: [publicTicket],
  stats,
};

describe('hall view schemas', () => {
  it("reads a display's snapshot (public tickets) without adding or dropping a field", () => {
    expect(hallSnapshotSchema.parse(snapshot)).toEqual(snapshot);
  });

  it('refuses a snapshot that lacks a field or carries a ticket in an unknown state', () => {
    const { stats: _omitted, ...noStats } = snapshot;
    expect(hallSnapshotSchema.safeParse(noStats).success).toBe(false);
    const odd = { ...snapshot, tickets: [{ ...publicTicket, state: 'lost' }] };
    expect(hallSnapshotSchema.safeParse(odd).success).toBe(false);
  });

  it('reads an acknowledgement as the result or as an error body, and nothing else', () => {
    const ack = ackSchema(windowCommandResultSchema);
    const ok = { ok: true, window, ticket: null, eventIds: [4] };
    expect(ack.parse(ok)).toEqual(ok);
    expect(ack.parse({ ok: false, code: 'WINDOW_BUSY', message: 'busy' })).toMatchObject({ code: 'WINDOW_BUSY' });
    expect(ack.safeParse({ ok: false, code: 'SOMETHING_NEW', message: '' }).success).toBe(false);
    expect(ack.safeParse({ ok: true, window }).success).toBe(false);
  });
});
