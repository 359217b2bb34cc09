import type { Phrase, Text } from './locale.ts';

export const resultTexts = {
  yourNumber: { 'zh-Hans': '您的号码', 'zh-Hant': '您的號碼', en: 'Your number' },
  peopleAheadLabel: { 'zh-Hans': '前面等候', 'zh-Hant': '前面等候', en: 'Ahead of you' },
  waitLabel: { 'zh-Hans': '预计等候', 'zh-Hant': '預計等候', en: 'Estimated wait' },
  waitAtLabel: { 'zh-Hans': '请到', 'zh-Hant': '請到', en: 'Please wait at' },
  takeTicket: {
    'zh-Hans': '请取走号票，留意叫号屏和语音叫号',
    'zh-Hant': '請取走號票，留意叫號屏和語音叫號',
    en: 'Please take your ticket and watch the screens for your number',
  },
  printFailed: {
    'zh-Hans': '号票打印失败，但您的号码已生效。请拍照记下号码，或请工作人员协助。',
    'zh-Hant': '號票列印失敗，但您的號碼已生效。請拍照記下號碼，或請工作人員協助。',
    en: 'The ticket could not be printed, but your number is valid. Please take a photo of it or ask a member of staff.',
  },
  scanHint: {
    'zh-Hans': '手机扫码查看排队进度',
    'zh-Hant': '手機掃碼查看排隊進度',
    en: 'Scan to follow your place in the queue',
  },
  qrLabel: { 'zh-Hans': '排队进度二维码', 'zh-Hant': '排隊進度二維碼', en: 'QR code for your queue status' },
  previewLabel: { 'zh-Hans': '号票预览', 'zh-Hant': '號票預覽', en: 'Ticket preview' },
  done: { 'zh-Hans': '完成', 'zh-Hant': '完成', en: 'Done' },
} satisfies Record<string, Text>;

export const resultPhrases = {
  people: {
    'zh-Hans': (n: number) => `${n} 人`,
    'zh-Hant': (n: number) => `${n} 人`,
    en: (n: number) => (n === 1 ? '1 person' : `${n} people`),
  },
  minutes: {
    'zh-Hans': (m: number) => (m === 0 ? '即将叫号' : `约 ${m} 分钟`),
    'zh-Hant': (m: number) => (m === 0 ? '即將叫號' : `約 ${m} 分鐘`),
    en: (m: number) => (m === 0 ? 'You are next' : `About ${m} min`),
  },
} satisfies Record<string, Phrase<[number]>>;
