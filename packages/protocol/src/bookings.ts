import { z } from 'zod';
import { HOLDER_NAME_MAX, normalizePhone, PHONE_PATTERN } from './booking-holder.ts';
import { requestIdSchema } from './request-id.ts';

/**
 * booked → checked-in (kiosk check-in made a ticket) → called → done | no-show | cancelled.
 * A booking not checked in by its slot end becomes a no-show; cancelling frees its place.
 */
export const BOOKING_STATES = ['booked', 'checked-in', 'called', 'done', 'no-show', 'cancelled'] as const;
export type BookingState = (typeof BOOKING_STATES)[number];

/** Whether a slot lies in the regular hours or in the delay-service (evening, weekend) hours. */
export const BOOKING_SESSIONS = ['regular', 'delay'] as const;
export type BookingSession = (typeof BOOKING_SESSIONS)[number];

/** Where a booking was made: the public `/book` page (or the portal through its API), a counter, an admin. */
export const BOOKING_SOURCES = ['public', 'counter', 'admin'] as const;
export type BookingSource = (typeof BOOKING_SOURCES)[number];

const serviceIdSchema = z.string().min(1).max(40);
const nameSchema = z.string().trim().min(1).max(HOLDER_NAME_MAX);
/** A mainland mobile or landline number; spaces and dashes are dropped before the check (booking-holder.ts). */
export const phoneNumberSchema = z
  .string()
  .transform(normalizePhone)
  .pipe(z.string().regex(PHONE_PATTERN, 'a phone number is 7 to 15 digits'));

/** A clerk or admin books for a citizen (at the counter, by phone): name and phone are optional. */
export const createBookingBodySchema = z
  .object({
    serviceId: serviceIdSchema,
    /** The start of one of the service's slots (`GET /api/v1/public/booking-slots`). */
    slotStart: z.number().int().positive(),
    name: nameSchema.optional(),
    phone: phoneNumberSchema.optional(),
    /** Optional: a retry with the same id (lost answer) returns the booking made the first time. */
    requestId: requestIdSchema.optional(),
  })
  .strict();
export type CreateBookingBody = z.infer<typeof createBookingBodySchema>;

/** The public `/book` page and the government portal: name and phone are required. */
export const publicCreateBookingBodySchema = z
  .object({
    serviceId: serviceIdSchema,
    slotStart: z.number().int().positive(),
    name: nameSchema,
    phone: phoneNumberSchema,
    /** Optional: a retry with the same id (lost answer) returns the booking made the first time. */
    requestId: requestIdSchema.optional(),
  })
  .strict();
export type PublicCreateBookingBody = z.infer<typeof publicCreateBookingBodySchema>;

export const DAY_KINDS = ['working', 'rest', 'closed'] as const;
export type DayKind = (typeof DAY_KINDS)[number];

// The views' runtime schemas live in views/bookings.ts; their types keep these names.
export type {
  BookingOptionsView,
  BookingSlotsView,
  BookingSlotView,
  BookingsPush,
  BookingView,
  DisplayBookingView,
  DisplayBookingsPush,
  PublicBookingView,
  CheckInVerdict,
  KioskBookingLookup,
} from './views/bookings.ts';
