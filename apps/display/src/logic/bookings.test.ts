import { expect, test } from 'vitest';
import { bookingStateTexts } from '../i18n/texts.ts';
import { parseBookingsPush } from './bookings.ts';

const one = {
  code: 'K4RHS7WG',
  serviceId: 'med',
  slotStart: 1,
  slotEnd: 2,
  session: 'delay',
  state: 'booked',
  source: 'public',
  name: '张*丰',
  phone: '138****5678',
  checkedInTicketId: null,
  createdAt: 0,
};

test('a hall:bookings push gives its bookings; malformed entries are left out', () => {
  expect(parseBookingsPush({ day: '2026-11-25', bookings: [one] })).toEqual([one]);
  expect(
    parseBookingsPush({
      day: '2026-11-25',
      bookings: [one, { ...one, code: 7 }, { ...one, state: 'lost' }, { ...one, session: 'night' }, null],
    }),
  ).toEqual([one]);
  expect(parseBookingsPush({ day: '2026-11-25', bookings: [] })).toEqual([]);
});

test('something that is not a push changes nothing (null)', () => {
  expect(parseBookingsPush(null)).toBeNull();
  expect(parseBookingsPush({ day: '2026-11-25' })).toBeNull();
  expect(parseBookingsPush([one])).toBeNull();
});

test('the wall has a text for each state it shows, in each language', () => {
  expect(bookingStateTexts.booked['zh-Hans']).toBe('待签到');
  expect(bookingStateTexts['checked-in']['zh-Hant']).toBe('已簽到');
  expect(bookingStateTexts.called.en).toBe('Called');
});
