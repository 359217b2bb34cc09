import { z } from 'zod';
import { BOOKING_SESSIONS, BOOKING_SOURCES, BOOKING_STATES, DAY_KINDS } from '../bookings.ts';
import { localizedTextSchema } from '../localized.ts';

/** A booking as every side sees it: name and phone are stored and shown masked only. */
export const bookingViewSchema = z.object({
  /** A key for list rows that says nothing about the code (displays get rows without codes). */
  rowId: z.number().int(),
  code: z.string(),
  serviceId: z.string(),
  slotStart: z.number().int(),
  slotEnd: z.number().int(),
  session: z.enum(BOOKING_SESSIONS),
  state: z.enum(BOOKING_STATES),
  source: z.enum(BOOKING_SOURCES),
  name: z.string().nullable(),
  phone: z.string().nullable(),
  checkedInTicketId: z.string().nullable(),
  createdAt: z.number().int(),
});
export type BookingView = z.infer<typeof bookingViewSchema>;

/** `GET /api/v1/bookings?day=` for staff. */
export const bookingListSchema = z.array(bookingViewSchema);

/**
 * What the citizen who proved the booking's phone sees (`/api/v1/public/bookings/{code}`, `my-bookings`):
 * no phone digits at all, so a look-up never hands out anything another request would accept.
 */
export const publicBookingViewSchema = bookingViewSchema.omit({ phone: true });
export type PublicBookingView = z.infer<typeof publicBookingViewSchema>;

/** `GET /api/v1/public/my-bookings`: the proven phone's bookings from today on, by slot. */
export const myBookingsSchema = z.array(publicBookingViewSchema);

/**
 * A booking row on a wall display: no code (a code checks a booking in and, with the phone, cancels it)
 * and no phone; `rowId` keys the row.
 */
export const displayBookingViewSchema = bookingViewSchema.omit({ code: true, phone: true });
export type DisplayBookingView = z.infer<typeof displayBookingViewSchema>;

/** `GET /api/v1/bookings?day=` for the display role. */
export const displayBookingListSchema = z.array(displayBookingViewSchema);

export const bookingSlotViewSchema = z.object({
  start: z.number().int(),
  end: z.number().int(),
  session: z.enum(BOOKING_SESSIONS),
  capacity: z.number().int(),
  /** Places taken (every booking not cancelled). */
  booked: z.number().int(),
  /** False when full, or when it has already started. */
  available: z.boolean(),
});
export type BookingSlotView = z.infer<typeof bookingSlotViewSchema>;

/** `GET /api/v1/public/booking-slots?serviceId=&day=`. */
export const bookingSlotsViewSchema = z.object({
  serviceId: z.string(),
  day: z.string(),
  /** `working`, `rest` (weekend or holiday off), or `closed` (a public holiday). */
  dayKind: z.enum(DAY_KINDS),
  slots: z.array(bookingSlotViewSchema),
});
export type BookingSlotsView = z.infer<typeof bookingSlotsViewSchema>;

/** `GET /api/v1/public/booking-options`: what the `/book` page needs to start. */
export const bookingOptionsViewSchema = z.object({
  hallName: localizedTextSchema,
  timeZone: z.string(),
  /** Check-in at the kiosk opens this many minutes before the slot. */
  checkInEarlyMinutes: z.number().int(),
  /** The hall-local dates that may be booked, today first. */
  days: z.array(z.object({ day: z.string(), dayKind: z.enum(DAY_KINDS) })),
  zones: z.array(z.object({ id: z.string(), names: localizedTextSchema, icon: z.string().optional() })),
  services: z.array(
    z.object({ id: z.string(), zoneId: z.string(), names: localizedTextSchema, delayService: z.boolean() }),
  ),
});
export type BookingOptionsView = z.infer<typeof bookingOptionsViewSchema>;

/** When a booking may be checked in, and whether it may be now. */
export const CHECK_IN_VERDICTS = ['too-early', 'open', 'missed', 'used'] as const;
export type CheckInVerdict = (typeof CHECK_IN_VERDICTS)[number];

/** `GET /api/v1/kiosk/bookings/{code}`: the kiosk looks a booking up before it checks it in. */
export const kioskBookingLookupSchema = z.object({
  booking: bookingViewSchema,
  verdict: z.enum(CHECK_IN_VERDICTS),
  /** Check-in opens at `slotStart − bookingCheckInEarlyMinutes` and closes at `slotEnd`. */
  checkInOpensAt: z.number().int(),
  checkInClosesAt: z.number().int(),
});
export type KioskBookingLookup = z.infer<typeof kioskBookingLookupSchema>;

/** The socket push `hall:bookings` to staff: today's bookings, sent at connect and after every change. */
export const bookingsPushSchema = z.object({ day: z.string(), bookings: z.array(bookingViewSchema) });
export type BookingsPush = z.infer<typeof bookingsPushSchema>;

/** The same push to displays: rows without codes or phones. */
export const displayBookingsPushSchema = z.object({ day: z.string(), bookings: z.array(displayBookingViewSchema) });
export type DisplayBookingsPush = z.infer<typeof displayBookingsPushSchema>;

/** Whether a `hall:bookings` push carries codes (a staff socket's) or is a display's rows. */
export function hasBookingCodes(push: BookingsPush | DisplayBookingsPush): push is BookingsPush {
  return push.bookings.every((b) => 'code' in b);
}
