import type { DisplayBookingView } from '@hall/protocol';
import { describe, expect, test } from 'vitest';
import { applyEvent, applySnapshot, EMPTY_DISPLAY } from './hall-state.ts';
import { HALL, DAY, ev, pt, snapshot, win } from './test-fixtures.ts';
import {
  bookingRows,
  bookingsFeatured,
  elderlyLane,
  isHighlighted,
  latestCalls,
  shortWindowName,
  waitingPerZone,
  windowView,
  zoneWindows,
} from './views.ts';

function hallWith() {
  let s = applySnapshot(
    EMPTY_DISPLAY,
    snapshot({
      windows: [
        win({ number: 1 }),
        win({ number: 2, state: 'paused', pauseReason: '系统维护' }),
        win({ number: 3 }),
        win({ number: 28 }),
        win({ number: 43, state: 'closed', clerkId: null, clerkName: null }),
      ],
      tickets: [
        pt({ number: 'A010', queueSeq: 10 }),
        pt({ number: 'A011', queueSeq: 11, lane: 'elderly' }),
        pt({ number: 'B005', queueSeq: 5, serviceId: 'pension', lane: 'elderly' }),
        pt({ number: 'B006', queueSeq: 6, serviceId: 'card', state: 'transferred' }),
      ],
    }),
    1_000_000,
  );
  s = applyEvent(s, ev(11, 'ticket.called', { ticket: pt({ number: 'A001', state: 'called', window: 1 }) }));
  s = applyEvent(
    s,
    ev(12, 'ticket.called', { ticket: pt({ number: 'B001', serviceId: 'pension', state: 'called', window: 3 }) }),
  );
  s = applyEvent(s, ev(13, 'ticket.called', { ticket: pt({ number: 'A002', state: 'called', window: 28 }) }));
  s = applyEvent(
    s,
    ev(14, 'ticket.recalled', { ticket: pt({ number: 'A001', state: 'called', window: 1, recalls: 1 }) }),
  );
  return s;
}

describe('what the screens show', () => {
  test('latest calls: newest first, one line per ticket, filtered by zone (its services and its windows)', () => {
    const s = hallWith();
    expect(latestCalls(s.calls, 8, null, HALL).map((c) => c.number)).toEqual(['A001', 'A002', 'B001']);
    expect(latestCalls(s.calls, 2, null, HALL).map((c) => c.number)).toEqual(['A001', 'A002']);
    expect(latestCalls(s.calls, 8, 'medical-insurance', HALL).map((c) => c.number)).toEqual(['A001', 'A002']);
    expect(latestCalls(s.calls, 8, 'social-security', HALL).map((c) => c.number)).toEqual(['B001']);
  });

  test('a new call is highlighted for a few seconds only, and only when it came as an event', () => {
    const call = hallWith().calls[0];
    if (!call) throw new Error('no call');
    expect(isHighlighted(call, call.at + 1_000)).toBe(true);
    expect(isHighlighted(call, call.at + 60_000)).toBe(false);
    expect(isHighlighted({ ...call, eventId: null }, call.at + 1_000)).toBe(false);
  });

  test('people waiting per zone count waiting and transferred tickets, elderly ones apart', () => {
    const s = hallWith();
    expect(waitingPerZone(HALL, s.tickets)).toEqual([
      { zoneId: 'medical-insurance', names: HALL.zones[0]?.names, waiting: 2, elderly: 1 },
      { zoneId: 'social-security', names: HALL.zones[1]?.names, waiting: 2, elderly: 1 },
    ]);
    expect(waitingPerZone(HALL, s.tickets, 'social-security').map((z) => z.zoneId)).toEqual(['social-security']);
  });

  test('the elderly lane: its tickets in queue order, the help desk first, then the open windows able to call them', () => {
    const s = hallWith();
    const lane = elderlyLane(HALL, s);
    expect(lane.waiting.map((t) => t.number)).toEqual(['B005', 'A011']);
    // 2 is paused; 43 is closed but listed as the help desk.
    expect(lane.windows.map((w) => [w.number, w.state, w.helpDesk])).toEqual([
      [43, 'closed', true],
      [1, 'open', false],
      [3, 'open', false],
      [28, 'open', false],
    ]);
    const zone = elderlyLane(HALL, s, 'medical-insurance');
    expect(zone.waiting.map((t) => t.number)).toEqual(['A011']);
    expect(zone.windows.map((w) => w.number)).toEqual([43, 1]);
  });

  test('a window screen shows the ticket it holds, its state and pause', () => {
    const s = applyEvent(
      hallWith(),
      ev(15, 'window.updated', { window: win({ number: 1, currentTicketId: `${DAY}/A001`, version: 3 }) }),
    );
    expect(windowView(HALL, s, 1).ticket?.number).toBe('A001');
    expect(windowView(HALL, s, 3).ticket?.number).toBe('B001');
    expect(windowView(HALL, s, 2)).toMatchObject({
      ticket: undefined,
      state: { state: 'paused', pauseReason: '系统维护' },
    });
    expect(windowView(HALL, s, 99).config).toBeUndefined();
    expect(zoneWindows(HALL, s, 'medical-insurance').map((v) => v.number)).toEqual([1, 2]);
  });

  test('short window names', () => {
    expect(shortWindowName(HALL.windows[0]?.names, 1, 'zh-Hans')).toBe('1号窗口');
    expect(shortWindowName(HALL.windows[0]?.names, 1, 'en')).toBe('Window 1');
    expect(shortWindowName(undefined, 7, 'zh-Hans')).toBe('7号窗口');
  });

  test('bookings: ended ones leave, earliest first, with the zone windows of the service', () => {
    // Displays get rows without codes: the labels name the rows here.
    const labels: string[] = [];
    const b = (label: string, serviceId: string, slotStart: number, checkedIn = false): DisplayBookingView => ({
      rowId: labels.push(label),
      serviceId,
      slotStart,
      slotEnd: slotStart + 1_800_000,
      session: 'delay',
      state: checkedIn ? 'checked-in' : 'booked',
      source: 'counter',
      name: '张*',
      checkedInTicketId: checkedIn ? `${DAY}/A009` : null,
      createdAt: 0,
    });
    const now = 10_000_000;
    const rows = bookingRows(
      HALL,
      [b('LATE', 'pension', now + 3_600_000), b('SOON', 'med', now, true), b('OLD', 'med', now - 7_200_000)],
      now,
    );
    expect(rows.map((r) => [labels[r.rowId - 1], r.windows, r.checkedIn])).toEqual([
      ['SOON', [1, 2], true],
      ['LATE', [3], false],
    ]);
    expect(bookingRows(HALL, [b('LATE', 'pension', now)], now, 'medical-insurance')).toEqual([]);
  });

  test('bookings: only delay-session ones that are booked, checked in or called; ended ones leave unless in use', () => {
    const now = 10_000_000;
    const labels: string[] = [];
    const b = (label: string, p: Partial<DisplayBookingView>): DisplayBookingView => ({
      rowId: labels.push(label),
      serviceId: 'med',
      slotStart: now + 600_000,
      slotEnd: now + 2_400_000,
      session: 'delay',
      state: 'booked',
      source: 'public',
      name: '李*',
      checkedInTicketId: null,
      createdAt: 0,
      ...p,
    });
    const rows = bookingRows(
      HALL,
      [
        b('REGULAR', { session: 'regular' }),
        b('DONE', { state: 'done' }),
        b('NOSHOW', { state: 'no-show' }),
        b('CANCEL', { state: 'cancelled' }),
        b('BOOKED', {}),
        b('ENDED', { slotStart: now - 2_400_000, slotEnd: now - 600_000 }),
        b('CALLED', { state: 'called', slotStart: now - 2_400_000, slotEnd: now - 600_000, checkedInTicketId: 'x' }),
        b('INHALL', { state: 'checked-in', slotStart: now - 60_000, checkedInTicketId: 'y' }),
      ],
      now,
    );
    expect(rows.map((r) => [labels[r.rowId - 1], r.state, r.checkedIn])).toEqual([
      ['CALLED', 'called', true],
      ['INHALL', 'checked-in', true],
      ['BOOKED', 'booked', false],
    ]);
    // The row carries the masked name only as the hub gave it, and neither a code nor a phone.
    expect(rows[2]).not.toHaveProperty('phone');
    expect(rows[2]).not.toHaveProperty('code');
    expect(rows[2]?.name).toBe('李*');
  });

  test('bookings are featured when one starts within the hour or runs', () => {
    const now = 10_000_000;
    const row = (slotStart: number) => ({
      rowId: 1,
      slotStart,
      slotEnd: slotStart + 1_800_000,
      serviceId: 'med',
      windows: [1],
      name: null,
      state: 'booked' as const,
      checkedIn: false,
    });
    expect(bookingsFeatured([], now)).toBe(false);
    expect(bookingsFeatured([row(now + 61 * 60_000)], now)).toBe(false);
    expect(bookingsFeatured([row(now + 60 * 60_000)], now)).toBe(true);
    expect(bookingsFeatured([row(now - 60_000)], now)).toBe(true);
  });
});
