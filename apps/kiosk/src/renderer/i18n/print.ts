import type { Lane, WindowKind } from '@hall/protocol';
import type { Locale, Text } from './locale.ts';

/** Text that goes on the paper ticket. */

/** Lane line on the ticket; the normal lane prints none. */
export const laneLabels: Readonly<Record<Lane, Text | null>> = {
  normal: null,
  elderly: { 'zh-Hans': '老年人优先', 'zh-Hant': '長者優先', en: 'Senior priority' },
  booking: { 'zh-Hans': '预约取号', 'zh-Hant': '預約取號', en: 'Booked appointment' },
};

/** "预约取号 · 预约时段 18:00–18:30": the lane line of a booking ticket carries its slot. */
export const bookedSlot: Readonly<Record<Locale, (slot: string) => string>> = {
  'zh-Hans': (slot) => `预约时段 ${slot}`,
  'zh-Hant': (slot) => `預約時段 ${slot}`,
  en: (slot) => `booked for ${slot}`,
};

export const ticketFooter: Readonly<Record<Locale, readonly string[]>> = {
  'zh-Hans': ['请留意叫号屏和语音叫号', '过号请到服务台'],
  'zh-Hant': ['請留意叫號屏和語音叫號', '過號請到服務台'],
  en: ['Please watch the screens and listen for your number', 'Missed your call? Please ask at the service desk'],
};

/** "医保专区": a zone as a place to wait. */
export const zoneArea: Readonly<Record<Locale, (zone: string) => string>> = {
  'zh-Hans': (zone) => `${zone}专区`,
  'zh-Hant': (zone) => `${zone}專區`,
  en: (zone) => `${zone} area`,
};

/** "1、2号窗口", "38–42号窗口". */
export const windowList: Readonly<Record<Locale, (numbers: string[]) => string>> = {
  'zh-Hans': (n) => `${n.join('、')}号窗口`,
  'zh-Hant': (n) => `${n.join('、')}號窗口`,
  en: (n) => (n.length === 1 && !n[0]?.includes('–') ? `window ${n[0]}` : `windows ${n.join(', ')}`),
};

/** Where to wait when a service's windows stand outside any one zone. */
export const kindArea: Readonly<Record<Exclude<WindowKind, 'zone'>, Text>> = {
  comprehensive: { 'zh-Hans': '综合受理区', 'zh-Hant': '綜合受理區', en: 'General service area' },
  integrated: { 'zh-Hans': '一件事一次办专区', 'zh-Hant': '一件事一次辦專區', en: 'One-stop bundle area' },
  'cross-province': { 'zh-Hans': '跨省通办专区', 'zh-Hant': '跨省通辦專區', en: 'Cross-province area' },
  'elderly-help': { 'zh-Hans': '老年人帮办专区', 'zh-Hant': '長者幫辦專區', en: 'Senior help area' },
  complaints: { 'zh-Hans': '办不成事反映专区', 'zh-Hant': '辦不成事反映專區', en: 'Unresolved matters desk' },
};
