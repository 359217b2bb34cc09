import type { Text } from './locale.ts';

export const servicesTexts = {
  chooseService: { 'zh-Hans': '请选择办理事项', 'zh-Hant': '請選擇辦理事項', en: 'Choose the service' },
  materials: {
    'zh-Hans': '一次性告知 · 请备齐以下材料',
    'zh-Hant': '一次性告知 · 請備齊以下材料',
    en: 'What to bring (one-time notice)',
  },
  noMaterials: {
    'zh-Hans': '无需准备材料，请直接取号',
    'zh-Hant': '無需準備材料，請直接取號',
    en: 'Nothing to bring for this service',
  },
  takeThis: { 'zh-Hans': '办理此事项', 'zh-Hant': '辦理此事項', en: 'Choose this service' },
} satisfies Record<string, Text>;
