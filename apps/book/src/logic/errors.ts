import type { ErrorCode, Locale } from '@hall/protocol';
import type { Text } from '../i18n/locale.ts';

/** What the page says for each refusal of the hub (by its stable code), and for a hub that did not answer. */
export type BookErrorCode = ErrorCode | 'NO_ANSWER';

const t = (zhHans: string, zhHant: string, en: string): Text => ({ 'zh-Hans': zhHans, 'zh-Hant': zhHant, en });

export const ERROR_TEXTS: Partial<Record<BookErrorCode, Text>> = {
  SLOT_FULL: t(
    '刚刚有人约走了这个时段的最后一个名额，请另选一个时段。',
    '剛剛有人約走了這個時段的最後一個名額，請另選一個時段。',
    'Someone has just taken the last place in this time. Please choose another time.',
  ),
  UNKNOWN_SLOT: t(
    '这个时段已不能预约（已开始或超出可预约日期），请另选一个时段。',
    '這個時段已不能預約（已開始或超出可預約日期），請另選一個時段。',
    'This time can no longer be booked (it has started or is beyond the booking period). Please choose another.',
  ),
  UNKNOWN_SERVICE: t(
    '该事项目前不能预约，请返回重新选择。',
    '該事項目前不能預約，請返回重新選擇。',
    'This service cannot be booked now. Please go back and choose again.',
  ),
  VALIDATION_FAILED: t(
    '填写的信息有误，请检查姓名和手机号码。',
    '填寫的資訊有誤，請檢查姓名和手機號碼。',
    'Something you entered is not right. Please check the name and phone number.',
  ),
  RATE_LIMITED: t(
    '操作太频繁，请稍等一分钟再试。',
    '操作太頻繁，請稍等一分鐘再試。',
    'Too many requests. Please wait a minute and try again.',
  ),
  UNKNOWN_BOOKING: t(
    '没有找到该预约，或手机号码后四位不符。请核对后再试。',
    '沒有找到該預約，或手機號碼後四位不符。請核對後再試。',
    'No booking matches this code and phone digits. Please check and try again.',
  ),
  BOOKING_NOT_CANCELLABLE: t(
    '该预约已签到、已办理、已过时段或已取消，不能再取消。',
    '該預約已簽到、已辦理、已過時段或已取消，不能再取消。',
    'This booking can no longer be cancelled (checked in, served, missed or already cancelled).',
  ),
  SERVICE_CLOSED: t(
    '该事项当天不开放，请另选日期。',
    '該事項當天不開放，請另選日期。',
    'This service is not open on that day. Please choose another day.',
  ),
  NO_ANSWER: t(
    '网络不通或预约系统没有响应，请检查网络后重试。',
    '網路不通或預約系統沒有回應，請檢查網路後重試。',
    'No answer from the booking system. Please check your connection and try again.',
  ),
};

const FALLBACK: Text = t(
  '预约系统暂时出错，请稍后再试。',
  '預約系統暫時出錯，請稍後再試。',
  'The booking system had a problem. Please try again later.',
);

export function errorText(code: string, locale: Locale): string {
  return (ERROR_TEXTS[code as BookErrorCode] ?? FALLBACK)[locale];
}

/** After these refusals the slot list is out of date: the page reloads it and sends the citizen back to it. */
export function reloadsSlots(code: string): boolean {
  return code === 'SLOT_FULL' || code === 'UNKNOWN_SLOT';
}
