import type { HallSnapshot } from '@hall/protocol';
import { describe, expect, test } from 'vitest';
import { applyCommandResult, applyEvent, applySnapshot, applySyncReply, EMPTY_HALL } from './hall-state.ts';
import { ticket, win } from './test-fixtures.ts';

const snapshot: HallSnapshot = {
  protocolVersion: 1,
  lastEventId: 10,
  businessDay: '2026-11-25',
  serverTime: 5_000,
  windows: [win({})],
  tickets: [ticket({ id: 't1' })],
  stats: { eventId: 10, businessDay: '2026-11-25', services: [] },
};

describe('the event reducer', () => {
  test('a snapshot replaces everything and notes the clock offset', () => {
    const s = applySnapshot(snapshot, 4_000);
    expect(s.lastEventId).toBe(10);
    expect(Object.keys(s.tickets)).toEqual(['t1']);
    expect(s.windows[1]?.clerkId).toBe('me');
    expect(s.clockOffset).toBe(1_000);
  });

  test('events upsert by id and move lastEventId; old events are ignored', () => {
    let s = applySnapshot(snapshot, 5_000);
    s = applyEvent(s, {
      id: 11,
      type: 'ticket.called',
      at: 1,
      businessDay: '2026-11-25',
      ticket: ticket({ id: 't1', state: 'called', window: 1, version: 2 }),
      window: win({ currentTicketId: 't1', version: 2 }),
    });
    expect(s.tickets.t1?.state).toBe('called');
    expect(s.windows[1]?.currentTicketId).toBe('t1');
    expect(s.lastEventId).toBe(11);
    const again = applyEvent(s, {
      id: 11,
      type: 'ticket.issued',
      at: 1,
      businessDay: '2026-11-25',
      ticket: ticket({ id: 't1', version: 1 }),
    });
    expect(again).toBe(s);
  });

  test('a command result never rolls back a newer version', () => {
    let s = applySnapshot(snapshot, 0);
    s = applyCommandResult(s, {
      window: win({ version: 3, currentTicketId: 't1' }),
      ticket: ticket({ id: 't1', version: 3, state: 'serving' }),
    });
    s = applyCommandResult(s, {
      window: win({ version: 2 }),
      ticket: ticket({ id: 't1', version: 2, state: 'called' }),
    });
    expect(s.tickets.t1?.state).toBe('serving');
    expect(s.windows[1]?.currentTicketId).toBe('t1');
    expect(s.lastEventId).toBe(10);
  });

  test('a sync reply applies missed events in order, or a snapshot', () => {
    const s0 = applySnapshot(snapshot, 0);
    const s1 = applySyncReply(
      s0,
      {
        kind: 'events',
        events: [
          { id: 11, type: 'ticket.issued', at: 1, businessDay: '2026-11-25', ticket: ticket({ id: 't2' }) },
          {
            id: 12,
            type: 'window.paused',
            at: 1,
            businessDay: '2026-11-25',
            window: win({ state: 'paused', version: 2 }),
          },
        ],
      },
      0,
    );
    expect(s1.lastEventId).toBe(12);
    expect(Object.keys(s1.tickets).sort()).toEqual(['t1', 't2']);
    expect(s1.windows[1]?.state).toBe('paused');
    const s2 = applySyncReply(s1, { kind: 'snapshot', snapshot: { ...snapshot, lastEventId: 20, tickets: [] } }, 0);
    expect(s2.lastEventId).toBe(20);
    expect(s2.tickets).toEqual({});
  });

  test('day close drops finished tickets of earlier days and keeps held ones', () => {
    let s = { ...EMPTY_HALL, businessDay: '2026-11-25' };
    s = applyEvent(s, {
      id: 1,
      type: 'ticket.finished',
      at: 1,
      businessDay: '2026-11-25',
      ticket: ticket({ id: 'd', state: 'done' }),
    });
    s = applyEvent(s, {
      id: 2,
      type: 'ticket.called',
      at: 1,
      businessDay: '2026-11-25',
      ticket: ticket({ id: 'h', state: 'serving' }),
    });
    s = applyEvent(s, { id: 3, type: 'day.closed', at: 1, businessDay: '2026-11-26' });
    expect(Object.keys(s.tickets)).toEqual(['h']);
    expect(s.businessDay).toBe('2026-11-26');
  });
});
