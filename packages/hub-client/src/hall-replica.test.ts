import {
  toPublicTicket,
  type HallEventMessage,
  type HallSnapshot,
  type Ticket,
  type WindowState,
} from '@hall/protocol';
import { ticketOf, windowStateOf } from '@hall/protocol/testing';
import { describe, expect, it } from 'vitest';
import { hallReplica, LIVE_PUBLIC_TICKETS, STAFF_TICKETS } from './hall-replica.ts';

const DAY = '2026-11-24';

const ticket = (number: string, o: Partial<Ticket> = {}): Ticket =>
  ticketOf({ number, businessDay: DAY, serviceId: 'med-card', issuedAt: 1, queuedAt: 1, statusCode: 'abc123', ...o });

const window = (number: number, o: Partial<WindowState> = {}): WindowState =>
  windowStateOf({ number, clerkId: 's1', clerkName: '王芳', changedAt: 1, ...o });

const stats = (eventId: number) => ({ eventId, businessDay: DAY, services: [] });

function snapshot(tickets: HallSnapshot['tickets'], lastEventId = 10): HallSnapshot {
  return {
    protocolVersion: 1,
    lastEventId,
    businessDay: DAY,
    serverTime: 5_000,
    configVersion: 1,
    windows: [window(1)],
    tickets,
    stats: stats(lastEventId),
  };
}

const event = (id: number, o: Partial<HallEventMessage>): HallEventMessage => ({
  id,
  type: 'ticket.called',
  at: id,
  businessDay: DAY,
  ...o,
});

const staff = hallReplica(STAFF_TICKETS);
const display = hallReplica(LIVE_PUBLIC_TICKETS);

describe('hall replica, staff', () => {
  it('takes a snapshot whole, with the offset to hub time', () => {
    const done = ticket('A002', { state: 'done', version: 4 });
    const s = staff.applySnapshot(staff.empty(), snapshot([ticket('A001'), done]), 4_000);
    expect(Object.keys(s.tickets)).toEqual([`${DAY}/A001`, `${DAY}/A002`]);
    expect(s).toMatchObject({ lastEventId: 10, businessDay: DAY, clockOffset: 1_000, stats: stats(10) });
    expect(s.windows[1]?.clerkName).toBe('王芳');
  });

  it('skips events already seen and older copies than those held', () => {
    let s = staff.applySnapshot(staff.empty(), snapshot([ticket('A001', { version: 3 })]), 0);
    const stale = staff.applyEvent(s, event(10, { ticket: ticket('A001', { state: 'called', version: 4 }) }));
    expect(stale).toBe(s);
    s = staff.applyEvent(s, event(11, { ticket: ticket('A001', { state: 'called', version: 2 }) }));
    expect(s.tickets[`${DAY}/A001`]?.state).toBe('waiting');
    expect(s.lastEventId).toBe(11);
    s = staff.applyCommandResult(s, {
      window: window(1, { version: 2 }),
      ticket: ticket('A001', { state: 'serving', version: 5 }),
    });
    expect(s.tickets[`${DAY}/A001`]?.state).toBe('serving');
    expect(s.windows[1]?.version).toBe(2);
  });

  it('drops finished tickets of earlier days at the day close and keeps one still held', () => {
    const old = '2026-11-23';
    let s = staff.applySnapshot(
      staff.empty(),
      snapshot([
        ticket('A001', { businessDay: old, id: `${old}/A001`, state: 'serving' }),
        ticket('A002', { businessDay: old, id: `${old}/A002`, state: 'done' }),
      ]),
      0,
    );
    s = staff.applyEvent(s, event(11, { type: 'day.closed', businessDay: '2026-11-25' }));
    expect(Object.keys(s.tickets)).toEqual([`${old}/A001`]);
    expect(s.businessDay).toBe('2026-11-25');
  });

  it('ignores public tickets (a staff screen needs whole ones) and older figures', () => {
    let s = staff.applySnapshot(staff.empty(), snapshot([toPublicTicket(ticket('A001'))]), 0);
    expect(s.tickets).toEqual({});
    s = staff.applyStats(s, stats(9));
    expect(s.stats?.eventId).toBe(10);
  });

  it('replays a sync reply of events, or takes its snapshot', () => {
    const s0 = staff.empty();
    const s1 = staff.applySyncReply(s0, { kind: 'events', events: [event(1, { ticket: ticket('A001') })] }, 0);
    expect(s1.lastEventId).toBe(1);
    const s2 = staff.applySyncReply(s1, { kind: 'snapshot', snapshot: snapshot([], 20) }, 0);
    expect(s2).toMatchObject({ lastEventId: 20, tickets: {} });
  });
});

describe('hall replica, wall display', () => {
  it('keeps live public tickets only: a finished one leaves at once', () => {
    const pub = (n: string, o: Partial<Ticket> = {}) => toPublicTicket(ticket(n, o));
    let s = display.applySnapshot(display.empty(), snapshot([pub('A001'), pub('A002', { state: 'no-show' })]), 0);
    expect(Object.keys(s.tickets)).toEqual([`${DAY}/A001`]);
    s = display.applyEvent(s, event(11, { ticket: pub('A001', { state: 'called', window: 1 }) }));
    expect(s.tickets[`${DAY}/A001`]).toMatchObject({ state: 'called', window: 1 });
    s = display.applyEvent(s, event(12, { type: 'ticket.finished', ticket: pub('A001', { state: 'done' }) }));
    expect(s.tickets).toEqual({});
  });
});
