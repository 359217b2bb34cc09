import { describe, expect, it } from 'vitest';
import { statsByService, zoneWaits } from './zone-wait.ts';

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
