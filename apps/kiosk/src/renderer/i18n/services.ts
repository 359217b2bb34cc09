import { createTranslator, defineMessages } from '@hall/web-ui';

/** The services of a zone, with what to bring. */
export const servicesTexts = createTranslator(
  defineMessages(
    {
      chooseService: '请选择办理事项',
      materials: '一次性告知 · 请备齐以下材料',
      noMaterials: '无需准备材料，请直接取号',
      takeThis: '办理此事项',
    },
    {
      'zh-Hant': {
        chooseService: '請選擇辦理事項',
        materials: '一次性告知 · 請備齊以下材料',
        noMaterials: '無需準備材料，請直接取號',
        takeThis: '辦理此事項',
      },
      en: {
        chooseService: 'Choose the service',
        materials: 'What to bring (one-time notice)',
        noMaterials: 'Nothing to bring for this service',
        takeThis: 'Choose this service',
      },
    },
  ),
);
