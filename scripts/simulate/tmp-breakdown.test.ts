import demoHall from '@hall/hub/demo-hall.json' with { type: 'json' };
import { hallConfigSchema } from '@hall/protocol';
import { it } from 'vitest';
import { estimateAccuracy, simulateDay } from './day-model.ts';
const config = hallConfigSchema.parse(demoHall);
it('breakdown', () => {
  for (const seed of [7, 14, 9, 11]) {
    const day = simulateDay(config, { arrivals: 700, seed, opensAt: Date.parse('2026-11-25T09:00:00+08:00'), businessDay: '2026-11-25' });
    const a = estimateAccuracy(day.records);
    const h11 = day.records.filter((r) => { const h = new Date(r.issuedAt + 8 * 3600_000).getUTCHours(); return h === 11 || h === 12; });
    const b = estimateAccuracy(h11);
    const bias = day.records.reduce((s, r) => s + r.waitMinutes - r.forecast.minutes, 0) / day.records.length;
    console.log(`seed ${seed}: mae ${a.meanAbsoluteError.toFixed(2)} wait ${a.meanWait.toFixed(1)} bias ${bias.toFixed(2)} | 11-13h mae ${b.meanAbsoluteError.toFixed(1)} wait ${b.meanWait.toFixed(1)}`);
  }
});
