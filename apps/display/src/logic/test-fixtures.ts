import type { HallConfig, HallEventMessage, HallSnapshot, PublicTicket, WindowState } from '@hall/protocol';

const names = (zh: string, en = zh) => ({ 'zh-Hans': zh, 'zh-Hant': zh, en });

/** A small hall: two zones, three services, zone windows 1–3, a comprehensive 28 and the elderly help 43. */
export const HALL: HallConfig = {
  hallName: names('测试大厅', 'Test hall'),
  timeZone: 'Asia/Shanghai',
  holidays: { closed: [], workdays: [] },
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
      zoneId: 'medical-insurance',
      avgServiceMinutes: 5,
      materials: [],
      delayService: true,
    },
    {
      id: 'pension',
      names: names('养老'),
      prefix: 'B',
      zoneId: 'social-security',
      avgServiceMinutes: 5,
      materials: [],
      delayService: false,
    },
    {
      id: 'card',
      names: names('社保卡'),
      prefix: 'B',
      zoneId: 'social-security',
      avgServiceMinutes: 5,
      materials: [],
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
  policy: {
    elderly: { rule: 'ratio', normalPerElderly: 2 },
    recall: { max: 3, cooldownSeconds: 15 },
    noShowMinRecalls: 1,
    bookingEarlyMinutes: 10,
    bookingCheckInEarlyMinutes: 30,
    bookingHorizonDays: 14,
    closingGraceMinutes: 30,
    ratingTimeoutSeconds: 60,
    estimateSampleSize: 10,
  },
};

export const DAY = '2026-11-25';

export function pt(p: Partial<PublicTicket> & { number: string }): PublicTicket {
  return {
    id: `${DAY}/${p.number}`,
    serviceId: 'med',
    lane: 'normal',
    state: 'waiting',
    queueSeq: 1,
    targetWindow: null,
    window: null,
    calledAt: null,
    recalls: 0,
    ...p,
  };
}

export function win(p: Partial<WindowState> & { number: number }): WindowState {
  return {
    state: 'open',
    clerkId: 'c1',
    clerkName: '王晓明',
    pauseReason: null,
    currentTicketId: null,
    normalStreak: 0,
    ratingTicketId: null,
    ratingDeadline: null,
    changedAt: 0,
    version: 1,
    ...p,
  };
}

export function snapshot(p: Partial<HallSnapshot> = {}): HallSnapshot {
  return {
    protocolVersion: 1,
    lastEventId: 10,
    businessDay: DAY,
    serverTime: 1_000_000,
    windows: [win({ number: 1 }), win({ number: 43, state: 'closed', clerkId: null, clerkName: null })],
    tickets: [],
    stats: { eventId: 10, businessDay: DAY, services: [] },
    ...p,
  };
}

export function ev(id: number, type: HallEventMessage['type'], p: Partial<HallEventMessage> = {}): HallEventMessage {
  return { id, type, at: 1_000_000 + id * 1_000, businessDay: DAY, ...p };
}
