import {
  createBookingBodySchema,
  type BookingSlotView,
  type BookingView,
  type CreateBookingBody,
  type HallConfig,
  type WindowConfig,
} from '@hall/protocol';

/** Today's bookings of the services this window serves, by slot, then code (the hub's order, kept stable). */
export function bookingsForWindow(window: WindowConfig, bookings: readonly BookingView[]): BookingView[] {
  return bookings
    .filter((b) => window.services === 'all' || window.services.includes(b.serviceId))
    .sort((a, b) => a.slotStart - b.slotStart || a.code.localeCompare(b.code));
}

/** Only a booking not yet used may be cancelled (the hub answers BOOKING_NOT_CANCELLABLE otherwise). */
export const mayCancel = (b: Pick<BookingView, 'state'>): boolean => b.state === 'booked';

/** A booking the hub just answered with (created or cancelled) replaces the one held with its code. */
export function upsertBooking(list: readonly BookingView[], b: BookingView): BookingView[] {
  return [...list.filter((x) => x.code !== b.code), b].sort(
    (x, y) => x.slotStart - y.slotStart || x.code.localeCompare(y.code),
  );
}

/**
 * The bookings held, as a push or a read gives them. Pushes count up `version`: a read started before
 * a push arrived is older than it and must not replace it.
 */
export interface BookingsHeld {
  day: string;
  list: BookingView[];
  version: number;
}

export function applyBookingsPush(held: BookingsHeld | null, day: string, list: BookingView[]): BookingsHeld {
  return { day, list, version: (held?.version ?? 0) + 1 };
}

/** A read's answer, applied only if no push came since it was started (`startedAt` = the version then). */
export function applyBookingsRead(
  held: BookingsHeld | null,
  startedAt: number,
  day: string,
  list: BookingView[],
): BookingsHeld | null {
  if ((held?.version ?? 0) !== startedAt) return held;
  return { day, list, version: startedAt };
}

/** The services a clerk at this window may book: the window's own, in config order. */
export function bookableServices(hall: HallConfig, window: WindowConfig): HallConfig['services'] {
  return hall.services.filter((s) => window.services === 'all' || window.services.includes(s.id));
}

export type SlotBlock = 'full' | 'started' | null;

export interface SlotChoice {
  start: number;
  end: number;
  session: BookingSlotView['session'];
  /** Places left: capacity minus every booking not cancelled, never below 0. */
  left: number;
  capacity: number;
  /** Why it cannot be chosen: full, or already started (or the hub says unavailable for another reason). */
  blocked: SlotBlock;
}

/** The slots of a day as the form lists them, by start; full or started ones are shown but cannot be chosen. */
export function slotChoices(slots: readonly BookingSlotView[], now: number): SlotChoice[] {
  return [...slots]
    .sort((a, b) => a.start - b.start)
    .map((s) => {
      const left = Math.max(0, s.capacity - s.booked);
      const blocked: SlotBlock = left === 0 ? 'full' : s.start <= now || !s.available ? 'started' : null;
      return { start: s.start, end: s.end, session: s.session, left, capacity: s.capacity, blocked };
    });
}

export interface BookingFormInput {
  serviceId: string;
  day: string;
  /** The chosen slot's start, or null when none is chosen yet. */
  slotStart: number | null;
  name: string;
  phone: string;
}

export type BookingFormProblem = 'service' | 'day' | 'slot' | 'name' | 'phone';

export type BookingFormResult = { ok: true; body: CreateBookingBody } | { ok: false; problems: BookingFormProblem[] };

/**
 * Checks the form as the hub will (`createBookingBodySchema`): service, day and slot are required; name and
 * phone are optional, but when given the name is at most 40 characters and the phone 7 to 15 digits (spaces
 * and dashes dropped, an optional leading +). Blank optional fields are left out of the body.
 */
export function validateBookingForm(input: BookingFormInput): BookingFormResult {
  const problems: BookingFormProblem[] = [];
  if (input.serviceId === '') problems.push('service');
  if (!/^\d{4}-\d{2}-\d{2}$/.test(input.day)) problems.push('day');
  if (input.slotStart === null || !Number.isInteger(input.slotStart) || input.slotStart <= 0) problems.push('slot');
  const name = input.name.trim();
  if (name.length > 40) problems.push('name');
  const phone = input.phone.trim().replace(/[\s-]/g, '');
  if (phone !== '' && !/^\+?\d{7,15}$/.test(phone)) problems.push('phone');
  if (problems.length > 0) return { ok: false, problems };
  const parsed = createBookingBodySchema.safeParse({
    serviceId: input.serviceId,
    slotStart: input.slotStart,
    ...(name ? { name } : {}),
    ...(phone ? { phone } : {}),
  });
  if (!parsed.success) {
    const fields = new Set(parsed.error.issues.map((i) => String(i.path[0])));
    const mapped = (['name', 'phone'] as const).filter((f) => fields.has(f));
    return { ok: false, problems: mapped.length > 0 ? [...mapped] : ['slot'] };
  }
  return { ok: true, body: parsed.data };
}

/** Which form field a VALIDATION_FAILED issue path names, if one of ours. */
export function problemOfIssuePath(path: string): BookingFormProblem | null {
  const head = path.split('.')[0];
  if (head === 'serviceId') return 'service';
  if (head === 'slotStart') return 'slot';
  if (head === 'name' || head === 'phone') return head;
  if (head === 'day') return 'day';
  return null;
}
