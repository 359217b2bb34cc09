import type { BookingSlotView, BookingView, HallConfig, WindowConfig } from '@hall/protocol';
import { describe, expect, test } from 'vitest';
import { texts } from '../i18n/texts.ts';
import {
  applyBookingsPush,
  applyBookingsRead,
  bookableServices,
  bookingsForWindow,
  mayCancel,
  problemOfIssuePath,
  slotChoices,
  upsertBooking,
  validateBookingForm,
} from './bookings.ts';

const names = { 'zh-Hans': 'x', 'zh-Hant': 'x', en: 'x' };
const w1: WindowConfig = { number: 1, names, kind: 'zone', services: ['a', 'b'] };
const w28: WindowConfig = { number: 28, names, kind: 'comprehensive', services: 'all' };

const T0 = Date.UTC(2026, 10, 25, 9, 0); // 17:00 in Shanghai
const MIN = 60_000;

function booking(p: Partial<BookingView> & { code: string }): BookingView {
  return {
    rowId: 1,
    serviceId: 'a',
    slotStart: T0,
    slotEnd: T0 + 30 * MIN,
    session: 'delay',
    state: 'booked',
    source: 'counter',
    name: '张*丰',
    phone: '138****5678',
    checkedInTicketId: null,
    createdAt: 0,
    ...p,
  };
}

describe('the bookings a window shows', () => {
  const list = [
    booking({ code: 'LATE', slotStart: T0 + 60 * MIN }),
    booking({ code: 'OTHER', serviceId: 'c' }),
    booking({ code: 'BBBB', serviceId: 'b' }),
    booking({ code: 'AAAA' }),
  ];
  test('only its services, by slot then code', () => {
    expect(bookingsForWindow(w1, list).map((b) => b.code)).toEqual(['AAAA', 'BBBB', 'LATE']);
  });
  test('a window serving "all" shows every booking', () => {
    expect(bookingsForWindow(w28, list).map((b) => b.code)).toEqual(['AAAA', 'BBBB', 'OTHER', 'LATE']);
  });
  test('only a booked one may be cancelled', () => {
    expect(mayCancel({ state: 'booked' })).toBe(true);
    for (const state of ['checked-in', 'called', 'done', 'no-show', 'cancelled'] as const)
      expect(mayCancel({ state })).toBe(false);
  });
  test('an answer from the hub replaces the booking of its code, in slot order', () => {
    const cancelled = booking({ code: 'BBBB', serviceId: 'b', state: 'cancelled' });
    const next = upsertBooking(list, cancelled);
    expect(next.filter((b) => b.code === 'BBBB')).toEqual([cancelled]);
    expect(next).toHaveLength(4);
    expect(upsertBooking([], booking({ code: 'NEW1' })).map((b) => b.code)).toEqual(['NEW1']);
  });
});

describe('pushed and read bookings', () => {
  test('a push replaces what is held and counts up', () => {
    const a = applyBookingsPush(null, '2026-11-25', [booking({ code: 'A' })]);
    const b = applyBookingsPush(a, '2026-11-25', []);
    expect(a.version).toBe(1);
    expect(b).toEqual({ day: '2026-11-25', list: [], version: 2 });
  });
  test('a read applies only when no push came since it started', () => {
    const pushed = applyBookingsPush(null, '2026-11-25', [booking({ code: 'PUSHED' })]);
    // Started before the push (version 0): stale, dropped.
    expect(applyBookingsRead(pushed, 0, '2026-11-25', [])).toBe(pushed);
    // Started after it: taken.
    expect(applyBookingsRead(pushed, 1, '2026-11-25', [])?.list).toEqual([]);
    // Nothing held yet: taken.
    expect(applyBookingsRead(null, 0, '2026-11-25', [booking({ code: 'R' })])?.list.map((b) => b.code)).toEqual(['R']);
  });
});

describe('state texts', () => {
  test('every state has a text in each language, and they differ', () => {
    const states = ['booked', 'checked-in', 'called', 'done', 'no-show', 'cancelled'] as const;
    for (const locale of ['zh-Hans', 'zh-Hant', 'en'] as const) {
      const names = states.map((s) => texts(locale, `bookingState.${s}`));
      expect(names.every((x) => x.length > 0)).toBe(true);
      expect(new Set(names).size).toBe(states.length);
    }
    expect(texts('zh-Hans', 'bookingState.booked')).toBe('已预约');
    expect(texts('en', 'bookingState.no-show')).toBe('No-show');
  });
});

describe('the slot list', () => {
  const slot = (p: Partial<BookingSlotView> & { start: number }): BookingSlotView => ({
    end: p.start + 30 * MIN,
    session: 'regular',
    capacity: 2,
    booked: 0,
    available: true,
    ...p,
  });
  test('sorted by start, with places left; full and started ones blocked', () => {
    const now = T0 + 5 * MIN;
    const choices = slotChoices(
      [
        slot({ start: T0 + 60 * MIN, session: 'delay', booked: 1 }),
        slot({ start: T0, available: false }),
        slot({ start: T0 + 30 * MIN, booked: 2, available: false }),
        slot({ start: T0 + 90 * MIN, booked: 3, available: false }),
      ],
      now,
    );
    expect(choices.map((c) => [c.start - T0, c.left, c.blocked, c.session])).toEqual([
      [0, 2, 'started', 'regular'],
      [30 * MIN, 0, 'full', 'regular'],
      [60 * MIN, 1, null, 'delay'],
      [90 * MIN, 0, 'full', 'regular'],
    ]);
  });
  test('a slot the hub still offers but that has started by the terminal clock is blocked too', () => {
    expect(slotChoices([slot({ start: T0 })], T0)[0]?.blocked).toBe('started');
    expect(slotChoices([slot({ start: T0 })], T0 - 1)[0]?.blocked).toBe(null);
  });
  test('an unavailable slot with places left counts as started', () => {
    expect(slotChoices([slot({ start: T0, available: false })], T0 - MIN)[0]?.blocked).toBe('started');
  });
});

describe('the booking form', () => {
  const ok = { serviceId: 'a', day: '2026-11-25', slotStart: T0, name: '', phone: '' };
  test('service, day and slot are required', () => {
    expect(validateBookingForm({ ...ok, serviceId: '', day: '', slotStart: null })).toEqual({
      ok: false,
      problems: ['service', 'day', 'slot'],
    });
  });
  test('name and phone may be left out; blanks are not sent', () => {
    expect(validateBookingForm({ ...ok, name: '  ', phone: ' ' })).toEqual({
      ok: true,
      body: { serviceId: 'a', slotStart: T0 },
    });
  });
  test('name trimmed; phone without spaces and dashes', () => {
    expect(validateBookingForm({ ...ok, name: ' 张三丰 ', phone: '138-1234 5678' })).toEqual({
      ok: true,
      body: { serviceId: 'a', slotStart: T0, name: '张三丰', phone: '13812345678' },
    });
    expect(validateBookingForm({ ...ok, phone: '+8613812345678' }).ok).toBe(true);
  });
  test('a bad phone or a long name is named', () => {
    expect(validateBookingForm({ ...ok, phone: '12345' })).toEqual({ ok: false, problems: ['phone'] });
    expect(validateBookingForm({ ...ok, phone: '1381234567x' })).toEqual({ ok: false, problems: ['phone'] });
    expect(validateBookingForm({ ...ok, name: '张'.repeat(41) })).toEqual({ ok: false, problems: ['name'] });
  });
  test('the hub’s issue paths map to fields', () => {
    expect(problemOfIssuePath('phone')).toBe('phone');
    expect(problemOfIssuePath('slotStart')).toBe('slot');
    expect(problemOfIssuePath('serviceId')).toBe('service');
    expect(problemOfIssuePath('requestId')).toBe(null);
  });
});

test('a clerk books the services of the window, in config order', () => {
  const service = (id: string) => ({
    id,
    names,
    prefix: 'A',
    zoneId: 'z',
    avgServiceMinutes: 5,
    materials: [],
    delayService: id === 'a',
  });
  const hall = { services: [service('c'), service('b'), service('a')] } as unknown as HallConfig;
  expect(bookableServices(hall, w1).map((s) => s.id)).toEqual(['b', 'a']);
  expect(bookableServices(hall, w28).map((s) => s.id)).toEqual(['c', 'b', 'a']);
});
