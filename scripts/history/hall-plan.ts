import type { HallConfig, ServiceConfig, WindowConfig } from '@hall/protocol';

/**
 * How busy the generated hall is, per kind of session: the expected tickets of a typical day, spread over the
 * services in proportion to the window time each can get, and one factor on the configured average service times
 * so that the open windows are busy about `UTILISATION` of their time.
 *
 * The factor is below 1 for the demo hall: the issue asks for about 1.2 M tickets a year (≈ 4,100 on a working
 * day), more than 44 windows can serve at the configured averages (8–25 min). A busy hall's real times are shorter
 * than the planning figures in its configuration; the generated service times keep the services' proportions.
 */
export const SESSION_KINDS = ['regular', 'evening', 'weekend'] as const;
export type SessionKind = (typeof SESSION_KINDS)[number];

/**
 * Expected tickets per staffed window on a typical day, per session kind, before weekday, season and noise: the
 * demo hall's 42 windows then take about 3,600 tickets by day, 500 in the evening and 1,400 on a weekend day.
 */
export const TICKETS_PER_WINDOW: Record<SessionKind, number> = { regular: 86, evening: 22, weekend: 61 };

/** Minutes a window is staffed per session (the regular day less the 30-minute break). */
const WINDOW_MINUTES: Record<SessionKind, number> = { regular: 450, evening: 180, weekend: 450 };

const UTILISATION = 0.8;

/** Window minutes per ticket besides the service itself: the walk to the window, recalls, the rating. */
const OVERHEAD_MINUTES = 1.3;

/** Could-not-get-it-done matters reach their desk a few times a day whatever the load. */
const DESK_TICKETS: Record<SessionKind, number> = { regular: 4, evening: 0.5, weekend: 1.5 };

export interface SessionPlan {
  kind: SessionKind;
  /** Windows staffed in this session. */
  windows: readonly WindowConfig[];
  /** Expected tickets of a typical day in this session. */
  tickets: number;
  /** Share of the session's tickets per service id (sums to 1 over capacity-planned services). */
  share: ReadonlyMap<string, number>;
  /** Fixed expected tickets per day for desk services (could-not-get-it-done). */
  fixed: ReadonlyMap<string, number>;
  /** Mean service minutes per service id. */
  serviceMinutes: ReadonlyMap<string, number>;
}

export function servesService(w: WindowConfig, serviceId: string): boolean {
  return w.services === 'all' || w.services.includes(serviceId);
}

/** Takes walk-in (normal lane) tickets: not the elderly-only help window. */
function takesNormal(w: WindowConfig): boolean {
  return w.lanes === undefined || w.lanes.includes('normal');
}

/** Evening and weekend service: the windows of delay-listed services, every other zone window among them. */
export function staffedOutOfHours(config: HallConfig, w: WindowConfig): boolean {
  const delay = config.services.some((s) => s.delayService && servesService(w, s.id));
  return delay && (w.kind !== 'zone' || w.number % 2 === 1);
}

function servicesOpenIn(config: HallConfig, kind: SessionKind): ServiceConfig[] {
  return kind === 'regular' ? config.services : config.services.filter((s) => s.delayService);
}

export function planSession(config: HallConfig, kind: SessionKind): SessionPlan {
  const windows = kind === 'regular' ? config.windows : config.windows.filter((w) => staffedOutOfHours(config, w));
  const services = servicesOpenIn(config, kind);
  const deskServices = new Set(
    services
      .filter((s) => {
        const serving = config.windows.filter((w) => servesService(w, s.id));
        return serving.length > 0 && serving.every((w) => w.kind === 'complaints');
      })
      .map((s) => s.id),
  );
  const weight = new Map<string, number>();
  let capacity = 0;
  let staffed = 0;
  for (const w of windows) {
    if (w.kind === 'complaints' || !takesNormal(w)) continue;
    const open = services.filter((s) => servesService(w, s.id) && !deskServices.has(s.id));
    if (open.length === 0) continue;
    capacity += WINDOW_MINUTES[kind];
    staffed++;
    for (const s of open) {
      weight.set(s.id, (weight.get(s.id) ?? 0) + WINDOW_MINUTES[kind] / open.length / s.avgServiceMinutes);
    }
  }
  let total = 0;
  for (const v of weight.values()) total += v;
  const share = new Map([...weight].map(([id, v]) => [id, total === 0 ? 0 : v / total]));
  const tickets = staffed * TICKETS_PER_WINDOW[kind];
  let load = 0;
  for (const s of services) load += (share.get(s.id) ?? 0) * tickets * s.avgServiceMinutes;
  const serviceCapacity = UTILISATION * capacity - tickets * OVERHEAD_MINUTES;
  const factor = load === 0 ? 1 : Math.min(1, Math.max(0.1, serviceCapacity / load));
  return {
    kind,
    windows,
    tickets,
    share,
    fixed: new Map([...deskServices].map((id) => [id, DESK_TICKETS[kind]])),
    serviceMinutes: new Map(
      services.map((s) => [s.id, deskServices.has(s.id) ? s.avgServiceMinutes : s.avgServiceMinutes * factor]),
    ),
  };
}

/** Relative arrivals by hall-local hour: the morning and afternoon peaks, the lunch dip, the evening tail. */
export const HOUR_WEIGHTS: Record<SessionKind, Readonly<Record<number, number>>> = {
  regular: { 9: 1.25, 10: 1.45, 11: 1.15, 12: 0.55, 13: 0.75, 14: 1.2, 15: 1.15, 16: 0.7 },
  evening: { 17: 1.3, 18: 0.9, 19: 0.45 },
  weekend: { 9: 1.0, 10: 1.3, 11: 1.2, 12: 0.7, 13: 0.8, 14: 1.1, 15: 1.0, 16: 0.6 },
};

/** Mondays and days after a holiday are busier, Fridays quieter. 0 = Sunday. */
export const WEEKDAY_FACTOR: readonly number[] = [1.0, 1.15, 1.02, 1.0, 0.95, 0.88, 1.0];
