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

/** Whether a window may call this ticket: a transfer to a named window binds it to that window. */
export function windowMayCall(window: WindowConfig, ticket: Ticket): boolean {
  if (ticket.targetWindow !== null) return ticket.targetWindow === window.number;
  return windowServes(window, ticket.serviceId, ticket.lane);
}
