import type { BookingView } from '@hall/protocol';

/** A booking as the hub returns it (masked holder), 18:00–18:30 Shanghai on 2026-11-25 unless overridden. */
export function bookingView(overrides: Partial<BookingView> = {}): BookingView {
  return {
    rowId: 1,
    code: 'K4RHS7WG',
    serviceId: 'housing-fund-withdrawal',
    slotStart: Date.UTC(2026, 10, 25, 10, 0),
    slotEnd: Date.UTC(2026, 10, 25, 10, 30),
    session: 'delay',
    state: 'booked',
    source: 'public',
    name: '张*丰',
    phone: '138****5678',
    checkedInTicketId: null,
    createdAt: Date.UTC(2026, 10, 20, 2, 0),
    ...overrides,
  };
}
