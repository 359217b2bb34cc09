import type { HallConfig } from '@hall/protocol';
import { queuePolicySchema } from '@hall/protocol';
import { describe, expect, it } from 'vitest';
import { hallConfig } from '../test-fixtures.ts';
import { checkInVerdictOf, checkInWindowOf, slotsOn, slotStartingAt } from './booking-slots.ts';

const at = (iso: string) => Date.parse(iso);
const MINUTE = 60_000;

function scheduled(timeZone = 'Asia/Shanghai'): HallConfig {
  const base = hallConfig();
  return {
    ...base,
    timeZone,
    schedule: {
      regular: [{ from: '09:00', to: '10:45' }],
      delay: [{ from: '17:00', to: '18:00' }],
      weekend: [{ from: '01:00', to: '04:00' }],
    },
    booking: { slotMinutes: 30, capacity: 3 },
    services: base.services.map((s) =>
      s.id === 'household'
        ? { ...s, delayService: true }
        : s.id === 'pension'
          ? { ...s, booking: { capacity: 0 } }
          : s.id === 'license'
            ? { ...s, booking: { slotMinutes: 60 } }
            : s,
    ),
  };
}

describe('booking slots', () => {
  it('cuts each open span into slots, dropping a remainder too short for one', () => {
    const slots = slotsOn(scheduled(), 'household', '2026-11-25');
    expect(slots.map((s) => [new Date(s.start).toISOString().slice(11, 16), s.session, s.capacity])).toEqual([
      ['01:00', 'regular', 3],
      ['01:30', 'regular', 3],
      ['02:00', 'regular', 3], // 10:00–10:30; 10:30–10:45 is too short
      ['09:00', 'delay', 3],
      ['09:30', 'delay', 3],
    ]);
  });

  it('takes a service its own slot length and capacity; capacity 0 means no bookings', () => {
    const hall = scheduled();
    expect(slotsOn(hall, 'license', '2026-11-25').map((s) => (s.end - s.start) / MINUTE)).toEqual([60]);
    expect(slotsOn(hall, 'pension', '2026-11-25')).toEqual([]);
  });

  it('finds a slot only by its exact start', () => {
    const hall = scheduled();
    expect(slotStartingAt(hall, 'household', '2026-11-25', at('2026-11-25T01:30:00Z'))?.end).toBe(
      at('2026-11-25T02:00:00Z'),
    );
    expect(slotStartingAt(hall, 'household', '2026-11-25', at('2026-11-25T01:31:00Z'))).toBeUndefined();
  });

  it('keeps real 30-minute slots on a daylight-saving day (New York, spring forward)', () => {
    // Sunday 2026-03-08, weekend hours 01:00–04:00 local: 02:00–03:00 does not exist, so two real hours.
    const slots = slotsOn(scheduled('America/New_York'), 'household', '2026-03-08');
    expect(slots).toHaveLength(4);
    expect(slots.every((s) => s.end - s.start === 30 * MINUTE)).toBe(true);
    expect(slots[0]?.start).toBe(at('2026-03-08T06:00:00Z')); // 01:00 EST
    expect(slots.at(-1)?.end).toBe(at('2026-03-08T08:00:00Z')); // 04:00 EDT
  });
});

describe('check-in window', () => {
  const policy = queuePolicySchema.parse({});
  const booking = { slotStart: at('2026-11-25T10:00:00Z'), slotEnd: at('2026-11-25T10:30:00Z'), state: 'booked' };

  it('opens 30 minutes before the slot by default and closes at its end', () => {
    expect(checkInWindowOf(booking, policy)).toEqual({
      opensAt: at('2026-11-25T09:30:00Z'),
      closesAt: booking.slotEnd,
    });
    expect(checkInVerdictOf(booking, at('2026-11-25T09:29:59Z'), policy)).toBe('too-early');
    expect(checkInVerdictOf(booking, at('2026-11-25T09:30:00Z'), policy)).toBe('open');
    expect(checkInVerdictOf(booking, at('2026-11-25T10:29:59Z'), policy)).toBe('open');
    expect(checkInVerdictOf(booking, at('2026-11-25T10:30:00Z'), policy)).toBe('missed');
  });

  it('follows the configured margin', () => {
    const wide = queuePolicySchema.parse({ bookingCheckInEarlyMinutes: 60 });
    expect(checkInVerdictOf(booking, at('2026-11-25T09:10:00Z'), wide)).toBe('open');
  });

  it('refuses a booking used, or lapsed into a no-show', () => {
    const now = at('2026-11-25T10:00:00Z');
    expect(checkInVerdictOf({ ...booking, state: 'checked-in' }, now, policy)).toBe('used');
    expect(checkInVerdictOf({ ...booking, state: 'done' }, now, policy)).toBe('used');
    expect(checkInVerdictOf({ ...booking, state: 'no-show' }, now, policy)).toBe('missed');
  });
});
