import { CALLABLE_STATES, type QueuePolicy, type Ticket, type WindowConfig, type WindowState } from '@hall/protocol';
import { windowMayCall } from './hall-index.ts';

const MINUTE = 60_000;

function byQueueOrder(a: Ticket, b: Ticket): number {
  return a.queueSeq - b.queueSeq;
}

/** Booking-lane order: earliest slot first, then queue order. */
export function bySlotThenQueue(a: Ticket, b: Ticket): number {
  return (a.booking?.slotStart ?? 0) - (b.booking?.slotStart ?? 0) || a.queueSeq - b.queueSeq;
}

export function isBookingDue(ticket: Ticket, now: number, policy: QueuePolicy): boolean {
  return ticket.booking !== null && ticket.booking.slotStart - policy.bookingEarlyMinutes * MINUTE <= now;
}

/** Whether a service's tickets may be called now (its opening hours); every service when not given. */
export type ServiceOpenNow = (serviceId: string) => boolean;

const ALWAYS_OPEN: ServiceOpenNow = () => true;

/** The tickets this window may call now, in no particular order. */
export function callableBy(
  window: WindowConfig,
  tickets: Iterable<Ticket>,
  serviceOpen: ServiceOpenNow = ALWAYS_OPEN,
): Ticket[] {
  const out: Ticket[] = [];
  for (const t of tickets) {
    if (CALLABLE_STATES.includes(t.state) && windowMayCall(window, t) && serviceOpen(t.serviceId)) out.push(t);
  }
  return out;
}

/**
 * Picks the ticket a window calls next:
 * 1. checked-in bookings that are due, earliest slot first;
 * 2. then the elderly and normal lanes by the hall's elderly rule, each lane oldest first;
 *    under the ratio rule an elderly ticket goes first when it is older anyway, or when the window
 *    has made `normalPerElderly` normal calls since its last elderly one, so neither lane starves;
 * 3. bookings checked in early, only when nobody else waits.
 * Tickets of services closed now (past their closing grace) are not called at all.
 * "Oldest" is queue order (`queueSeq`), never a clock reading: a clock step cannot reorder the queue.
 * A transferred ticket keeps its queue position, so the citizen does not start waiting from scratch.
 */
export function selectNextTicket(
  window: WindowConfig,
  windowState: WindowState,
  tickets: Iterable<Ticket>,
  policy: QueuePolicy,
  now: number,
  serviceOpen: ServiceOpenNow = ALWAYS_OPEN,
): Ticket | undefined {
  const candidates = callableBy(window, tickets, serviceOpen);
  const due = candidates.filter((t) => t.lane === 'booking' && isBookingDue(t, now, policy)).sort(bySlotThenQueue);
  if (due[0]) return due[0];

  const oldest = (lane: Ticket['lane']) => candidates.filter((t) => t.lane === lane).sort(byQueueOrder)[0];
  const elderly = oldest('elderly');
  const normal = oldest('normal');
  if (elderly && normal) {
    const rule = policy.elderly;
    if (rule.rule === 'strict') return elderly;
    if (elderly.queueSeq < normal.queueSeq || windowState.normalStreak >= rule.normalPerElderly) return elderly;
    return normal;
  }
  if (elderly ?? normal) return elderly ?? normal;

  return candidates.filter((t) => t.lane === 'booking').sort(bySlotThenQueue)[0];
}

/** The window's normal-call streak after it calls this ticket. */
export function streakAfterCall(windowState: WindowState, called: Ticket): number {
  if (called.lane === 'elderly') return 0;
  if (called.lane === 'normal') return windowState.normalStreak + 1;
  return windowState.normalStreak;
}
