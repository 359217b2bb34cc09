import { describe, expect, it } from 'vitest';
import type { ServiceQueueStats } from '@hall/protocol';
import { closedForIssue, serviceGate, zoneGate } from './opening.ts';
import { statsByService } from './zone-wait.ts';

const NINE_TOMORROW = Date.UTC(2026, 10, 26, 1, 0);
const FIVE_PM = Date.UTC(2026, 10, 25, 9, 0);

const figures = (serviceId: string, opensAt: number | null | 'open'): ServiceQueueStats => ({
  serviceId,
  waiting: 0,
  waitingElderly: 0,
  openWindows: 1,
  estimatedWaitMinutes: 0,
  open: opensAt === 'open',
  opensAt: opensAt === 'open' ? null : opensAt,
  closesAt: opensAt === 'open' ? Date.UTC(2026, 10, 25, 12, 0) : null,
  callable: opensAt === 'open',
});

const tr = (s: string) => ({ 'zh-Hans': s, 'zh-Hant': s, en: s });
const service = (id: string, zoneId: string) => ({
  id,
  names: tr(id),
  prefix: 'A',
  numberDigits: 3 as const,
  zoneId,
  avgServiceMinutes: 5,
  targetWaitMinutes: 30,
  materials: [],
  printMaterials: false,
  delayService: false,
});
const hall = {
  services: [service('invoice', 'tax'), service('resale', 'tax'), service('id-card', 'police'), service('x', 'new')],
};

describe('the closed-service gate', () => {
  it('closes a service only when the hub says so, and says when it opens', () => {
    expect(serviceGate(figures('invoice', 'open'))).toEqual({ open: true });
    expect(serviceGate(figures('invoice', NINE_TOMORROW))).toEqual({ open: false, opensAt: NINE_TOMORROW });
    expect(serviceGate(figures('invoice', null))).toEqual({ open: false, opensAt: null });
    // No figures yet (just connected): the hub decides, the kiosk does not block.
    expect(serviceGate(undefined)).toEqual({ open: true });
  });

  it('keeps the kiosk from asking for a normal or elderly number of a closed service, not a booking check-in', () => {
    const closed = figures('invoice', NINE_TOMORROW);
    expect(closedForIssue('normal', closed)).toBe(true);
    expect(closedForIssue('elderly', closed)).toBe(true);
    expect(closedForIssue('booking', closed)).toBe(false);
    expect(closedForIssue('normal', figures('invoice', 'open'))).toBe(false);
    expect(closedForIssue('normal', undefined)).toBe(false);
  });

  it('closes a zone when every service of it is closed, opening with the first', () => {
    const someOpen = statsByService([figures('invoice', 'open'), figures('resale', NINE_TOMORROW)]);
    expect(zoneGate(hall, someOpen, 'tax')).toEqual({ open: true });
    const allClosed = statsByService([figures('invoice', NINE_TOMORROW), figures('resale', FIVE_PM)]);
    expect(zoneGate(hall, allClosed, 'tax')).toEqual({ open: false, opensAt: FIVE_PM });
    const noneSoon = statsByService([figures('id-card', null)]);
    expect(zoneGate(hall, noneSoon, 'police')).toEqual({ open: false, opensAt: null });
    // A service without figures counts as open, so the zone does too.
    expect(zoneGate(hall, statsByService([figures('invoice', FIVE_PM)]), 'tax')).toEqual({ open: true });
    expect(zoneGate(hall, {}, 'new')).toEqual({ open: true });
  });
});
