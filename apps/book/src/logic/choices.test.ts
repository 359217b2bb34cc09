import type { BookingOptionsView, BookingSlotView } from '@hall/protocol';
import { describe, expect, test } from 'vitest';
import {
  bookableZones,
  checkInMinutesOf,
  dayChoices,
  placesLeft,
  servicesOf,
  shownSlots,
  slotStatus,
} from './choices.ts';

const names = (s: string) => ({ 'zh-Hans': s, 'zh-Hant': s, en: s });

const BASE = {
  hallName: names('hall'),
  timeZone: 'Asia/Shanghai',
  days: [
    { day: '2026-11-27', dayKind: 'working' },
    { day: '2026-11-28', dayKind: 'rest' },
    { day: '2026-12-31', dayKind: 'working' },
    { day: '2027-01-01', dayKind: 'closed' },
  ],
  zones: [
    { id: 'a', names: names('A') },
    { id: 'empty', names: names('E') },
    { id: 'b', names: names('B') },
  ],
  services: [
    { id: 'a1', zoneId: 'a', names: names('a1'), delayService: false },
    { id: 'a2', zoneId: 'a', names: names('a2'), delayService: true },
    { id: 'a3', zoneId: 'a', names: names('a3'), delayService: false },
    { id: 'b1', zoneId: 'b', names: names('b1'), delayService: true },
  ],
} satisfies Omit<BookingOptionsView, 'checkInEarlyMinutes'>;
const OPTIONS = { ...BASE, checkInEarlyMinutes: 30 } as BookingOptionsView;

const service = (id: string) => {
  const s = OPTIONS.services.find((x) => x.id === id);
  if (!s) throw new Error(id);
  return s;
};

describe('zones and services', () => {
  test('zones without services are left out; delay-service items come first, otherwise in hall order', () => {
    expect(bookableZones(OPTIONS).map((z) => z.id)).toEqual(['a', 'b']);
    expect(servicesOf(OPTIONS, 'a').map((s) => s.id)).toEqual(['a2', 'a1', 'a3']);
    expect(servicesOf(OPTIONS, 'nope')).toEqual([]);
  });
});

describe('days', () => {
  test('a delay-service item may be booked on a rest day, with the note; a holiday is closed', () => {
    expect(dayChoices(OPTIONS.days, service('a2'))).toEqual([
      { day: '2026-11-27', dayKind: 'working', selectable: true, note: 'none' },
      { day: '2026-11-28', dayKind: 'rest', selectable: true, note: 'rest-delay-only' },
      { day: '2026-12-31', dayKind: 'working', selectable: true, note: 'none' },
      { day: '2027-01-01', dayKind: 'closed', selectable: false, note: 'closed' },
    ]);
  });

  test('a regular item is not open on a rest day', () => {
    const rest = dayChoices(OPTIONS.days, service('a1')).find((d) => d.dayKind === 'rest');
    expect(rest).toEqual({ day: '2026-11-28', dayKind: 'rest', selectable: false, note: 'rest-not-this' });
  });
});

describe('slots', () => {
  const slot = (o: Partial<BookingSlotView>): BookingSlotView => ({
    start: 1,
    end: 2,
    session: 'delay',
    capacity: 2,
    booked: 0,
    available: true,
    ...o,
  });

  test('open, full (no place left) or started (places left but begun)', () => {
    expect(slotStatus(slot({ booked: 1 }))).toBe('open');
    expect(slotStatus(slot({ booked: 2, available: false }))).toBe('full');
    expect(slotStatus(slot({ booked: 1, available: false }))).toBe('started');
    expect(placesLeft(slot({ booked: 1 }))).toBe(1);
    expect(placesLeft(slot({ booked: 3, available: false }))).toBe(0);
  });

  test('started slots are not offered; open and full ones are', () => {
    const list = [
      slot({ start: 1, available: false }),
      slot({ start: 2, booked: 2, available: false }),
      slot({ start: 3 }),
    ];
    expect(shownSlots(list).map((s) => s.start)).toEqual([2, 3]);
  });
});

describe('check-in minutes', () => {
  test('taken from the options view when the hub gives them, otherwise none', () => {
    expect(checkInMinutesOf(OPTIONS)).toBe(30);
    expect(checkInMinutesOf({ ...BASE, checkInEarlyMinutes: 0 } as BookingOptionsView)).toBe(0);
    // An older hub without the field: the page says "before your time" without a figure.
    expect(checkInMinutesOf(BASE as BookingOptionsView)).toBeNull();
  });
});
