import {
  maskName,
  maskPhone,
  type BookingOptionsView,
  type BookingSlotsView,
  type BookingSource,
  type BookingsPush,
  type BookingView,
  type CreateBookingBody,
  type KioskBookingLookup,
} from '@hall/protocol';
import {
  addDays,
  checkInVerdictOf,
  checkInWindowOf,
  dayKindOf,
  daysFrom,
  fail,
  instantOf,
  localDateOf,
  ok,
  slotSettingsOf,
  slotStartingAt,
  slotsOn,
  type Result,
} from '@hall/queue-core';
import type { HallStore } from '@hall/store';
import type { Logger } from 'pino';
import { newReadableCode } from '../auth/secrets.ts';
import type { HallService } from './hall-service.ts';

type Listener = () => void;

/** 8 characters from an alphabet without 0/O and 1/I, so a citizen can read and type it. */
const CODE_LENGTH = 8;

/**
 * Bookings: the slots each service offers, making and cancelling bookings within their capacity,
 * the kiosk's check-in lookup, and no-shows at slot end. Check-in itself is a ticket issue in
 * HallService, so that the booking and its ticket change in one transaction.
 */
export class BookingDesk {
  private readonly listeners = new Set<Listener>();

  constructor(
    private readonly hall: HallService,
    private readonly store: HallStore,
    private readonly log: Logger,
  ) {
    // A booking on a ticket that moves (called, done, no-show) changes what displays and counters show.
    hall.onCommitted((events) => {
      if (events.some((e) => e.ticket?.booking)) this.changed();
    });
  }

  onChanged(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private get config() {
    return this.hall.hall.config;
  }

  /** Today's date and the last bookable one, hall-local. */
  private bookableRange(): { first: string; last: string } {
    const first = localDateOf(this.hall.now(), this.config.timeZone);
    return { first, last: addDays(first, this.config.policy.bookingHorizonDays - 1) };
  }

  options(): BookingOptionsView {
    const { first } = this.bookableRange();
    return {
      hallName: this.config.hallName,
      timeZone: this.config.timeZone,
      checkInEarlyMinutes: this.config.policy.bookingCheckInEarlyMinutes,
      days: daysFrom(first, this.config.policy.bookingHorizonDays, this.config.holidays),
      zones: this.config.zones.map((z) => ({ id: z.id, names: z.names, icon: z.icon })),
      services: this.config.services
        .filter((s) => slotSettingsOf(this.config, s.id).capacity > 0)
        .map((s) => ({ id: s.id, zoneId: s.zoneId, names: s.names, delayService: s.delayService })),
    };
  }

  slots(serviceId: string, day: string): Result<BookingSlotsView> {
    if (!this.hall.hall.services.has(serviceId)) return fail('UNKNOWN_SERVICE', `no service ${serviceId} in this hall`);
    const { first, last } = this.bookableRange();
    if (day < first || day > last) {
      return fail('UNKNOWN_SLOT', `bookings are open from ${first} to ${last}, not for ${day}`);
    }
    const tz = this.config.timeZone;
    const now = this.hall.now();
    const taken = this.store.bookings.takenPlaces(serviceId, instantOf(day, 0, tz), instantOf(day, 1440, tz));
    return ok({
      serviceId,
      day,
      dayKind: dayKindOf(day, this.config.holidays),
      slots: slotsOn(this.config, serviceId, day).map((s) => {
        const booked = taken.get(s.start) ?? 0;
        return { ...s, booked, available: booked < s.capacity && s.start > now };
      }),
    });
  }

  /**
   * One transaction: the slot's places are counted and the booking inserted together. With a
   * request id, a retry of the same call (its answer was lost) gets the booking made the first time.
   */
  create(
    input: CreateBookingBody,
    source: BookingSource,
    by: string,
  ): Result<{ booking: BookingView; replayed: boolean }> {
    const { serviceId, slotStart } = input;
    const requestKey = input.requestId === undefined ? null : `${by}:${input.requestId}`;
    const earlier = requestKey === null ? undefined : this.store.bookings.madeBy(requestKey);
    if (earlier) {
      if (earlier.serviceId !== serviceId || earlier.slotStart !== slotStart) {
        return fail('REQUEST_ID_REUSED', `request id ${input.requestId ?? ''} was used for another booking`);
      }
      return ok({ booking: earlier, replayed: true });
    }
    if (!this.hall.hall.services.has(serviceId)) return fail('UNKNOWN_SERVICE', `no service ${serviceId} in this hall`);
    const now = this.hall.now();
    const day = localDateOf(slotStart, this.config.timeZone);
    const { first, last } = this.bookableRange();
    const slot = day >= first && day <= last ? slotStartingAt(this.config, serviceId, day, slotStart) : undefined;
    if (!slot || slot.start <= now) {
      return fail('UNKNOWN_SLOT', `service ${serviceId} has no bookable slot starting at ${slotStart}`);
    }
    const made = this.store.transaction((): Result<BookingView> => {
      const taken = this.store.bookings.takenPlaces(serviceId, slot.start, slot.start + 1).get(slot.start) ?? 0;
      if (taken >= slot.capacity) return fail('SLOT_FULL', `all ${slot.capacity} places of this slot are taken`);
      const booking = this.store.bookings.create(
        {
          code: this.newCode(),
          serviceId,
          slotStart: slot.start,
          slotEnd: slot.end,
          session: slot.session,
          source,
          // The hub keeps only masked personal data, even when it is sent whole.
          name: input.name ? maskName(input.name) : null,
          phone: input.phone ? maskPhone(input.phone) : null,
          createdAt: now,
        },
        requestKey,
      );
      this.store.audit.append(now, by, 'booking.created', `${booking.code} ${serviceId} ${day}`);
      return ok(booking);
    });
    if (!made.ok) return made;
    this.log.info({ booking: made.value.code, service: serviceId, slot: slot.start, source }, 'booking created');
    this.changed();
    return ok({ booking: made.value, replayed: false });
  }

  get(code: string): Result<BookingView> {
    const booking = this.store.bookings.get(normalizeCode(code));
    return booking ? ok(booking) : fail('UNKNOWN_BOOKING', `no booking with code ${normalizeCode(code)}`);
  }

  /**
   * Cancels a booking still only booked. A citizen proves it is theirs with the code and the phone's
   * last digits, compared with the digits its masked phone still shows (the hub keeps no more).
   */
  cancel(code: string, by: string, phoneLast4?: string): Result<BookingView> {
    const found = this.get(code);
    if (!found.ok) return found;
    const booking = found.value;
    if (phoneLast4 !== undefined && !phoneMatches(booking.phone, phoneLast4)) {
      // The same answer as an unknown code, so the code cannot be probed with phone guesses.
      return fail('UNKNOWN_BOOKING', `no booking with code ${booking.code} and that phone number`);
    }
    const now = this.hall.now();
    const done = this.store.transaction(() => {
      if (!this.store.bookings.cancel(booking.code, now)) return false;
      this.store.audit.append(now, by, 'booking.cancelled', booking.code);
      return true;
    });
    if (!done) {
      return fail(
        'BOOKING_NOT_CANCELLABLE',
        `booking ${booking.code} is ${booking.state} and can no longer be cancelled`,
      );
    }
    this.changed();
    return ok({ ...booking, state: 'cancelled' });
  }

  /** What the kiosk shows before a check-in: the booking, and whether it may be checked in now. */
  lookupForKiosk(code: string): Result<KioskBookingLookup> {
    const found = this.get(code);
    if (!found.ok) return found;
    const booking = found.value;
    if (booking.state === 'cancelled') return fail('UNKNOWN_BOOKING', `booking ${booking.code} was cancelled`);
    if (localDateOf(booking.slotStart, this.config.timeZone) !== this.hall.state.businessDay) {
      return fail('UNKNOWN_BOOKING', `booking ${booking.code} is for another day`);
    }
    const window = checkInWindowOf(booking, this.config.policy);
    return ok({
      booking,
      verdict: checkInVerdictOf(booking, this.hall.now(), this.config.policy),
      checkInOpensAt: window.opensAt,
      checkInClosesAt: window.closesAt,
    });
  }

  /** The bookings whose slot starts on a hall-local day, in every state, by slot. */
  onDay(day: string): BookingView[] {
    const tz = this.config.timeZone;
    return this.store.bookings.between(instantOf(day, 0, tz), instantOf(day, 1440, tz));
  }

  /** Today's bookings, as pushed to displays and counters. */
  today(): BookingsPush {
    const day = this.hall.state.businessDay;
    return { day, bookings: this.onDay(day) };
  }

  /** Bookings not checked in by their slot end become no-shows. Safe to call often. */
  markNoShows(): void {
    const now = this.hall.now();
    const lapsed = this.store.transaction(() => {
      const changed = this.store.bookings.markNoShows(now);
      for (const b of changed) this.store.audit.append(now, 'system', 'booking.no-show', b.code);
      return changed;
    });
    if (lapsed.length === 0) return;
    this.log.info({ bookings: lapsed.map((b) => b.code) }, 'bookings not checked in by their slot end: no-shows');
    this.changed();
  }

  private newCode(): string {
    for (;;) {
      const code = newReadableCode(CODE_LENGTH);
      if (!this.store.bookings.get(code)) return code;
    }
  }

  private changed(): void {
    for (const listener of this.listeners) {
      try {
        listener();
      } catch (err) {
        this.log.error({ err }, 'booking listener failed');
      }
    }
  }
}

/** Codes are typed by people and scanners: spaces dropped, letters upper-cased. */
export function normalizeCode(code: string): string {
  return code.replace(/\s+/g, '').toUpperCase();
}

function phoneMatches(masked: string | null, last4: string): boolean {
  if (!masked) return false;
  const shown = /(\d+)$/.exec(masked)?.[1] ?? '';
  return shown.length > 0 && last4.endsWith(shown.slice(-4));
}
