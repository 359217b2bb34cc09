import { describe, expect, it } from 'vitest';
import type { CheckInVerdict, KioskBookingLookup, ServiceQueueStats } from '@hall/protocol';
import { checkInView, normalizeBookingCode } from './booking-checkin.ts';
import { statsByService } from './zone-wait.ts';
import { bookingView } from '../test-fixtures.ts';

const SLOT_START = Date.UTC(2026, 10, 25, 10, 0);
const SLOT_END = Date.UTC(2026, 10, 25, 10, 30);
const OPENS = SLOT_START - 30 * 60_000;
const TOMORROW_NINE = Date.UTC(2026, 10, 26, 1, 0);

const booking = bookingView({ slotStart: SLOT_START, slotEnd: SLOT_END });

const lookup = (verdict: CheckInVerdict): KioskBookingLookup => ({
  booking,
  verdict,
  checkInOpensAt: OPENS,
  checkInClosesAt: SLOT_END,
});

const figures = (open: boolean): ServiceQueueStats => ({
  serviceId: 'housing-fund-withdrawal',
  waiting: 3,
  waitingElderly: 0,
  openWindows: 1,
  estimatedWaitMinutes: 12,
  open,
  opensAt: open ? null : TOMORROW_NINE,
  closesAt: open ? Date.UTC(2026, 10, 25, 12, 0) : null,
  callable: open,
});

describe('booking check-in: the verdict → the screen', () => {
  const open = statsByService([figures(true)]);

  it('open: on to the confirm step', () => {
    expect(checkInView(lookup('open'), open)).toEqual({ kind: 'check-in' });
  });

  it('too early: when check-in opens', () => {
    expect(checkInView(lookup('too-early'), open)).toEqual({ kind: 'too-early', opensAt: OPENS });
  });

  it('missed: when the slot ended, and a normal ticket while the service is open', () => {
    expect(checkInView(lookup('missed'), open)).toEqual({
      kind: 'missed',
      endedAt: SLOT_END,
      normalTicket: { open: true },
    });
    expect(checkInView(lookup('missed'), statsByService([figures(false)]))).toEqual({
      kind: 'missed',
      endedAt: SLOT_END,
      normalTicket: { open: false, opensAt: TOMORROW_NINE },
    });
  });

  it('used: already checked in; a cancelled booking (also "used" to the hub) is said to be cancelled', () => {
    expect(checkInView(lookup('used'), open)).toEqual({ kind: 'used' });
    const checkedIn = { ...lookup('used'), booking: { ...booking, state: 'checked-in' as const } };
    expect(checkInView(checkedIn, open)).toEqual({ kind: 'used' });
    const cancelled = { ...lookup('used'), booking: { ...booking, state: 'cancelled' as const } };
    expect(checkInView(cancelled, open)).toEqual({ kind: 'cancelled' });
  });
});

describe('booking codes', () => {
  it('are read as the hub compares them, whatever the keypad or the scanner typed', () => {
    expect(normalizeBookingCode(' k4rh-s7wg\r')).toBe('K4RHS7WG');
    expect(normalizeBookingCode('K4RHS7WG')).toBe('K4RHS7WG');
    expect(normalizeBookingCode('预约 K4RH')).toBe('K4RH');
  });
});
