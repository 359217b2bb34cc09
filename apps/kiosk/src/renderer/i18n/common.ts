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
      /** The forecast range of a ticket taken now, as its ticket prints it; a short one says "soon". */
      waitRange: '约 {low}–{high} 分钟',
      waitSoon: '即将叫号',
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
        waitRange: '約 {low}–{high} 分鐘',
        waitSoon: '即將叫號',
      },
      en: {
        back: 'Back',
        home: 'Start',
        largeType: 'Large text',
        languageLabel: 'Choose a language',
        noFigures: 'No figures yet',
        waiting: '{n, plural, one {# person} other {# people}} waiting',
        waitMinutes: '{m, plural, =0 {No wait} other {About # min}}',
        waitRange: 'About {low}–{high} min',
        waitSoon: 'Called soon',
      },
    },
  ),
);
