import { FINAL_STATES, type ConfigProblem, type HallConfig, type Ticket } from '@hall/protocol';
import { windowServes, type HallIndex } from './hall-index.ts';
import { slotsOn } from './schedule/booking-slots.ts';
import { describeLocalTime } from './schedule/zoned-time.ts';
import { localDateOf } from './business-day.ts';
import type { HallState } from './state.ts';

/** A booking still to come (booked, not checked in, its slot not over): what a slot change must keep. */
export interface HeldBooking {
  code: string;
  serviceId: string;
  slotStart: number;
  slotEnd: number;
}

function isLive(t: Ticket): boolean {
  return !FINAL_STATES.includes(t.state);
}

function plural(n: number, one: string): string {
  return `${n} ${one}${n === 1 ? '' : 's'}`;
}

/**
 * Why replacing the hall's configuration with `next` now would strand people, or nothing when it is safe.
 * The rules, each for the open day (`state`) and the bookings still to come:
 * - a service removed while tickets of it wait or are served, or kept with no window left to serve them;
 * - a window removed while it is open or paused, or while tickets were transferred to it;
 * - a service's prefix changed after it issued numbers today (numbers issued today never change, so the
 *   hall would call two prefixes for one service);
 * - a zone removed while tickets of its services are live;
 * - a booking-slot change (length, capacity, hours, holidays, the service removed) that leaves a booking
 *   without its slot or puts more bookings in a slot than it holds.
 * Paths point into `next` where the thing is still there, else into the current configuration.
 */
export function configChangeProblems(
  current: HallIndex,
  next: HallConfig,
  state: HallState,
  bookings: readonly HeldBooking[],
): ConfigProblem[] {
  const problems: ConfigProblem[] = [];
  const live = [...state.tickets.values()].filter(isLive);
  const nextServices = new Map(next.services.map((s, i) => [s.id, { s, i }]));
  const nextWindows = new Set(next.windows.map((w) => w.number));
  const nextZones = new Set(next.zones.map((z) => z.id));

  current.config.services.forEach((s, i) => {
    const mine = live.filter((t) => t.serviceId === s.id);
    const kept = nextServices.get(s.id);
    if (!kept) {
      if (mine.length > 0) {
        problems.push({
          code: 'SERVICE_HAS_TICKETS',
          path: `services.${i}`,
          message: `service ${s.id} still has ${plural(mine.length, 'ticket')} waiting or being served today`,
        });
      }
      return;
    }
    const unserved = mine.filter(
      (t) =>
        t.state === 'waiting' &&
        !next.windows.some((w) =>
          t.targetWindow !== null ? w.number === t.targetWindow : windowServes(w, t.serviceId, t.lane),
        ),
    );
    if (unserved.length > 0) {
      problems.push({
        code: 'SERVICE_HAS_TICKETS',
        path: `services.${kept.i}`,
        message: `no window would serve the ${plural(unserved.length, 'ticket')} of service ${s.id} waiting today`,
      });
    }
    if (kept.s.prefix !== s.prefix) {
      const used = [...state.tickets.values()].some(
        (t) => t.businessDay === state.businessDay && t.serviceId === s.id && t.prefix === s.prefix,
      );
      if (used) {
        problems.push({
          code: 'PREFIX_USED_TODAY',
          path: `services.${kept.i}.prefix`,
          message: `service ${s.id} has issued ${s.prefix} numbers today: change its prefix after the day closes`,
        });
      }
    }
  });

  current.config.windows.forEach((w, i) => {
    if (nextWindows.has(w.number)) return;
    const ws = state.windows.get(w.number);
    const bound = live.filter((t) => t.targetWindow === w.number || (t.window === w.number && t.state !== 'waiting'));
    if ((ws && ws.state !== 'closed') || bound.length > 0) {
      problems.push({
        code: 'WINDOW_IN_USE',
        path: `windows.${i}`,
        message:
          ws && ws.state !== 'closed'
            ? `window ${w.number} is ${ws.state}: close it before removing it`
            : `window ${w.number} still holds ${plural(bound.length, 'ticket')} today`,
      });
    }
  });

  current.config.zones.forEach((z, i) => {
    if (nextZones.has(z.id)) return;
    const services = new Set(current.config.services.filter((s) => s.zoneId === z.id).map((s) => s.id));
    const mine = live.filter((t) => services.has(t.serviceId));
    if (mine.length > 0) {
      problems.push({
        code: 'ZONE_IN_USE',
        path: `zones.${i}`,
        message: `zone ${z.id} has ${plural(mine.length, 'ticket')} waiting or being served today`,
      });
    }
  });

  problems.push(...droppedBookings(next, bookings));
  return problems;
}

/** Bookings the next configuration would leave without their slot, or crowd beyond a slot's capacity. */
function droppedBookings(next: HallConfig, bookings: readonly HeldBooking[]): ConfigProblem[] {
  const problems: ConfigProblem[] = [];
  const bySlot = new Map<string, HeldBooking[]>();
  for (const b of bookings) {
    const key = `${b.serviceId}|${b.slotStart}`;
    bySlot.set(key, [...(bySlot.get(key) ?? []), b]);
  }
  const slotsOfDay = new Map<string, ReturnType<typeof slotsOn>>();
  for (const group of bySlot.values()) {
    const b = group[0];
    if (!b) continue;
    const index = next.services.findIndex((s) => s.id === b.serviceId);
    const path = index < 0 ? 'services' : `services.${index}`;
    const codes = group.map((g) => g.code).join(', ');
    if (index < 0) {
      problems.push({
        code: 'BOOKINGS_WOULD_BE_DROPPED',
        path,
        message: `service ${b.serviceId} is removed but has bookings still to come (${codes})`,
      });
      continue;
    }
    const day = localDateOf(b.slotStart, next.timeZone);
    const dayKey = `${b.serviceId}|${day}`;
    const slots = slotsOfDay.get(dayKey) ?? slotsOn(next, b.serviceId, day);
    slotsOfDay.set(dayKey, slots);
    const slot = slots.find((s) => s.start === b.slotStart && s.end === b.slotEnd);
    if (!slot) {
      problems.push({
        code: 'BOOKINGS_WOULD_BE_DROPPED',
        path,
        message: `the booking slot at ${describeLocalTime(b.slotStart, next.timeZone)} of service ${b.serviceId} would no longer exist (${codes})`,
      });
    } else if (group.length > slot.capacity) {
      problems.push({
        code: 'BOOKINGS_WOULD_BE_DROPPED',
        path,
        message: `a slot of service ${b.serviceId} on ${day} holds ${group.length} bookings but would take only ${slot.capacity} (${codes})`,
      });
    }
  }
  return problems;
}
