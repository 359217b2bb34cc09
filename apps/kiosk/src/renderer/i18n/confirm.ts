import type { Text } from './locale.ts';

export const confirmTexts = {
  title: { 'zh-Hans': '请确认取号信息', 'zh-Hant': '請確認取號資訊', en: 'Please check and take your number' },
  service: { 'zh-Hans': '办理事项', 'zh-Hant': '辦理事項', en: 'Service' },
  zone: { 'zh-Hans': '业务区域', 'zh-Hant': '業務區域', en: 'Area' },
  lane: { 'zh-Hans': '取号方式', 'zh-Hant': '取號方式', en: 'Queue' },
  normalLane: { 'zh-Hans': '普通', 'zh-Hant': '普通', en: 'Standard' },
  bookingCode: { 'zh-Hans': '预约码', 'zh-Hant': '預約碼', en: 'Booking code' },
  waitNow: { 'zh-Hans': '当前等候', 'zh-Hant': '目前等候', en: 'Waiting now' },
  take: { 'zh-Hans': '确认取号', 'zh-Hant': '確認取號', en: 'Take a number' },
  checking: { 'zh-Hans': '正在检查打印机…', 'zh-Hant': '正在檢查印表機…', en: 'Checking the printer…' },
  issuing: { 'zh-Hans': '正在取号，请稍候…', 'zh-Hant': '正在取號，請稍候…', en: 'Taking your number…' },
  printing: { 'zh-Hans': '正在打印号票…', 'zh-Hant': '正在列印號票…', en: 'Printing your ticket…' },
  notTaken: {
    'zh-Hans': '尚未为您取号。系统恢复后将自动为您取号，请稍候。',
    'zh-Hant': '尚未為您取號。系統恢復後將自動為您取號，請稍候。',
    en: 'No number has been taken yet. We will take it for you as soon as this is fixed.',
  },
  tryAgain: { 'zh-Hans': '重试', 'zh-Hant': '重試', en: 'Try again' },
} satisfies Record<string, Text>;
