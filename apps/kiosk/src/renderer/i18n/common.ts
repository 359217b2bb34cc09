import type { Phrase, Text } from './locale.ts';

export const common = {
  back: { 'zh-Hans': '返回', 'zh-Hant': '返回', en: 'Back' },
  home: { 'zh-Hans': '首页', 'zh-Hant': '首頁', en: 'Start' },
  /** A toggle's name stays put; aria-pressed says whether it is on (its visible text is its whole name: WCAG 2.5.3). */
  largeType: { 'zh-Hans': '大字模式', 'zh-Hant': '大字模式', en: 'Large text' },
  languageLabel: { 'zh-Hans': '选择语言', 'zh-Hant': '選擇語言', en: 'Choose a language' },
  noFigures: { 'zh-Hans': '暂无等候信息', 'zh-Hant': '暫無等候資訊', en: 'No figures yet' },
} satisfies Record<string, Text>;

export const figures = {
  waiting: {
    'zh-Hans': (n: number) => `${n} 人等候`,
    'zh-Hant': (n: number) => `${n} 人等候`,
    en: (n: number) => (n === 1 ? '1 person waiting' : `${n} people waiting`),
  },
  waitMinutes: {
    'zh-Hans': (m: number) => (m === 0 ? '无需等候' : `约 ${m} 分钟`),
    'zh-Hant': (m: number) => (m === 0 ? '無需等候' : `約 ${m} 分鐘`),
    en: (m: number) => (m === 0 ? 'No wait' : `About ${m} min`),
  },
} satisfies Record<string, Phrase<[number]>>;
