import type { BookingOptionsView, BookingSlotView, DayKind } from '@hall/protocol';

export type Service = BookingOptionsView['services'][number];
export type Zone = BookingOptionsView['zones'][number];

/** Zones that have at least one service to book, in the hall's order. */
export function bookableZones(options: BookingOptionsView): Zone[] {
  return options.zones.filter((z) => options.services.some((s) => s.zoneId === z.id));
}

/** A zone's services, delay-service items first (they are what evening and weekend visitors look for). */
export function servicesOf(options: BookingOptionsView, zoneId: string): Service[] {
  const list = options.services.filter((s) => s.zoneId === zoneId);
  return [...list.filter((s) => s.delayService), ...list.filter((s) => !s.delayService)];
}

export type DayNote = 'none' | 'rest-delay-only' | 'rest-not-this' | 'closed';

export interface DayChoice {
  day: string;
  dayKind: DayKind;
  /** False when the service is not open that day at all: a public holiday, or a rest day for a regular item. */
  selectable: boolean;
  note: DayNote;
}

/**
 * What the day list shows for a service. Rest days open only the delay-service items; public holidays close
 * the hall. A selectable day may still turn out to have no free slot; the slots say that.
 */
export function dayChoices(days: BookingOptionsView['days'], service: Service): DayChoice[] {
  return days.map(({ day, dayKind }) => {
    if (dayKind === 'closed') return { day, dayKind, selectable: false, note: 'closed' };
    if (dayKind === 'rest') {
      return service.delayService
        ? { day, dayKind, selectable: true, note: 'rest-delay-only' }
        : { day, dayKind, selectable: false, note: 'rest-not-this' };
    }
    return { day, dayKind, selectable: true, note: 'none' };
  });
}

export type SlotStatus = 'open' | 'full' | 'started';

/** Places left in a slot (never below zero). */
export const placesLeft = (slot: BookingSlotView): number => Math.max(0, slot.capacity - slot.booked);

/** The hub marks a slot unavailable when it is full or has started; full is told apart by its count. */
export function slotStatus(slot: BookingSlotView): SlotStatus {
  if (slot.available) return 'open';
  return placesLeft(slot) === 0 ? 'full' : 'started';
}

/** The slots to offer: those already started are left out (on an evening the day's list would be long). */
export function shownSlots(slots: readonly BookingSlotView[]): BookingSlotView[] {
  return slots.filter((s) => slotStatus(s) !== 'started');
}

/**
 * The check-in margin in minutes from the hub's options view; null when an older hub leaves it out, and the
 * page then says "before your time" without a figure.
 */
export function checkInMinutesOf(options: BookingOptionsView): number | null {
  const v: unknown = (options as { checkInEarlyMinutes?: unknown }).checkInEarlyMinutes;
  return typeof v === 'number' && Number.isInteger(v) && v >= 0 ? v : null;
}
