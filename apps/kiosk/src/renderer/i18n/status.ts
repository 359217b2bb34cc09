import type { IssueBlock } from '../logic/issue-gate.ts';
import type { Text } from './locale.ts';

/** Why no number can be taken right now, said plainly. */
export const blockTexts: Readonly<Record<IssueBlock, Text>> = {
  'hub-offline': {
    'zh-Hans': '暂时连接不上叫号系统，暂停取号。正在自动重连，如长时间未恢复请联系工作人员。',
    'zh-Hant': '暫時連接不上叫號系統，暫停取號。正在自動重連，如長時間未恢復請聯絡工作人員。',
    en: 'The queue system cannot be reached, so no numbers can be taken. Reconnecting — please ask staff if this lasts.',
  },
  'printer-unknown': {
    'zh-Hans': '打印机状态未知，暂停取号，请联系工作人员。',
    'zh-Hant': '印表機狀態未知，暫停取號，請聯絡工作人員。',
    en: 'The ticket printer is not answering, so no numbers can be taken. Please ask a member of staff.',
  },
  'printer-offline': {
    'zh-Hans': '打印机未就绪（未连接），暂停取号，请联系工作人员。',
    'zh-Hant': '印表機未就緒（未連接），暫停取號，請聯絡工作人員。',
    en: 'The ticket printer is not ready (offline), so no numbers can be taken. Please ask a member of staff.',
  },
  'printer-cover-open': {
    'zh-Hans': '打印机未就绪（机盖打开），暂停取号，请联系工作人员。',
    'zh-Hant': '印表機未就緒（機蓋打開），暫停取號，請聯絡工作人員。',
    en: 'The ticket printer is not ready (cover open), so no numbers can be taken. Please ask a member of staff.',
  },
  'printer-paper-end': {
    'zh-Hans': '打印机未就绪（缺纸），暂停取号，请联系工作人员。',
    'zh-Hant': '印表機未就緒（缺紙），暫停取號，請聯絡工作人員。',
    en: 'The ticket printer is not ready (out of paper), so no numbers can be taken. Please ask a member of staff.',
  },
  'printer-error': {
    'zh-Hans': '打印机未就绪（故障），暂停取号，请联系工作人员。',
    'zh-Hant': '印表機未就緒（故障），暫停取號，請聯絡工作人員。',
    en: 'The ticket printer is not ready (fault), so no numbers can be taken. Please ask a member of staff.',
  },
};

export const loadingTexts = {
  connecting: {
    'zh-Hans': '正在连接叫号系统，请稍候…',
    'zh-Hant': '正在連接叫號系統，請稍候…',
    en: 'Connecting to the queue system…',
  },
  askStaff: {
    'zh-Hans': '如长时间无响应，请联系工作人员',
    'zh-Hant': '如長時間無回應，請聯絡工作人員',
    en: 'If this takes long, please ask a member of staff',
  },
  deviceRefused: {
    'zh-Hans': '本机未获授权，暂停取号，请联系工作人员',
    'zh-Hant': '本機未獲授權，暫停取號，請聯絡工作人員',
    en: 'This kiosk is not authorised; no numbers can be taken. Please ask a member of staff.',
  },
} satisfies Record<string, Text>;
