import { createTranslator, defineMessages } from '@hall/web-ui';

/** Texts on every screen: navigation, languages, large type, queue figures. */
export const commonTexts = createTranslator(
  defineMessages(
    {
      back: '返回',
      home: '首页',
      /** A toggle's name stays put; aria-pressed says whether it is on (its visible text is its whole name: WCAG 2.5.3). */
      largeType: '大字模式',
      languageLabel: '选择语言',
      noFigures: '暂无等候信息',
      waiting: '{n} 人等候',
      waitMinutes: '{m, plural, =0 {无需等候} other {约 # 分钟}}',
    },
    {
      'zh-Hant': {
        back: '返回',
        home: '首頁',
        largeType: '大字模式',
        languageLabel: '選擇語言',
        noFigures: '暫無等候資訊',
        waiting: '{n} 人等候',
        waitMinutes: '{m, plural, =0 {無需等候} other {約 # 分鐘}}',
      },
      en: {
        back: 'Back',
        home: 'Start',
        largeType: 'Large text',
        languageLabel: 'Choose a language',
        noFigures: 'No figures yet',
        waiting: '{n, plural, one {# person} other {# people}} waiting',
        waitMinutes: '{m, plural, =0 {No wait} other {About # min}}',
      },
    },
  ),
);
