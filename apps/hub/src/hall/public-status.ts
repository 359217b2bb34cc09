import { CALLABLE_STATES, type PublicTicketStatus, type Ticket, type WaitForecast } from '@hall/protocol';
import { peopleAheadOf, rollForward, waitMinutesFor, waitRangeOf, windowsCalling } from '@hall/queue-core';
import type { HallService } from './hall-service.ts';

const MINUTE = 60_000;

/**
 * Every waiting ticket's call time, rolled forward once per hall event and minute: phones poll every few seconds,
 * and one roll answers all of them until the hall moves.
 */
const rolls = new WeakMap<HallService, { eventId: number; minute: number; calledAt: Map<string, number> }>();

function callTimesOf(hall: HallService, now: number): Map<string, number> {
  const minute = Math.floor(now / MINUTE);
  const known = rolls.get(hall);
  if (known?.eventId === hall.lastEventId && known.minute === minute) return known.calledAt;
  const calledAt = rollForward(hall.hall, hall.state, minute * MINUTE);
  rolls.set(hall, { eventId: hall.lastEventId, minute, calledAt });
  return calledAt;
}

function waitOf(hall: HallService, ticket: Ticket, ahead: number, now: number): WaitForecast {
  const called = callTimesOf(hall, now).get(ticket.id);
  // No open window would call it (before the morning's windows open): the plain people-ahead figure.
  const minutes =
    called === undefined
      ? waitMinutesFor(hall.hall, hall.state, ticket.serviceId, ticket.lane, ahead)
      : Math.max(0, Math.round((called - now) / MINUTE));
  return { minutes, ...waitRangeOf(minutes) };
}

/** The phone page's view of a ticket, from the live state when the ticket is still in memory. */
export function publicStatusOf(hall: HallService, stored: Ticket, now: number): PublicTicketStatus {
  const { config, services, zones, windows } = hall.hall;
  const ticket = hall.state.tickets.get(stored.id) ?? stored;
  const service = services.get(ticket.serviceId);
  const zone = service ? zones.get(service.zoneId) : undefined;
  const waiting = CALLABLE_STATES.includes(ticket.state) && hall.state.tickets.has(ticket.id);
  const ahead = waiting ? peopleAheadOf(hall.hall, hall.state, ticket) : null;
  const wait = ahead === null ? null : waitOf(hall, ticket, ahead, now);
  const unknown = { 'zh-Hans': ticket.serviceId, 'zh-Hant': ticket.serviceId, en: ticket.serviceId };
  return {
    number: ticket.number,
    state: ticket.state,
    lane: ticket.lane,
    priorityGroupNames: config.priorityGroups.find((g) => g.id === ticket.priorityGroup)?.names ?? null,
    hallName: config.hallName,
    serviceNames: service?.names ?? unknown,
    zoneNames: zone?.names ?? unknown,
    peopleAhead: ahead,
    estimatedWaitMinutes: wait?.minutes ?? null,
    wait,
    window: ticket.window,
    windowNames: ticket.window === null ? null : (windows.get(ticket.window)?.names ?? null),
    waitWindows: waiting ? windowsCalling(config.windows, ticket).map((w) => w.number) : null,
    // What to bring (一次性告知), as printed on the ticket, when the hall prints it for this service.
    materials: service?.printMaterials ? service.materials : [],
    targetWindow: ticket.targetWindow,
    calledAt: ticket.calledAt,
    businessDay: ticket.businessDay,
    serverTime: now,
    timeZone: config.timeZone,
  };
}
