import { createTranslator, defineMessages } from '@hall/web-ui';

/** Why no number can be taken right now, said plainly; the loading screen. */
export const statusTexts = createTranslator(
  defineMessages(
    {
      'block.hub-offline': '暂时连接不上叫号系统，暂停取号。正在自动重连，如长时间未恢复请联系工作人员。',
      'block.printer-unknown': '打印机状态未知，暂停取号，请联系工作人员。',
      'block.printer-offline': '打印机未就绪（未连接），暂停取号，请联系工作人员。',
      'block.printer-cover-open': '打印机未就绪（机盖打开），暂停取号，请联系工作人员。',
      'block.printer-paper-end': '打印机未就绪（缺纸），暂停取号，请联系工作人员。',
      'block.printer-error': '打印机未就绪（故障），暂停取号，请联系工作人员。',
      connecting: '正在连接叫号系统，请稍候…',
      askStaff: '如长时间无响应，请联系工作人员',
      deviceRefused: '本机未获授权，暂停取号，请联系工作人员',
      versionMismatch: '本机软件版本与叫号系统不一致，暂停取号，请联系工作人员',
    },
    {
      'zh-Hant': {
        'block.hub-offline': '暫時連接不上叫號系統，暫停取號。正在自動重連，如長時間未恢復請聯絡工作人員。',
        'block.printer-unknown': '印表機狀態未知，暫停取號，請聯絡工作人員。',
        'block.printer-offline': '印表機未就緒（未連接），暫停取號，請聯絡工作人員。',
        'block.printer-cover-open': '印表機未就緒（機蓋打開），暫停取號，請聯絡工作人員。',
        'block.printer-paper-end': '印表機未就緒（缺紙），暫停取號，請聯絡工作人員。',
        'block.printer-error': '印表機未就緒（故障），暫停取號，請聯絡工作人員。',
        connecting: '正在連接叫號系統，請稍候…',
        askStaff: '如長時間無回應，請聯絡工作人員',
        deviceRefused: '本機未獲授權，暫停取號，請聯絡工作人員',
        versionMismatch: '本機軟體版本與叫號系統不一致，暫停取號，請聯絡工作人員',
      },
      en: {
        'block.hub-offline':
          'The queue system cannot be reached, so no numbers can be taken. Reconnecting — please ask staff if this lasts.',
        'block.printer-unknown':
          'The ticket printer is not answering, so no numbers can be taken. Please ask a member of staff.',
        'block.printer-offline':
          'The ticket printer is not ready (offline), so no numbers can be taken. Please ask a member of staff.',
        'block.printer-cover-open':
          'The ticket printer is not ready (cover open), so no numbers can be taken. Please ask a member of staff.',
        'block.printer-paper-end':
          'The ticket printer is not ready (out of paper), so no numbers can be taken. Please ask a member of staff.',
        'block.printer-error':
          'The ticket printer is not ready (fault), so no numbers can be taken. Please ask a member of staff.',
        connecting: 'Connecting to the queue system…',
        askStaff: 'If this takes long, please ask a member of staff',
        deviceRefused: 'This kiosk is not authorised; no numbers can be taken. Please ask a member of staff.',
        versionMismatch:
          "This kiosk's software does not match the queue system's version; no numbers can be taken. Please ask a member of staff.",
      },
    },
  ),
);
