import { CALLABLE_STATES, type PublicTicketStatus, type Ticket } from '@hall/protocol';
import { peopleAheadOf, waitMinutesFor } from '@hall/queue-core';
import type { HallService } from './hall-service.ts';

/** The phone page's view of a ticket, from the live state when the ticket is still in memory. */
export function publicStatusOf(hall: HallService, stored: Ticket, now: number): PublicTicketStatus {
  const { config, services, zones, windows } = hall.hall;
  const ticket = hall.state.tickets.get(stored.id) ?? stored;
  const service = services.get(ticket.serviceId);
  const zone = service ? zones.get(service.zoneId) : undefined;
  const waiting = CALLABLE_STATES.includes(ticket.state) && hall.state.tickets.has(ticket.id);
  const ahead = waiting ? peopleAheadOf(hall.hall, hall.state, ticket) : null;
  const unknown = { 'zh-Hans': ticket.serviceId, 'zh-Hant': ticket.serviceId, en: ticket.serviceId };
  return {
    number: ticket.number,
    state: ticket.state,
    lane: ticket.lane,
    hallName: config.hallName,
    serviceNames: service?.names ?? unknown,
    zoneNames: zone?.names ?? unknown,
    peopleAhead: ahead,
    estimatedWaitMinutes:
      ahead === null ? null : waitMinutesFor(hall.hall, hall.state, ticket.serviceId, ticket.lane, ahead),
    window: ticket.window,
    windowNames: ticket.window === null ? null : (windows.get(ticket.window)?.names ?? null),
    targetWindow: ticket.targetWindow,
    calledAt: ticket.calledAt,
    businessDay: ticket.businessDay,
    serverTime: now,
    timeZone: config.timeZone,
  };
}
