import { createTranslator, defineMessages } from '@hall/web-ui';

/** The confirm step: the choice in full, then "take a number". */
export const confirmTexts = createTranslator(
  defineMessages(
    {
      title: '请确认取号信息',
      service: '办理事项',
      zone: '业务区域',
      lane: '取号方式',
      normalLane: '普通',
      bookingCode: '预约码',
      waitNow: '当前等候',
      take: '确认取号',
      checking: '正在检查打印机…',
      issuing: '正在取号，请稍候…',
      printing: '正在打印号票…',
      notTaken: '尚未为您取号。系统恢复后将自动为您取号，请稍候。',
      tryAgain: '重试',
    },
    {
      'zh-Hant': {
        title: '請確認取號資訊',
        service: '辦理事項',
        zone: '業務區域',
        lane: '取號方式',
        normalLane: '普通',
        bookingCode: '預約碼',
        waitNow: '目前等候',
        take: '確認取號',
        checking: '正在檢查印表機…',
        issuing: '正在取號，請稍候…',
        printing: '正在列印號票…',
        notTaken: '尚未為您取號。系統恢復後將自動為您取號，請稍候。',
        tryAgain: '重試',
      },
      en: {
        title: 'Please check and take your number',
        service: 'Service',
        zone: 'Area',
        lane: 'Queue',
        normalLane: 'Standard',
        bookingCode: 'Booking code',
        waitNow: 'Waiting now',
        take: 'Take a number',
        checking: 'Checking the printer…',
        issuing: 'Taking your number…',
        printing: 'Printing your ticket…',
        notTaken: 'No number has been taken yet. We will take it for you as soon as this is fixed.',
        tryAgain: 'Try again',
      },
    },
  ),
);
