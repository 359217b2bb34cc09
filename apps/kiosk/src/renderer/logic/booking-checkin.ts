import type { KioskBookingLookup } from '@hall/protocol';
import { serviceGate, type OpeningGate } from './opening.ts';
import type { StatsByService } from './zone-wait.ts';

/** What the booking check-in screen shows for the hub's verdict on a looked-up booking. */
export type CheckInView =
  /** Check-in is open: on to the confirm step, then a ticket in the booking lane. */
  | { kind: 'check-in' }
  /** Come back at `opensAt` (slot start minus the hall's margin). */
  | { kind: 'too-early'; opensAt: number }
  /** The slot ended at `endedAt`: offer a normal ticket for the same service, if it can be taken now. */
  | { kind: 'missed'; endedAt: number; normalTicket: OpeningGate }
  /** Already checked in (or served): nothing more to take. */
  | { kind: 'used' }
  /** Cancelled by the citizen or staff (the hub's verdict for it is 'used'): it cannot be checked in. */
  | { kind: 'cancelled' };

export function checkInView(lookup: KioskBookingLookup, stats: StatsByService): CheckInView {
  switch (lookup.verdict) {
    case 'open':
      return { kind: 'check-in' };
    case 'too-early':
      return { kind: 'too-early', opensAt: lookup.checkInOpensAt };
    case 'missed':
      return {
        kind: 'missed',
        endedAt: lookup.booking.slotEnd,
        normalTicket: serviceGate(stats[lookup.booking.serviceId]),
      };
    case 'used':
      return lookup.booking.state === 'cancelled' ? { kind: 'cancelled' } : { kind: 'used' };
  }
}

/** The code as the hub compares it: what a keypad or a keyboard-wedge scanner typed, upper-cased, letters and digits only. */
export function normalizeBookingCode(raw: string): string {
  return raw.replace(/[^0-9A-Za-z]/g, '').toUpperCase();
}

/** The issue body allows 4 to 20 characters; the hub's codes have 8. */
export const BOOKING_CODE_MIN = 4;
export const BOOKING_CODE_MAX = 20;
