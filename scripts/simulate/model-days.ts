/**
 * What `pnpm simulate` prints by default: the demo hall's served day and overloaded day played through the queue
 * engine (`day-model.ts`), their waits, and how far the wait printed on each ticket was from the real one.
 */
import type { HallConfig } from '@hall/protocol';
import { estimateAccuracy, estimateLine, simulateDay, type DayResult } from './day-model.ts';

/** Wednesday 2026-11-25, 09:00 in Asia/Shanghai. */
const OPENS_AT = Date.parse('2026-11-25T09:00:00+08:00');
const DAY = '2026-11-25';
/** Arrivals of a day the demo hall's 43 staffed windows serve at their configured service times. */
export const SERVED_DAY_ARRIVALS = 700;
/** Arrivals of a peak day past what they can serve in the opening hours. */
export const OVERLOADED_DAY_ARRIVALS = 1200;

const hhmm = (t: number) => new Date(t + 8 * 3600_000).toISOString().slice(11, 16);

function describe(label: string, day: DayResult, seconds: number, cpuSeconds: number): string[] {
  const { withinRange } = estimateAccuracy(day.records);
  const waits = day.records.map((r) => r.waitMinutes).sort((a, b) => a - b);
  const p90 = waits[Math.min(waits.length - 1, Math.ceil(0.9 * waits.length) - 1)] ?? 0;
  const refused = [...day.refusals].map(([code, n]) => `${code} ×${n}`).join(', ') || 'none';
  return [
    `${label}: ${day.arrivals} arrivals, ${day.issued} tickets, served ${day.served}, no-show ${day.noShows}, never called ${day.notCalled}; elderly ${day.elderly}, booking ${day.bookings}, transfers ${day.transfers}, lunch pauses ${day.lunchPauses}; last call ${hhmm(day.lastCallAt)}; refused: ${refused}`,
    `  wait from issue to first call: mean ${(waits.reduce((a, b) => a + b, 0) / Math.max(1, waits.length)).toFixed(1)} min, p90 ${p90.toFixed(1)} min; real wait within the printed range for ${Math.round(withinRange * 100)} % of tickets; simulated in ${seconds.toFixed(1)} s (${cpuSeconds.toFixed(1)} s of CPU)`,
    estimateLine(label, day.records),
  ];
}

export function printModelDays(config: HallConfig, seed: number, tickets: number | undefined): void {
  const staffed = config.windows.filter((w) => w.kind !== 'complaints').length;
  console.log(
    `hall day simulation through the queue engine: ${DAY} (Wednesday) 09:00–17:00 Asia/Shanghai, seed ${seed}, ${staffed} windows staffed, service times as configured (log-normal around each avgServiceMinutes)`,
  );
  const days: Array<[string, number]> =
    tickets === undefined
      ? [
          ['served day', SERVED_DAY_ARRIVALS],
          ['overloaded day', OVERLOADED_DAY_ARRIVALS],
        ]
      : [[`${tickets}-arrival day`, tickets]];
  for (const [label, arrivals] of days) {
    const started = performance.now();
    const cpu = process.cpuUsage();
    const day = simulateDay(config, { arrivals, seed, opensAt: OPENS_AT, businessDay: DAY });
    const seconds = (performance.now() - started) / 1000;
    // Wall time and CPU time both: on a machine shared with other work the wall time says more about the others.
    const { user, system } = process.cpuUsage(cpu);
    console.log(`\n${describe(label, day, seconds, (user + system) / 1e6).join('\n')}`);
  }
}
