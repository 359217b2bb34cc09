import type { HallConfig, Lane, ServiceConfig, Ticket, WindowConfig, ZoneConfig } from '@hall/protocol';

/** The hall configuration with lookups by id, built once at start. */
export interface HallIndex {
  config: HallConfig;
  zones: ReadonlyMap<string, ZoneConfig>;
  services: ReadonlyMap<string, ServiceConfig>;
  windows: ReadonlyMap<number, WindowConfig>;
}

export function indexHall(config: HallConfig): HallIndex {
  return {
    config,
    zones: new Map(config.zones.map((z) => [z.id, z])),
    services: new Map(config.services.map((s) => [s.id, s])),
    windows: new Map(config.windows.map((w) => [w.number, w])),
  };
}

/** Whether a window may serve this service in this lane (its own configuration only). */
export function windowServes(window: WindowConfig, serviceId: string, lane: Lane): boolean {
  const serviceOk = window.services === 'all' || window.services.includes(serviceId);
  const laneOk = window.lanes === undefined || window.lanes.includes(lane);
  return serviceOk && laneOk;
}

/** What decides which windows may call a ticket. */
export type TicketRoute = Pick<Ticket, 'serviceId' | 'lane' | 'targetWindow'>;

/** Whether a window may call this ticket: a transfer to a named window binds it to that window. */
export function windowMayCall(window: WindowConfig, ticket: TicketRoute): boolean {
  if (ticket.targetWindow !== null) return ticket.targetWindow === window.number;
  return windowServes(window, ticket.serviceId, ticket.lane);
}

/**
 * Where a citizen waits: every window that may call this ticket (the service's own windows, the comprehensive
 * windows serving it, the elderly help window for the elderly lane), by number. The kiosk screen, the printed
 * ticket, the phone page and the wall display all name these, so they cannot disagree.
 */
export function windowsCalling(windows: readonly WindowConfig[], ticket: TicketRoute): WindowConfig[] {
  return windows.filter((w) => windowMayCall(w, ticket)).sort((a, b) => a.number - b.number);
}
