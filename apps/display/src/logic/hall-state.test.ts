import { describe, expect, test } from 'vitest';
import { applyEvent, applySnapshot, applyStats, callOfEvent, EMPTY_DISPLAY, MAX_CALLS } from './hall-state.ts';
import { DAY, ev, pt, snapshot, win } from './test-fixtures.ts';

describe('the display reducer', () => {
  test('a snapshot replaces tickets and windows whole, keeps only live tickets and notes the clock offset', () => {
    const s = applySnapshot(
      EMPTY_DISPLAY,
      snapshot({
        tickets: [
          pt({ number: 'A001' }),
          pt({ number: 'A002', state: 'done' }),
          pt({ number: 'A003', state: 'no-show' }),
        ],
      }),
      999_000,
    );
    expect(Object.keys(s.tickets)).toEqual([`${DAY}/A001`]);
    expect(s.windows[1]?.state).toBe('open');
    expect(s.clockOffset).toBe(1_000);
    expect(s.lastEventId).toBe(10);
    const again = applySnapshot(s, snapshot({ lastEventId: 12, tickets: [], windows: [] }), 999_000);
    expect(again.tickets).toEqual({});
    expect(again.windows).toEqual({});
  });

  test('a snapshot adds the tickets held at windows to the calls, without repeating known ones', () => {
    const held = pt({ number: 'A004', state: 'called', window: 1, calledAt: 900_000 });
    const s = applySnapshot(EMPTY_DISPLAY, snapshot({ tickets: [held] }), 0);
    expect(s.calls).toMatchObject([{ number: 'A004', window: 1, eventId: null, at: 900_000 }]);
    expect(applySnapshot(s, snapshot({ tickets: [held] }), 0).calls).toHaveLength(1);
  });

  test('events upsert tickets, drop finished ones, move lastEventId and ignore what was seen', () => {
    let s = applySnapshot(EMPTY_DISPLAY, snapshot(), 1_000_000);
    s = applyEvent(s, ev(11, 'ticket.issued', { ticket: pt({ number: 'A001' }) }));
    s = applyEvent(
      s,
      ev(12, 'ticket.called', {
        ticket: pt({ number: 'A001', state: 'called', window: 1, calledAt: 1_012_000 }),
        window: win({ number: 1, currentTicketId: `${DAY}/A001`, version: 2 }),
      }),
    );
    expect(s.tickets[`${DAY}/A001`]?.state).toBe('called');
    expect(s.windows[1]?.currentTicketId).toBe(`${DAY}/A001`);
    expect(s.calls).toMatchObject([{ eventId: 12, number: 'A001', window: 1, recall: false }]);
    expect(applyEvent(s, ev(12, 'ticket.called', { ticket: pt({ number: 'A001' }) }))).toBe(s);
    s = applyEvent(
      s,
      ev(13, 'ticket.recalled', { ticket: pt({ number: 'A001', state: 'called', window: 1, recalls: 1 }) }),
    );
    expect(s.calls.map((c) => [c.eventId, c.recall])).toEqual([
      [13, true],
      [12, false],
    ]);
    s = applyEvent(s, ev(14, 'ticket.finished', { ticket: pt({ number: 'A001', state: 'done' }) }));
    expect(s.tickets).toEqual({});
    expect(s.calls).toHaveLength(2);
    expect(s.lastEventId).toBe(14);
  });

  test('an older window version never overwrites a newer one', () => {
    let s = applySnapshot(EMPTY_DISPLAY, snapshot({ windows: [win({ number: 1, version: 5, state: 'paused' })] }), 0);
    s = applyEvent(s, ev(11, 'window.opened', { window: win({ number: 1, version: 4 }) }));
    expect(s.windows[1]?.state).toBe('paused');
    expect(s.lastEventId).toBe(11);
  });

  test('the calls list is bounded', () => {
    let s = applySnapshot(EMPTY_DISPLAY, snapshot(), 0);
    for (let i = 1; i <= MAX_CALLS + 15; i++) {
      const number = `A${String(i).padStart(3, '0')}`;
      s = applyEvent(s, ev(10 + i, 'ticket.called', { ticket: pt({ number, state: 'called', window: 1 }) }));
    }
    expect(s.calls).toHaveLength(MAX_CALLS);
    expect(s.calls[0]?.number).toBe(`A0${MAX_CALLS + 15}`);
  });

  test('day.closed clears yesterday: its waiting tickets and calls leave, a ticket still held stays', () => {
    let s = applySnapshot(EMPTY_DISPLAY, snapshot(), 0);
    s = applyEvent(s, ev(11, 'ticket.issued', { ticket: pt({ number: 'A001' }) }));
    s = applyEvent(s, ev(12, 'ticket.called', { ticket: pt({ number: 'A002', state: 'called', window: 1 }) }));
    s = applyEvent(s, ev(13, 'ticket.called', { ticket: pt({ number: 'A003', state: 'called', window: 2 }) }));
    s = applyEvent(s, ev(14, 'ticket.finished', { ticket: pt({ number: 'A003', state: 'done' }) }));
    s = applyEvent(s, ev(15, 'day.closed', { businessDay: '2026-11-26' }));
    expect(s.businessDay).toBe('2026-11-26');
    expect(Object.keys(s.tickets)).toEqual([`${DAY}/A002`]);
    expect(s.calls.map((c) => c.number)).toEqual(['A002']);
  });

  test('a call event without a window is no call; stats older than what is held are ignored', () => {
    expect(callOfEvent(ev(1, 'ticket.called', { ticket: pt({ number: 'A001' }) }))).toBeNull();
    expect(callOfEvent(ev(1, 'ticket.started', { ticket: pt({ number: 'A001', window: 1 }) }))).toBeNull();
    const s = applyStats(EMPTY_DISPLAY, { eventId: 5, businessDay: DAY, services: [] });
    expect(applyStats(s, { eventId: 4, businessDay: DAY, services: [] })).toBe(s);
    expect(applyStats(s, { eventId: 6, businessDay: DAY, services: [] }).stats?.eventId).toBe(6);
  });
});
