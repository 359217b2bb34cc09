import type { Phrase, Text } from './locale.ts';

/** The booking check-in from the start screen. */
export const bookingTexts = {
  entry: { 'zh-Hans': '预约签到', 'zh-Hant': '預約簽到', en: 'Check in a booking' },
  entryHint: {
    'zh-Hans': '已预约的群众，请输入或扫描预约码',
    'zh-Hant': '已預約的民眾，請輸入或掃描預約碼',
    en: 'Booked online or by phone? Enter or scan your booking code',
  },
  title: { 'zh-Hans': '预约签到', 'zh-Hant': '預約簽到', en: 'Check in your booking' },
  prompt: {
    'zh-Hans': '请输入预约码，或将预约二维码对准扫码口',
    'zh-Hant': '請輸入預約碼，或將預約二維碼對準掃碼口',
    en: 'Type your booking code, or hold its QR code to the scanner',
  },
  field: { 'zh-Hans': '预约码', 'zh-Hant': '預約碼', en: 'Booking code' },
  find: { 'zh-Hans': '查询预约', 'zh-Hant': '查詢預約', en: 'Find my booking' },
  finding: { 'zh-Hans': '正在查询预约，请稍候…', 'zh-Hant': '正在查詢預約，請稍候…', en: 'Looking up your booking…' },
  tooShort: {
    'zh-Hans': '预约码至少4位，请核对',
    'zh-Hant': '預約碼至少4位，請核對',
    en: 'A booking code has at least 4 characters',
  },
  service: { 'zh-Hans': '办理事项', 'zh-Hant': '辦理事項', en: 'Service' },
  slot: { 'zh-Hans': '预约时段', 'zh-Hant': '預約時段', en: 'Booked time' },
  name: { 'zh-Hans': '预约人', 'zh-Hant': '預約人', en: 'Booked by' },
  code: { 'zh-Hans': '预约码', 'zh-Hant': '預約碼', en: 'Booking code' },
  used: {
    'zh-Hans': '该预约已签到取号，无需重复签到。如未拿到号票，请到服务台咨询。',
    'zh-Hant': '該預約已簽到取號，無需重複簽到。如未拿到號票，請到服務台諮詢。',
    en: 'This booking has already been checked in. If you have no ticket, please ask at the service desk.',
  },
  cancelled: {
    'zh-Hans': '该预约已取消，不能签到。您可以普通取号，或到服务台咨询。',
    'zh-Hant': '該預約已取消，不能簽到。您可以普通取號，或到服務台諮詢。',
    en: 'This booking was cancelled, so it cannot be checked in. You can take a normal ticket or ask at the service desk.',
  },
  takeNormal: { 'zh-Hans': '普通取号', 'zh-Hant': '普通取號', en: 'Take a normal ticket' },
  another: { 'zh-Hans': '输入其他预约码', 'zh-Hant': '輸入其他預約碼', en: 'Enter another code' },
  unknown: {
    'zh-Hans': '没有找到该预约码，或预约不在今天。请核对预约码，或到服务台咨询。',
    'zh-Hant': '沒有找到該預約碼，或預約不在今天。請核對預約碼，或到服務台諮詢。',
    en: 'We could not find this booking code for today. Please check it or ask at the service desk.',
  },
  lookupFailed: {
    'zh-Hans': '暂时查询不到预约，请稍后重试或联系工作人员。',
    'zh-Hant': '暫時查詢不到預約，請稍後重試或聯絡工作人員。',
    en: 'Your booking cannot be looked up right now. Please try again or ask a member of staff.',
  },
} satisfies Record<string, Text>;

export const bookingPhrases = {
  /** Check-in opens `slotStart − margin`: "HH:MM". */
  tooEarly: {
    'zh-Hans': (t: string) => `还未到签到时间。请于 ${t} 起签到。`,
    'zh-Hant': (t: string) => `還未到簽到時間。請於 ${t} 起簽到。`,
    en: (t: string) => `Check-in opens at ${t}. Please come back then.`,
  },
  missed: {
    'zh-Hans': (t: string) => `您的预约时段已于 ${t} 结束，预约已失效。您可以普通取号办理。`,
    'zh-Hant': (t: string) => `您的預約時段已於 ${t} 結束，預約已失效。您可以普通取號辦理。`,
    en: (t: string) => `Your booked time ended at ${t}. You can take a normal ticket instead.`,
  },
} satisfies Record<string, Phrase<[string]>>;
