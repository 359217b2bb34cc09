import type { TicketPrintJob } from '@hall/protocol';

/** A valid print job for the main-process tests (Chinese text, no personal data). */
export const SAMPLE_JOB: TicketPrintJob = {
  locale: 'zh-Hans',
  hallName: '某某区政务服务中心',
  number: 'A012',
  serviceName: '城乡居民医保参保登记',
  zoneName: '医保专区',
  waitAt: '医保专区 · 1、2号窗口',
  laneLabel: null,
  peopleAhead: 3,
  estimatedWaitMinutes: 12,
  waitLow: 5,
  waitHigh: 20,
  issuedAt: '2026-11-24 09:31',
  statusUrl: 'http://hub.hall.lan:8080/t/abc',
  footer: ['请留意叫号'],
};
