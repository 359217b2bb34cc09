import type { TicketPrintJob } from '@hall/protocol';

/** The golden sample: 堃 (GB18030 88 D2) and 龘 in the text, 号 in the QR URL's path. */
export const sampleJob: TicketPrintJob = {
  locale: 'zh-Hans',
  hallName: '堃山区政务服务中心',
  number: 'A012',
  serviceName: '城乡居民医保参保登记（龘字测试）',
  zoneName: 'B区 医保社保专区',
  waitAt: '医保专区 · 1、2号窗口',
  laneLabel: '老年人优先',
  peopleAhead: 7,
  estimatedWaitMinutes: 15,
  waitLow: 10,
  waitHigh: 20,
  issuedAt: '2026-11-24 09:31',
  statusUrl: 'https://hall.example.cn/t/2026-11-24/A012号?k=7f3a',
  footer: ['请留意叫号屏幕和语音提示', '过号请到综合窗口重新排队'],
};

export const sampleJobEn: TicketPrintJob = {
  ...sampleJob,
  locale: 'en',
  hallName: 'Kunshan District Government Service Centre',
  serviceName: 'Resident medical insurance enrolment',
  zoneName: 'Zone B, medical & social insurance',
  waitAt: 'Medical insurance area, windows 1 and 2',
  laneLabel: null,
  peopleAhead: 1,
  footer: ['Please watch the display and listen for your number'],
};

/** A ticket of a 4-digit service (numberDigits 4), for its own golden file. */
export const sampleJob4Digits: TicketPrintJob = {
  ...sampleJob,
  number: 'A1023',
  statusUrl: 'https://hall.example.cn/t/2026-11-24/A1023号?k=7f3a',
};

/** A ticket of a service that prints its materials (一次性告知): 堃 in an item, and one item longer than a line. */
export const sampleJobMaterials: TicketPrintJob = {
  ...sampleJob,
  materials: [
    '居民身份证原件',
    '居民户口簿原件',
    '新生儿参保须提供出生医学证明（堃字测试），监护人居民身份证原件及复印件一份',
  ],
};
