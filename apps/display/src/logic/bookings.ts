import { BOOKING_STATES, type BookingView } from '@hall/protocol';

const STATES: ReadonlySet<string> = new Set(BOOKING_STATES);

function isBooking(b: unknown): b is BookingView {
  if (typeof b !== 'object' || b === null) return false;
  const x = b as Record<string, unknown>;
  return (
    typeof x.code === 'string' &&
    typeof x.serviceId === 'string' &&
    typeof x.slotStart === 'number' &&
    typeof x.slotEnd === 'number' &&
    typeof x.state === 'string' &&
    STATES.has(x.state) &&
    (x.session === 'delay' || x.session === 'regular')
  );
}

/**
 * The bookings of a `hall:bookings` push ({day, bookings}); entries the display cannot show are left out.
 * Null when the body is not a push at all (then what is shown stays).
 */
export function parseBookingsPush(body: unknown): BookingView[] | null {
  if (typeof body !== 'object' || body === null) return null;
  const list = (body as { bookings?: unknown }).bookings;
  if (!Array.isArray(list)) return null;
  return list.filter(isBooking);
}
