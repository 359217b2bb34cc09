import {
  maskName,
  maskPhone,
  type BookingOptionsView,
  type BookingSlotsView,
  type BookingSource,
  type BookingsPush,
  type BookingView,
  type CreateBookingBody,
  type DisplayBookingsPush,
  type DisplayBookingView,
  type KioskBookingLookup,
  type PublicBookingView,
  type PublicCreateBookingBody,
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
import type { CheckInGuard } from '../kiosk/check-in-guard.ts';
import type { RateLimiter } from '../rate-limiter.ts';
import type { HallService } from './hall-service.ts';
import type { PhoneVerifier } from './phone-verifier.ts';

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
    private readonly phones: PhoneVerifier,
    /** Public bookings and cancels per proven phone. */
    private readonly perPhone: RateLimiter,
    private readonly checkIn: CheckInGuard,
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
    /** A public booking: the proven phone's key, whose limits apply (the request ids are its own too). */
    provenPhone?: string,
  ): Result<{ booking: BookingView; replayed: boolean }> {
    const { serviceId, slotStart } = input;
    const scope = provenPhone === undefined ? by : `phone:${provenPhone}`;
    const requestKey = input.requestId === undefined ? null : `${scope}:${input.requestId}`;
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
      if (provenPhone !== undefined) {
        const refused = this.phoneLimitRefusal(provenPhone, serviceId, day);
        if (refused) return refused;
      }
      const taken = this.store.bookings.takenPlaces(serviceId, slot.start, slot.start + 1).get(slot.start) ?? 0;
      if (taken >= slot.capacity) return fail('SLOT_FULL', `all ${slot.capacity} places of this slot are taken`);
      const code = this.newCode();
      const booking = this.store.bookings.create(
        {
          code,
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
        input.phone
          ? { phoneKey: this.phones.phoneKey(input.phone), phoneTailKey: this.phones.tailKey(code, input.phone) }
          : null,
      );
      this.store.audit.append(now, by, 'booking.created', `${booking.code} ${serviceId} ${day}`);
      return ok(booking);
    });
    if (!made.ok) return made;
    this.log.info({ booking: made.value.code, service: serviceId, slot: slot.start, source }, 'booking created');
    this.changed();
    return ok({ booking: made.value, replayed: false });
  }

  /**
   * The public booking: only with a proof of the phone it is made for, and within the phone's limits.
   * The citizen gets the booking's code by text message too.
   */
  createPublic(
    input: PublicCreateBookingBody,
    proof: string | undefined,
  ): Result<{ booking: PublicBookingView; replayed: boolean }> {
    const proven = this.phones.provenPhone(proof);
    if (!proven.ok) return proven;
    if (proven.value !== this.phones.phoneKey(input.phone)) {
      return fail('PHONE_PROOF_MISMATCH', 'the phone proof is for another phone number');
    }
    if (!this.perPhone.take(proven.value)) {
      return fail('RATE_LIMITED', 'too many bookings and cancels for this phone: try again later');
    }
    const made = this.create(input, 'public', 'public', proven.value);
    if (!made.ok) return made;
    const { booking, replayed } = made.value;
    if (!replayed) {
      const start = new Intl.DateTimeFormat('zh-CN', {
        timeZone: this.config.timeZone,
        dateStyle: 'short',
        timeStyle: 'short',
      }).format(booking.slotStart);
      const name = this.config.hallName['zh-Hans'];
      this.phones.notify(
        input.phone,
        `【${name}】预约成功，预约码 ${booking.code}，时间 ${start}。Booking code ${booking.code}.`,
      );
    }
    return ok({ booking: publicView(booking), replayed });
  }

  /** Why a proven phone may not book this service on this day, if it may not. */
  private phoneLimitRefusal(phoneKey: string, serviceId: string, day: string): Result<never> | undefined {
    const max = this.config.policy.bookingMaxActivePerPhone;
    if (this.store.bookings.activeFor(phoneKey) >= max) {
      return fail('BOOKING_LIMIT_REACHED', `a phone may hold ${max} bookings at once: cancel one first`);
    }
    const tz = this.config.timeZone;
    if (this.store.bookings.heldFor(phoneKey, serviceId, instantOf(day, 0, tz), instantOf(day, 1440, tz)) > 0) {
      return fail('BOOKING_LIMIT_REACHED', `this phone already holds a booking of ${serviceId} on ${day}`);
    }
    return undefined;
  }

  get(code: string): Result<BookingView> {
    const booking = this.store.bookings.get(normalizeCode(code));
    return booking ? ok(booking) : fail('UNKNOWN_BOOKING', `no booking with code ${normalizeCode(code)}`);
  }

  /**
   * A booking for the citizen who proved its phone. Any other phone, a booking made without a phone and
   * an unknown code all get the same answer, so codes cannot be probed.
   */
  private ofProvenPhone(code: string, proof: string | undefined): Result<BookingView> {
    const proven = this.phones.provenPhone(proof);
    if (!proven.ok) return proven;
    const found = this.store.bookings.get(normalizeCode(code));
    if (!found || this.store.bookings.phoneKeysOf(found.code).phoneKey !== proven.value) {
      return fail('UNKNOWN_BOOKING', `no booking with code ${normalizeCode(code)} for this phone`);
    }
    return ok(found);
  }

  /** `GET /api/v1/public/bookings/{code}`: the booking, without its phone, for its phone's proof. */
  getForPhone(code: string, proof: string | undefined): Result<PublicBookingView> {
    const found = this.ofProvenPhone(code, proof);
    return found.ok ? ok(publicView(found.value)) : found;
  }

  /** The proven phone's bookings whose slot is today (hall-local) or later: for a citizen who lost the code. */
  ofPhone(proof: string | undefined): Result<PublicBookingView[]> {
    const proven = this.phones.provenPhone(proof);
    if (!proven.ok) return proven;
    const today = instantOf(this.bookableRange().first, 0, this.config.timeZone);
    return ok(this.store.bookings.ofPhone(proven.value, today).map(publicView));
  }

  /** A citizen cancels a booking of the phone they proved. */
  cancelForPhone(code: string, proof: string | undefined): Result<PublicBookingView> {
    const found = this.ofProvenPhone(code, proof);
    if (!found.ok) return found;
    const phoneKey = this.store.bookings.phoneKeysOf(found.value.code).phoneKey ?? '';
    if (!this.perPhone.take(phoneKey)) {
      return fail('RATE_LIMITED', 'too many bookings and cancels for this phone: try again later');
    }
    const done = this.cancel(found.value.code, 'public');
    return done.ok ? ok(publicView(done.value)) : done;
  }

  /** Cancels a booking still only booked (staff, or a citizen through `cancelForPhone`). */
  cancel(code: string, by: string): Result<BookingView> {
    const found = this.get(code);
    if (!found.ok) return found;
    const booking = found.value;
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

  /**
   * What the kiosk shows before a check-in: the booking, and whether it may be checked in now. It needs the
   * last four digits of the booking's phone (none for a booking made without one); wrong digits get the
   * same answer as an unknown code, and both count against the kiosk (kiosk/check-in-guard.ts).
   */
  lookupForKiosk(kioskId: string, code: string, phoneLast4: string | undefined): Result<KioskBookingLookup> {
    const open = this.checkIn.open(kioskId);
    if (!open.ok) return open;
    const found = this.get(code);
    if (!found.ok || !this.checkIn.matches(found.value.code, phoneLast4)) {
      this.checkIn.failed(kioskId);
      return fail('UNKNOWN_BOOKING', `no booking with code ${normalizeCode(code)} and those phone digits`);
    }
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

  /** The same, as a wall display gets them: rows without codes or phones. */
  rowsOnDay(day: string): DisplayBookingView[] {
    return this.onDay(day).map(displayRow);
  }

  /** Today's bookings, as pushed to staff. */
  today(): BookingsPush {
    const day = this.hall.state.businessDay;
    return { day, bookings: this.onDay(day) };
  }

  /** Today's bookings, as pushed to displays. */
  todayForDisplays(): DisplayBookingsPush {
    const day = this.hall.state.businessDay;
    return { day, bookings: this.rowsOnDay(day) };
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

/** What the citizen sees of their booking: no phone digits, which would help to guess the phone. */
function publicView({ phone: _phone, ...booking }: BookingView): PublicBookingView {
  return booking;
}

/** A display's row: a code checks a booking in at a kiosk, so it never reaches a wall. */
function displayRow({ code: _code, phone: _phone, ...booking }: BookingView): DisplayBookingView {
  return booking;
}
