import type {
  AlertKind,
  AlertSubject,
  DeviceStateView,
  FollowUp,
  PrinterStatus,
  WindowConfig,
  WindowState,
} from '@hall/protocol';
import { windowMayCall, type HallIndex } from '../hall-index.ts';
import { callableServicesAt } from '../schedule/opening-hours.ts';
import type { HallState } from '../state.ts';
import { isQueued, waitingSince } from './waiting-since.ts';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

/**
 * How long an idle comprehensive window and a queue it may call must have stood side by side before the board
 * says so: a clerk between two citizens, or a ticket issued a moment ago, is not yet uneven load.
 */
export const IDLE_WITH_QUEUE_MINUTES = 2;

/** Something the board should alert on now; `key` names it across checks (at most one alert per key). */
export interface AlertCondition {
  key: string;
  kind: AlertKind;
  subject: AlertSubject;
}

/** What the hub knows besides the queue: its devices as the admin sees them, and the open follow-ups. */
export interface AlertInputs {
  hall: HallIndex;
  state: HallState;
  /** Every registered device with its live state (revoked ones are skipped). */
  devices: readonly DeviceStateView[];
  /** Follow-ups of unsatisfied ratings still open. */
  openFollowUps: readonly Pick<FollowUp, 'id' | 'ticketNumber' | 'window' | 'createdAt'>[];
  now: number;
}

/**
 * Every alert condition that holds at `now`, sorted by key. A threshold is passed when the time is strictly
 * longer than it (a ticket with a 30-minute target alerts after 30 minutes, not at 30 minutes).
 */
export function alertConditionsOf(inputs: AlertInputs): AlertCondition[] {
  const found = [
    ...waitsOverTarget(inputs),
    ...comprehensiveIdleWithQueue(inputs),
    ...pausedTooLong(inputs),
    ...printerProblems(inputs),
    ...devicesOffline(inputs),
    ...followUpsOverdue(inputs),
  ];
  return found.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

function condition(kind: AlertKind, id: string | number, subject: AlertSubject): AlertCondition {
  return { key: `${kind}:${id}`, kind, subject };
}

function waitsOverTarget({ hall, state, now }: AlertInputs): AlertCondition[] {
  const out: AlertCondition[] = [];
  for (const t of state.tickets.values()) {
    if (!isQueued(t)) continue;
    const service = hall.services.get(t.serviceId);
    if (!service) continue;
    if (now - waitingSince(t, hall.config.policy) <= service.targetWaitMinutes * MINUTE) continue;
    out.push(
      condition('wait-over-target', t.id, {
        ticketId: t.id,
        ticketNumber: t.number,
        serviceId: t.serviceId,
        zoneId: service.zoneId,
      }),
    );
  }
  return out;
}

/** Open, not paused, holding no ticket: free to call the next one. */
export function isIdle(w: WindowState | undefined): w is WindowState {
  return w?.state === 'open' && w.currentTicketId === null;
}

/**
 * A zone whose queue a comprehensive window could take but does not: some ticket of the zone's services that an
 * idle comprehensive window may call now (its services, lanes, a transfer's named window, the service's hours),
 * both having stood so for IDLE_WITH_QUEUE_MINUTES. The subject names the lowest such window.
 */
function comprehensiveIdleWithQueue({ hall, state, now }: AlertInputs): AlertCondition[] {
  const grace = IDLE_WITH_QUEUE_MINUTES * MINUTE;
  const idle: WindowConfig[] = hall.config.windows
    .filter((w) => w.kind === 'comprehensive')
    .filter((w) => {
      const s = state.windows.get(w.number);
      return isIdle(s) && now - s.changedAt >= grace;
    })
    .sort((a, b) => a.number - b.number);
  if (idle.length === 0) return [];
  const callable = callableServicesAt(hall.config, now);
  const windowByZone = new Map<string, number>();
  for (const t of state.tickets.values()) {
    if (!isQueued(t) || now - waitingSince(t, hall.config.policy) < grace || !callable(t.serviceId)) continue;
    const zoneId = hall.services.get(t.serviceId)?.zoneId;
    if (zoneId === undefined) continue;
    const w = idle.find((c) => windowMayCall(c, t));
    if (w === undefined) continue;
    const known = windowByZone.get(zoneId);
    if (known === undefined || w.number < known) windowByZone.set(zoneId, w.number);
  }
  return [...windowByZone].map(([zoneId, window]) =>
    condition('zone-queue-comprehensive-idle', zoneId, { zoneId, window }),
  );
}

function pausedTooLong({ hall, state, now }: AlertInputs): AlertCondition[] {
  const limit = hall.config.policy.alerts.pauseMaxMinutes * MINUTE;
  const out: AlertCondition[] = [];
  for (const w of hall.config.windows) {
    const s = state.windows.get(w.number);
    if (s?.state !== 'paused' || now - s.changedAt <= limit) continue;
    out.push(
      condition('window-paused-too-long', w.number, {
        window: w.number,
        ...(w.zoneId !== undefined ? { zoneId: w.zoneId } : {}),
      }),
    );
  }
  return out;
}

/** What is wrong with a printer, or null when it prints and has paper. */
export function printerProblemOf(status: PrinterStatus): string | null {
  if (status.condition !== 'ready') return status.condition;
  return status.paperNearEnd ? 'paper-near-end' : null;
}

/** One alert per printer and problem: paper running low and then running out are two things to act on. */
function printerProblems({ devices }: AlertInputs): AlertCondition[] {
  const out: AlertCondition[] = [];
  for (const d of devices) {
    if (d.role !== 'kiosk' || d.revokedAt !== null || d.printer === null) continue;
    const problem = printerProblemOf(d.printer.status);
    if (problem === null) continue;
    out.push(
      condition('printer-problem', `${d.id}:${problem}`, { deviceId: d.id, deviceName: d.name, condition: problem }),
    );
  }
  return out;
}

/**
 * Kiosks and displays without a socket for longer than the policy allows. A device the hub has never heard from
 * (registered, not yet installed) is not missed.
 */
function devicesOffline({ hall, devices, now }: AlertInputs): AlertCondition[] {
  const limit = hall.config.policy.alerts.deviceOfflineMinutes * MINUTE;
  const out: AlertCondition[] = [];
  for (const d of devices) {
    if ((d.role !== 'kiosk' && d.role !== 'display') || d.revokedAt !== null || d.online) continue;
    if (d.offlineSince === null || now - d.offlineSince <= limit) continue;
    out.push(condition('device-offline', d.id, { deviceId: d.id, deviceName: d.name }));
  }
  return out;
}

function followUpsOverdue({ hall, openFollowUps, now }: AlertInputs): AlertCondition[] {
  const limit = hall.config.policy.alerts.followUpOpenHours * HOUR;
  return openFollowUps
    .filter((f) => now - f.createdAt > limit)
    .map((f) =>
      condition('follow-up-overdue', f.id, { followUpId: f.id, ticketNumber: f.ticketNumber, window: f.window }),
    );
}
