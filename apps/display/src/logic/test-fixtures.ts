import {
  DEFAULT_QUEUE_POLICY,
  type HallConfig,
  type HallEventMessage,
  type HallSnapshot,
  type PublicTicket,
} from '@hall/protocol';
import { hallSnapshotOf, publicTicketOf, TEST_DAY, windowStateOf } from '@hall/protocol/testing';

const names = (zh: string, en = zh) => ({ 'zh-Hans': zh, 'zh-Hant': zh, en });

/** A small hall: two zones, three services, zone windows 1–3, a comprehensive 28 and the elderly help 43. */
export const HALL: HallConfig = {
  hallName: names('测试大厅', 'Test hall'),
  timeZone: 'Asia/Shanghai',
  holidays: { closed: [], workdays: [] },
  priorityGroups: [],
  booking: { slotMinutes: 30, capacity: 2 },
  zones: [
    { id: 'medical-insurance', names: names('医保', 'Medical Insurance') },
    { id: 'social-security', names: names('社保', 'Social Security') },
  ],
  services: [
    {
      id: 'med',
      names: names('医保登记'),
      prefix: 'A',
      numberDigits: 3 as const,
      zoneId: 'medical-insurance',
      avgServiceMinutes: 5,
      targetWaitMinutes: 30,
      materials: [],
      printMaterials: false,
      delayService: true,
    },
    {
      id: 'pension',
      names: names('养老'),
      prefix: 'B',
      numberDigits: 3 as const,
      zoneId: 'social-security',
      avgServiceMinutes: 5,
      targetWaitMinutes: 30,
      materials: [],
      printMaterials: false,
      delayService: false,
    },
    {
      id: 'card',
      names: names('社保卡'),
      prefix: 'B',
      numberDigits: 3 as const,
      zoneId: 'social-security',
      avgServiceMinutes: 5,
      targetWaitMinutes: 30,
      materials: [],
      printMaterials: false,
      delayService: true,
    },
  ],
  windows: [
    {
      number: 1,
      names: names('1号窗口 · 医保', 'Window 1 · Medical Insurance'),
      kind: 'zone',
      zoneId: 'medical-insurance',
      services: ['med'],
    },
    {
      number: 2,
      names: names('2号窗口 · 医保', 'Window 2 · Medical Insurance'),
      kind: 'zone',
      zoneId: 'medical-insurance',
      services: ['med'],
    },
    {
      number: 3,
      names: names('3号窗口 · 社保', 'Window 3 · Social Security'),
      kind: 'zone',
      zoneId: 'social-security',
      services: ['pension', 'card'],
    },
    {
      number: 28,
      names: names('28号窗口 · 综合受理', 'Window 28 · General Service'),
      kind: 'comprehensive',
      services: 'all',
    },
    {
      number: 43,
      names: names('43号窗口 · 老年人代办帮办', 'Window 43 · Help for Older People'),
      kind: 'elderly-help',
      services: 'all',
      lanes: ['elderly'],
    },
  ],
  policy: { ...DEFAULT_QUEUE_POLICY, bookingEarlyMinutes: 10 },
};

export const DAY = TEST_DAY;

export const pt = (p: Partial<PublicTicket> & { number: string }): PublicTicket => publicTicketOf(p, DAY);
export const win = windowStateOf;

/** A snapshot of `DAY` at event 10: window 1 open, the elderly help window 43 closed. */
export const snapshot = (p: Partial<HallSnapshot> = {}): HallSnapshot =>
  hallSnapshotOf({
    windows: [win({ number: 1 }), win({ number: 43, state: 'closed', clerkId: null, clerkName: null })],
    ...p,
  });

export function ev(id: number, type: HallEventMessage['type'], p: Partial<HallEventMessage> = {}): HallEventMessage {
  return { id, type, at: 1_000_000 + id * 1_000, businessDay: DAY, ...p };
}
