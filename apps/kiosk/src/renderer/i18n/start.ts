import { createTranslator, defineMessages } from '@hall/web-ui';

/** The start screen. */
export const startTexts = createTranslator(
  defineMessages(
    {
      welcome: '欢迎使用自助取号',
      chooseZone: '请点选您要办理的业务区域',
      zonesLabel: '业务区域',
    },
    {
      'zh-Hant': {
        welcome: '歡迎使用自助取號',
        chooseZone: '請點選您要辦理的業務區域',
        zonesLabel: '業務區域',
      },
      en: {
        welcome: 'Welcome — take a queue number here',
        chooseZone: 'Tap the area of the service you need',
        zonesLabel: 'Service areas',
      },
    },
  ),
);
