import { describe, expect, it } from 'vitest';
import { waitRangeOf } from '@hall/queue-core';
import { statsByService, waitShown, zoneWaits } from './zone-wait.ts';

const tr = (s: string) => ({ 'zh-Hans': s, 'zh-Hant': s, en: s });
const hall = {
  zones: [
    { id: 'tax', names: tr('税务') },
    { id: 'police', names: tr('公安') },
    { id: 'empty', names: tr('空') },
  ],
  services: [
    {
      id: 'invoice',
      names: tr('发票'),
      prefix: 'B',
      numberDigits: 3 as const,
      zoneId: 'tax',
      avgServiceMinutes: 5,
      targetWaitMinutes: 30,
      materials: [],
      printMaterials: false,
      delayService: false,
    },
    {
      id: 'resale',
      names: tr('房'),
      prefix: 'B',
      numberDigits: 3 as const,
      zoneId: 'tax',
      avgServiceMinutes: 5,
      targetWaitMinutes: 30,
      materials: [],
      printMaterials: false,
      delayService: false,
    },
    {
      id: 'id-card',
      names: tr('身份证'),
      prefix: 'C',
      numberDigits: 3 as const,
      zoneId: 'police',
      avgServiceMinutes: 5,
      targetWaitMinutes: 30,
      materials: [],
      printMaterials: false,
      delayService: false,
    },
    {
      id: 'unseen',
      names: tr('x'),
      prefix: 'D',
      numberDigits: 3 as const,
      zoneId: 'empty',
      avgServiceMinutes: 5,
      targetWaitMinutes: 30,
      materials: [],
      printMaterials: false,
      delayService: false,
    },
  ],
};
const s = (serviceId: string, waiting: number, estimatedWaitMinutes: number, openWindows = 1) => ({
  serviceId,
  waiting,
  waitingElderly: 0,
  openWindows,
  estimatedWaitMinutes,
  open: true,
  opensAt: null,
  closesAt: null,
  callable: true,
});

describe('zone waits', () => {
  it('sums the people waiting and takes the longest wait of the zone', () => {
    const stats = statsByService([s('invoice', 3, 12, 2), s('resale', 4, 30, 1), s('id-card', 0, 0, 0)]);
    const waits = zoneWaits(hall, stats);
    expect(waits.get('tax')).toEqual({ waiting: 7, estimatedWaitMinutes: 30, openWindows: 2 });
    expect(waits.get('police')).toEqual({ waiting: 0, estimatedWaitMinutes: 0, openWindows: 0 });
  });

  it('says nothing for a zone without figures yet', () => {
    expect(zoneWaits(hall, {}).get('empty')).toBeUndefined();
    expect(zoneWaits(hall, statsByService([s('invoice', 1, 5)])).get('tax')).toEqual({
      waiting: 1,
      estimatedWaitMinutes: 5,
      openWindows: 1,
    });
  });
});

describe('zone waits from the forecast (the wait the next ticket prints)', () => {
  const forecast = (minutes: number) => ({ minutes, ...waitRangeOf(minutes) });
  const withWait = (serviceId: string, waiting: number, simple: number, minutes: number) => ({
    ...s(serviceId, waiting, simple),
    wait: forecast(minutes),
  });

  it('takes the forecast of the zone service with the longest, not the longest simple figure', () => {
    // The simple figure says resale is longer; the forecast says invoice: the tile follows the forecast.
    const stats = statsByService([withWait('invoice', 3, 10, 34), withWait('resale', 4, 30, 12)]);
    expect(zoneWaits(hall, stats).get('tax')?.wait).toEqual({ minutes: 34, low: 25, high: 45 });
  });

  it('shows the range the ticket prints, "soon" for a short one, the simple figure from an older hub', () => {
    expect(waitShown({ estimatedWaitMinutes: 9, wait: forecast(34) })).toEqual({ kind: 'range', low: 25, high: 45 });
    expect(waitShown({ estimatedWaitMinutes: 9, wait: forecast(2) })).toEqual({ kind: 'soon' });
    expect(waitShown({ estimatedWaitMinutes: 9 })).toEqual({ kind: 'minutes', minutes: 9 });
    expect(waitShown(zoneWaits(hall, statsByService([s('invoice', 1, 5)])).get('tax') ?? s('x', 0, 0))).toEqual({
      kind: 'minutes',
      minutes: 5,
    });
  });
});
