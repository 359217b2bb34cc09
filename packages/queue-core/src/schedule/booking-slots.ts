import type { BookingSession, BookingSlots, CheckInVerdict, HallConfig, QueuePolicy } from '@hall/protocol';
import { spansOn } from './opening-hours.ts';

const MINUTE = 60_000;

export interface Slot {
  start: number;
  end: number;
  session: BookingSession;
  capacity: number;
}

/** The hall's slot length and capacity, with the service's own settings on top. */
export function slotSettingsOf(hall: HallConfig, serviceId: string): BookingSlots {
  const own = hall.services.find((s) => s.id === serviceId)?.booking;
  return { ...hall.booking, ...own };
}

/**
 * A day's booking slots: each open span cut into slots of `slotMinutes` from its start; a remainder
 * too short for a whole slot is not offered. Lengths are real minutes, also on a daylight-saving day.
 */
export function slotsOn(hall: HallConfig, serviceId: string, date: string): Slot[] {
  const { slotMinutes, capacity } = slotSettingsOf(hall, serviceId);
  if (capacity === 0) return [];
  const length = slotMinutes * MINUTE;
  const slots: Slot[] = [];
  for (const span of spansOn(hall, serviceId, date)) {
    for (let start = span.start; start + length <= span.end; start += length) {
      slots.push({ start, end: start + length, session: span.session, capacity });
    }
  }
  return slots;
}

/** The slot of that day starting exactly at `start`, if there is one. */
export function slotStartingAt(hall: HallConfig, serviceId: string, date: string, start: number): Slot | undefined {
  return slotsOn(hall, serviceId, date).find((s) => s.start === start);
}

export interface CheckInWindow {
  opensAt: number;
  closesAt: number;
}

/** A booking may be checked in from `bookingCheckInEarlyMinutes` before its slot until the slot ends. */
export function checkInWindowOf(booking: { slotStart: number; slotEnd: number }, policy: QueuePolicy): CheckInWindow {
  return { opensAt: booking.slotStart - policy.bookingCheckInEarlyMinutes * MINUTE, closesAt: booking.slotEnd };
}

export function checkInVerdictOf(
  booking: { slotStart: number; slotEnd: number; state: string },
  now: number,
  policy: QueuePolicy,
): CheckInVerdict {
  if (booking.state !== 'booked') return booking.state === 'no-show' ? 'missed' : 'used';
  const { opensAt, closesAt } = checkInWindowOf(booking, policy);
  if (now < opensAt) return 'too-early';
  if (now >= closesAt) return 'missed';
  return 'open';
}
