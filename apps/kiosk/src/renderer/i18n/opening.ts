import type { CalendarDate } from '../../shared/resident-id.ts';
import { hallMoment, type HallMoment } from '../logic/hall-time.ts';
import type { Locale, Phrase, Text } from './locale.ts';

/** Opening hours as the citizen reads them. */
export const openingTexts = {
  delayBadge: { 'zh-Hans': '延时服务', 'zh-Hant': '延時服務', en: 'Evening & weekend service' },
  closed: { 'zh-Hans': '暂停取号', 'zh-Hant': '暫停取號', en: 'Not open now' },
  zoneClosed: {
    'zh-Hans': '本区域事项均不在办理时间',
    'zh-Hant': '本區域事項均不在辦理時間',
    en: 'No service in this area is open now',
  },
  serviceClosed: {
    'zh-Hans': '该事项现在不在办理时间，暂不能取号。',
    'zh-Hant': '該事項現在不在辦理時間，暫不能取號。',
    en: 'This service is not open now, so no number can be taken.',
  },
} satisfies Record<string, Text>;

const WEEKDAYS = {
  'zh-Hans': ['周日', '周一', '周二', '周三', '周四', '周五', '周六'],
  'zh-Hant': ['週日', '週一', '週二', '週三', '週四', '週五', '週六'],
  en: ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'],
} as const;
const EN_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;

/** Today, tomorrow, a weekday within the week, else the date. */
function zhDay(m: HallMoment, locale: 'zh-Hans' | 'zh-Hant'): string {
  if (m.dayOffset === 0) return '今天';
  if (m.dayOffset === 1) return '明天';
  if (m.dayOffset > 1 && m.dayOffset < 7) return WEEKDAYS[locale][m.weekday] ?? '';
  return `${m.month}月${m.day}日`;
}

function enDay(m: HallMoment): string {
  if (m.dayOffset === 0) return 'today';
  if (m.dayOffset === 1) return 'tomorrow';
  if (m.dayOffset > 1 && m.dayOffset < 7) return WEEKDAYS.en[m.weekday] ?? '';
  return `${m.day} ${EN_MONTHS[m.month - 1] ?? ''}`;
}

/** "明天 09:00 开始办理" / "Opens tomorrow 09:00"; null (no opening within a month): "暂停办理". */
export const opensPhrase: Phrase<[HallMoment | null]> = {
  'zh-Hans': (m) => (m ? `${zhDay(m, 'zh-Hans')} ${m.clock} 开始办理` : '暂停办理'),
  'zh-Hant': (m) => (m ? `${zhDay(m, 'zh-Hant')} ${m.clock} 開始辦理` : '暫停辦理'),
  en: (m) => (m ? `Opens ${enDay(m)} ${m.clock}` : 'Closed for now'),
};

/** When a closed service or zone opens next, in the citizen's language and the hall's time zone. */
export function opensText(opensAt: number | null, today: CalendarDate, timeZone: string, locale: Locale): string {
  return opensPhrase[locale](opensAt === null ? null : hallMoment(opensAt, today, timeZone));
}
