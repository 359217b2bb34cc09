import type { HallConfig, ServiceQueueStats } from '@hall/protocol';

export interface WaitFigures {
  /** People waiting (callable tickets, all lanes). */
  waiting: number;
  /** Minutes for a normal ticket taken now; for a zone, the longest of its services. */
  estimatedWaitMinutes: number;
  openWindows: number;
}

export type StatsByService = Readonly<Record<string, ServiceQueueStats | undefined>>;

export function statsByService(services: readonly ServiceQueueStats[]): Record<string, ServiceQueueStats> {
  return Object.fromEntries(services.map((s) => [s.serviceId, s]));
}

/** Figures per zone: people waiting summed over its services, the wait the longest of them. */
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
            openWindows: Math.max(...figures.map((s) => s.openWindows)),
          },
    );
  }
  return result;
}
