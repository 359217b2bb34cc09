import { createTranslator, defineMessages, hallMoment, type Locale } from '@hall/web-ui';

/** Opening hours as the citizen reads them. */
export const openingTexts = createTranslator(
  defineMessages(
    {
      delayBadge: '延时服务',
      closed: '暂停取号',
      zoneClosed: '本区域事项均不在办理时间',
      serviceClosed: '该事项现在不在办理时间，暂不能取号。',
      'opens.today': '今天 {clock} 开始办理',
      'opens.tomorrow': '明天 {clock} 开始办理',
      /** Within the week; `weekday` 0 Sunday … 6 Saturday. */
      'opens.weekday':
        '{weekday, select, 0 {周日} 1 {周一} 2 {周二} 3 {周三} 4 {周四} 5 {周五} other {周六}} {clock} 开始办理',
      'opens.date': '{month}月{day}日 {clock} 开始办理',
      'opens.none': '暂停办理',
    },
    {
      'zh-Hant': {
        delayBadge: '延時服務',
        closed: '暫停取號',
        zoneClosed: '本區域事項均不在辦理時間',
        serviceClosed: '該事項現在不在辦理時間，暫不能取號。',
        'opens.today': '今天 {clock} 開始辦理',
        'opens.tomorrow': '明天 {clock} 開始辦理',
        'opens.weekday':
          '{weekday, select, 0 {週日} 1 {週一} 2 {週二} 3 {週三} 4 {週四} 5 {週五} other {週六}} {clock} 開始辦理',
        'opens.date': '{month}月{day}日 {clock} 開始辦理',
        'opens.none': '暫停辦理',
      },
      en: {
        delayBadge: 'Evening & weekend service',
        closed: 'Not open now',
        zoneClosed: 'No service in this area is open now',
        serviceClosed: 'This service is not open now, so no number can be taken.',
        'opens.today': 'Opens today {clock}',
        'opens.tomorrow': 'Opens tomorrow {clock}',
        'opens.weekday':
          'Opens {weekday, select, 0 {Sunday} 1 {Monday} 2 {Tuesday} 3 {Wednesday} 4 {Thursday} 5 {Friday} other {Saturday}} {clock}',
        'opens.date':
          'Opens {day} {month, select, 1 {Jan} 2 {Feb} 3 {Mar} 4 {Apr} 5 {May} 6 {Jun} 7 {Jul} 8 {Aug} 9 {Sep} 10 {Oct} 11 {Nov} other {Dec}} {clock}',
        'opens.none': 'Closed for now',
      },
    },
  ),
);

/**
 * When a closed service or zone opens next, in the citizen's language and the hall's time zone: today,
 * tomorrow, a weekday within the week, else the date ("明天 09:00 开始办理", "Opens 3 Dec 09:00"). `today` is
 * the hall's date ("2026-11-25", `hallToday`); null (no opening within a month): "暂停办理".
 */
export function opensText(opensAt: number | null, today: string, timeZone: string, locale: Locale): string {
  if (opensAt === null) return openingTexts(locale, 'opens.none');
  const { date, dayOffset, weekday, clock } = hallMoment(opensAt, today, timeZone);
  if (dayOffset === 0) return openingTexts(locale, 'opens.today', { clock });
  if (dayOffset === 1) return openingTexts(locale, 'opens.tomorrow', { clock });
  if (dayOffset > 1 && dayOffset < 7) return openingTexts(locale, 'opens.weekday', { weekday: String(weekday), clock });
  const [, month = '', day = ''] = date.split('-').map((part) => String(Number(part)));
  return openingTexts(locale, 'opens.date', { month, day, clock });
}
