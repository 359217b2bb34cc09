import type { Text } from './locale.ts';

export const startTexts = {
  welcome: { 'zh-Hans': '欢迎使用自助取号', 'zh-Hant': '歡迎使用自助取號', en: 'Welcome — take a queue number here' },
  chooseZone: {
    'zh-Hans': '请点选您要办理的业务区域',
    'zh-Hant': '請點選您要辦理的業務區域',
    en: 'Tap the area of the service you need',
  },
  zonesLabel: { 'zh-Hans': '业务区域', 'zh-Hant': '業務區域', en: 'Service areas' },
} satisfies Record<string, Text>;
