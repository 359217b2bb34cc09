import { createTranslator, defineMessages } from '@hall/web-ui';

/** The result screen: the number, figures, where to wait, the status QR. */
export const resultTexts = createTranslator(
  defineMessages(
    {
      yourNumber: '您的号码',
      peopleAheadLabel: '前面等候',
      waitLabel: '预计等候',
      waitAtLabel: '请到',
      takeTicket: '请取走号票，留意叫号屏和语音叫号',
      printFailed: '号票打印失败，但您的号码已生效。请拍照记下号码，或请工作人员协助。',
      scanHint: '手机扫码查看排队进度',
      qrLabel: '排队进度二维码',
      previewLabel: '号票预览',
      done: '完成',
      people: '{n} 人',
      minutes: '{m, plural, =0 {即将叫号} other {约 # 分钟}}',
      waitRange: '约 {low}–{high} 分钟',
      waitSoon: '即将叫号',
    },
    {
      'zh-Hant': {
        yourNumber: '您的號碼',
        peopleAheadLabel: '前面等候',
        waitLabel: '預計等候',
        waitAtLabel: '請到',
        takeTicket: '請取走號票，留意叫號屏和語音叫號',
        printFailed: '號票列印失敗，但您的號碼已生效。請拍照記下號碼，或請工作人員協助。',
        scanHint: '手機掃碼查看排隊進度',
        qrLabel: '排隊進度二維碼',
        previewLabel: '號票預覽',
        done: '完成',
        people: '{n} 人',
        minutes: '{m, plural, =0 {即將叫號} other {約 # 分鐘}}',
        waitRange: '約 {low}–{high} 分鐘',
        waitSoon: '即將叫號',
      },
      en: {
        yourNumber: 'Your number',
        peopleAheadLabel: 'Ahead of you',
        waitLabel: 'Estimated wait',
        waitAtLabel: 'Please wait at',
        takeTicket: 'Please take your ticket and watch the screens for your number',
        printFailed:
          'The ticket could not be printed, but your number is valid. Please take a photo of it or ask a member of staff.',
        scanHint: 'Scan to follow your place in the queue',
        qrLabel: 'QR code for your queue status',
        previewLabel: 'Ticket preview',
        done: 'Done',
        people: '{n, plural, one {# person} other {# people}}',
        minutes: '{m, plural, =0 {You are next} other {About # min}}',
        waitRange: 'About {low}–{high} min',
        waitSoon: 'You are next',
      },
    },
  ),
);
