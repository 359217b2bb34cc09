import type { WindowLive, ZoneLive } from '@hall/protocol';
import { queueStatsOf } from '../estimate.ts';
import type { HallIndex } from '../hall-index.ts';
import type { HallState } from '../state.ts';
import { isIdle } from './alert-conditions.ts';
import { isQueued, minutesWaited } from './waiting-since.ts';

const HOUR = 3600_000;

interface ZoneTally {
  waiting: number;
  longest: number | null;
  servedLastHour: number;
}

/**
 * The live board's zones: who waits for the zone's services and how long the longest has waited, the zone's own
 * windows (their `zoneId`; comprehensive windows belong to no zone and show in the window list), services
 * finished in the last 60 minutes (`done` only), and the wait a ticket taken now in the zone's busiest service
 * (most waiting; on a tie the longer wait) would be told, from the same figures the kiosks show (`queueStatsOf`).
 */
export function liveZonesOf(hall: HallIndex, state: HallState, now: number): ZoneLive[] {
  const policy = hall.config.policy;
  const tally = new Map<string, ZoneTally>(
    hall.config.zones.map((z) => [z.id, { waiting: 0, longest: null, servedLastHour: 0 }]),
  );
  for (const t of state.tickets.values()) {
    const zone = tally.get(hall.services.get(t.serviceId)?.zoneId ?? '');
    if (!zone) continue;
    if (isQueued(t)) {
      zone.waiting++;
      zone.longest = Math.max(zone.longest ?? 0, minutesWaited(t, policy, now));
    } else if (t.state === 'done' && t.finishedAt !== null && t.finishedAt > now - HOUR && t.finishedAt <= now) {
      zone.servedLastHour++;
    }
  }
  const stats = queueStatsOf(hall, state, now);
  return hall.config.zones.map((z) => {
    const zone = tally.get(z.id) ?? { waiting: 0, longest: null, servedLastHour: 0 };
    const windows = hall.config.windows
      .filter((w) => w.zoneId === z.id)
      .map((w) => state.windows.get(w.number))
      .filter((w) => w !== undefined);
    const busiest = stats
      .filter((s) => hall.services.get(s.serviceId)?.zoneId === z.id)
      .sort((a, b) => b.waiting - a.waiting || b.estimatedWaitMinutes - a.estimatedWaitMinutes)[0];
    return {
      zoneId: z.id,
      waiting: zone.waiting,
      longestWaitMinutes: zone.longest,
      windowsOpen: windows.filter((w) => w.state === 'open').length,
      windowsPaused: windows.filter((w) => w.state === 'paused').length,
      windowsIdle: windows.filter((w) => isIdle(w)).length,
      servedLastHour: zone.servedLastHour,
      estimatedWaitMinutes: busiest?.estimatedWaitMinutes ?? 0,
    };
  });
}

/** Every configured window by number: its state since it last changed (`changedAt`), its clerk. */
export function liveWindowsOf(hall: HallIndex, state: HallState): WindowLive[] {
  return [...hall.config.windows]
    .sort((a, b) => a.number - b.number)
    .map((w) => state.windows.get(w.number))
    .filter((w) => w !== undefined)
    .map((w) => ({
      number: w.number,
      state: w.state,
      busy: w.currentTicketId !== null,
      since: w.changedAt,
      clerkName: w.clerkName,
      pauseReason: w.pauseReason,
    }));
}
