import { isWaitSoon, type HallConfig, type ServiceQueueStats, type WaitForecast } from '@hall/protocol';

export interface WaitFigures {
  /** People waiting (callable tickets, all lanes). */
  waiting: number;
  /** The simple figure, shown only when the hub sends no forecast (an earlier release). */
  estimatedWaitMinutes: number;
  /**
   * The forecast of a normal ticket taken now, the one its ticket will print (queue-core's roll-forward, sent by
   * the hub); for a zone, that of its service with the longest.
   */
  wait?: WaitForecast | undefined;
  openWindows: number;
}

/** What a tile says of the wait: the ticket's range ("约 15–25 分钟"), "soon", or the simple figure of an older hub. */
export type WaitShown =
  { kind: 'range'; low: number; high: number } | { kind: 'soon' } | { kind: 'minutes'; minutes: number };

export function waitShown(f: Pick<WaitFigures, 'estimatedWaitMinutes' | 'wait'>): WaitShown {
  if (!f.wait) return { kind: 'minutes', minutes: f.estimatedWaitMinutes };
  return isWaitSoon(f.wait) ? { kind: 'soon' } : { kind: 'range', low: f.wait.low, high: f.wait.high };
}

/** The longer of two waits, by the forecast where there is one. */
const longer = (a: ServiceQueueStats, b: ServiceQueueStats): ServiceQueueStats =>
  (b.wait?.minutes ?? b.estimatedWaitMinutes) > (a.wait?.minutes ?? a.estimatedWaitMinutes) ? b : a;

export type StatsByService = Readonly<Record<string, ServiceQueueStats | undefined>>;

export function statsByService(services: readonly ServiceQueueStats[]): Record<string, ServiceQueueStats> {
  return Object.fromEntries(services.map((s) => [s.serviceId, s]));
}

/** Figures per zone: people waiting summed over its services, the wait the longest of them (the forecast's). */
export function zoneWaits(hall: Pick<HallConfig, 'zones' | 'services'>, stats: StatsByService) {
  const result = new Map<string, WaitFigures | undefined>();
  for (const zone of hall.zones) {
    const figures = hall.services
      .filter((s) => s.zoneId === zone.id)
      .map((s) => stats[s.id])
      .filter((s): s is ServiceQueueStats => s !== undefined);
    result.set(
      zone.id,
      figures.length === 0
        ? undefined
        : {
            waiting: figures.reduce((n, s) => n + s.waiting, 0),
            estimatedWaitMinutes: Math.max(...figures.map((s) => s.estimatedWaitMinutes)),
            wait: figures.reduce(longer).wait,
            openWindows: Math.max(...figures.map((s) => s.openWindows)),
          },
    );
  }
  return result;
}
