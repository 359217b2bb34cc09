import { isWaitSoon, type Locale } from '@hall/protocol';

/**
 * The fixed words on a ticket, per UI language. The job brings the variable text already localised (hall,
 * service, zone names); these are the captions and sentences around it.
 */
export interface TicketLabels {
  service: string;
  zone: string;
  waitAt: string;
  issuedAt: string;
  scanHint: string;
  /** The heading over the materials to bring (一次性告知). */
  materials: string;
  peopleAhead(n: number): string;
  estimatedWait(minutes: number): string;
  /** The forecast range, "约 15–25 分钟"; a short one as "soon". */
  estimatedWaitRange(low: number, high: number): string;
  /** The mark of a reprinted slip (guidance desk), with the English word too so any attendant reads it. */
  reprint(copy: number, of: number): string;
}

export const TICKET_LABELS: Readonly<Record<Locale, TicketLabels>> = {
  'zh-Hans': {
    service: '办理业务：',
    zone: '所在区域：',
    waitAt: '等候位置：',
    issuedAt: '取号时间：',
    scanHint: '微信或手机扫码查看排队进度',
    materials: '请携带以下材料：',
    peopleAhead: (n) => `前面还有 ${n} 人`,
    estimatedWait: (m) => (m === 0 ? '即将叫号，请留意' : `预计等候 约 ${m} 分钟`),
    estimatedWaitRange: (low, high) => (isWaitSoon({ high }) ? '即将叫号，请留意' : `预计等候 约 ${low}–${high} 分钟`),
    reprint: (copy, of) => `补打 REPRINT ${copy}/${of}`,
  },
  'zh-Hant': {
    service: '辦理業務：',
    zone: '所在區域：',
    waitAt: '等候位置：',
    issuedAt: '取號時間：',
    scanHint: '微信或手機掃碼查看排隊進度',
    materials: '請攜帶以下材料：',
    peopleAhead: (n) => `前面還有 ${n} 人`,
    estimatedWait: (m) => (m === 0 ? '即將叫號，請留意' : `預計等候 約 ${m} 分鐘`),
    estimatedWaitRange: (low, high) => (isWaitSoon({ high }) ? '即將叫號，請留意' : `預計等候 約 ${low}–${high} 分鐘`),
    reprint: (copy, of) => `補打 REPRINT ${copy}/${of}`,
  },
  en: {
    service: 'Service: ',
    zone: 'Zone: ',
    waitAt: 'Wait at: ',
    issuedAt: 'Issued: ',
    scanHint: 'Scan to follow your place in the queue',
    materials: 'Please bring:',
    peopleAhead: (n) => (n === 1 ? '1 person ahead' : `${n} people ahead`),
    estimatedWait: (m) => (m === 0 ? 'You will be called soon' : `Estimated wait: about ${m} min`),
    estimatedWaitRange: (low, high) =>
      isWaitSoon({ high }) ? 'You will be called soon' : `Estimated wait: about ${low}–${high} min`,
    reprint: (copy, of) => `REPRINT ${copy}/${of}`,
  },
};

export function ticketLabels(locale: Locale): TicketLabels {
  return TICKET_LABELS[locale];
}
