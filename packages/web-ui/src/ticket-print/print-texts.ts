import type { Lane, Locale } from '@hall/protocol';
import { defineMessages } from '../i18n/catalog.ts';
import { createTranslator } from '../i18n/translator.ts';

/**
 * Text that goes on the paper ticket, whoever prints it (a kiosk, the guidance desk), and where to wait on
 * the kiosk's result screen too.
 */
export const printTexts = createTranslator(
  defineMessages(
    {
      /** The lane line on the ticket; the normal lane prints none. */
      'lane.elderly': '老年人优先',
      'lane.booking': '预约取号',
      'lane.priority': '优先',
      /** "预约取号 · 预约时段 18:00–18:30": the lane line of a booking ticket carries its slot. */
      bookedSlot: '预约时段 {slot}',
      'footer.watch': '请留意叫号屏和语音叫号',
      'footer.missed': '过号请到服务台',
      /** "医保专区": a zone as a place to wait. */
      zoneArea: '{zone}专区',
      /** "1、2号窗口", "38–42号窗口"; `count` picks English's singular (see windowListText). */
      windowList: '{count, plural, other {{windows}号窗口}}',
      windowSeparator: '、',
      /** Where to wait when a service's windows stand outside any one zone. */
      'area.comprehensive': '综合受理区',
      'area.integrated': '一件事一次办专区',
      'area.cross-province': '跨省通办专区',
      'area.elderly-help': '老年人帮办专区',
      'area.complaints': '办不成事反映专区',
    },
    {
      'zh-Hant': {
        'lane.elderly': '長者優先',
        'lane.booking': '預約取號',
        'lane.priority': '優先',
        bookedSlot: '預約時段 {slot}',
        'footer.watch': '請留意叫號屏和語音叫號',
        'footer.missed': '過號請到服務台',
        zoneArea: '{zone}專區',
        windowList: '{count, plural, other {{windows}號窗口}}',
        windowSeparator: '、',
        'area.comprehensive': '綜合受理區',
        'area.integrated': '一件事一次辦專區',
        'area.cross-province': '跨省通辦專區',
        'area.elderly-help': '長者幫辦專區',
        'area.complaints': '辦不成事反映專區',
      },
      en: {
        'lane.elderly': 'Senior priority',
        'lane.booking': 'Booked appointment',
        'lane.priority': 'Priority',
        bookedSlot: 'booked for {slot}',
        'footer.watch': 'Please watch the screens and listen for your number',
        'footer.missed': 'Missed your call? Please ask at the service desk',
        zoneArea: '{zone} area',
        windowList: '{count, plural, one {window {windows}} other {windows {windows}}}',
        windowSeparator: ', ',
        'area.comprehensive': 'General service area',
        'area.integrated': 'One-stop bundle area',
        'area.cross-province': 'Cross-province area',
        'area.elderly-help': 'Senior help area',
        'area.complaints': 'Unresolved matters desk',
      },
    },
  ),
);

/** The lane line on the ticket and the result screen; the normal lane has none. */
export function laneLabel(locale: Locale, lane: Lane): string | null {
  return lane === 'normal' ? null : printTexts(locale, `lane.${lane}`);
}

/** "1、2号窗口", "38–42号窗口", "window 5", "windows 1–3, 5": window numbers and runs of them. */
export function windowListText(locale: Locale, numbers: readonly string[]): string {
  // One window is singular in English; a run ("38–42") is several.
  const count = numbers.length === 1 && !numbers[0]?.includes('–') ? 1 : Math.max(2, numbers.length);
  return printTexts(locale, 'windowList', { count, windows: numbers.join(printTexts(locale, 'windowSeparator')) });
}
