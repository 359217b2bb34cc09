import type { Text } from './locale.ts';

export const laneTexts = {
  title: { 'zh-Hans': '请选择取号方式', 'zh-Hant': '請選擇取號方式', en: 'How would you like to queue?' },
  normal: { 'zh-Hans': '普通取号', 'zh-Hant': '普通取號', en: 'Standard queue' },
  normalHint: { 'zh-Hans': '按顺序排队办理', 'zh-Hant': '按順序排隊辦理', en: 'Wait for your turn' },
  elderly: { 'zh-Hans': '我是60岁以上老人', 'zh-Hant': '我是60歲以上長者', en: 'I am 60 or older' },
  elderlyHint: {
    'zh-Hans': '老年人优先办理，可到老年人帮办窗口',
    'zh-Hant': '長者優先辦理，可到長者幫辦窗口',
    en: 'Seniors are served with priority',
  },
  byId: { 'zh-Hans': '输入或刷身份证号码', 'zh-Hant': '輸入或刷身份證號碼', en: 'Enter or scan an ID card number' },
  byIdHint: {
    'zh-Hans': '仅用于核对年龄，不保存、不打印',
    'zh-Hant': '僅用於核對年齡，不保存、不列印',
    en: 'Only to check age; never kept or printed',
  },
  idPrompt: {
    'zh-Hans': '请输入18位居民身份证号码',
    'zh-Hant': '請輸入18位居民身份證號碼',
    en: 'Enter the 18-character resident ID number',
  },
  idField: { 'zh-Hans': '身份证号码', 'zh-Hant': '身份證號碼', en: 'ID number' },
  check: { 'zh-Hans': '确认', 'zh-Hant': '確認', en: 'Confirm' },
  clear: { 'zh-Hans': '清空', 'zh-Hant': '清空', en: 'Clear' },
  deleteOne: { 'zh-Hans': '删除', 'zh-Hant': '刪除', en: 'Delete' },
  invalidFormat: {
    'zh-Hans': '号码位数不对，请核对后重新输入',
    'zh-Hant': '號碼位數不對，請核對後重新輸入',
    en: 'That number does not have 18 characters. Please check it.',
  },
  invalidCheckDigit: {
    'zh-Hans': '号码校验未通过，请核对后重新输入',
    'zh-Hant': '號碼校驗未通過，請核對後重新輸入',
    en: 'That ID number is not valid. Please check it and try again.',
  },
  invalidBirthDate: {
    'zh-Hans': '号码中的出生日期有误，请核对',
    'zh-Hant': '號碼中的出生日期有誤，請核對',
    en: 'The birth date in that number is not valid. Please check it.',
  },
  underAge: {
    'zh-Hans': '您未满60周岁，已为您选择普通取号，感谢理解',
    'zh-Hant': '您未滿60週歲，已為您選擇普通取號，感謝理解',
    en: 'You are under 60, so we chose the standard queue for you. Thank you for understanding.',
  },
} satisfies Record<string, Text>;
