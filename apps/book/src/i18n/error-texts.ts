import { createTranslator, defineMessages } from '@hall/web-ui';
import type { BookErrorCode } from '../logic/errors.ts';

type ErrorMessages = Readonly<Partial<Record<BookErrorCode | 'fallback', string>>>;

/**
 * What the page says for each refusal of the hub (by its stable code), for a hub that did not answer, and
 * for anything else (`fallback`). Keyed by the code itself: `errorText` in logic/errors.ts picks one.
 */
export const errorTexts = createTranslator(
  defineMessages(
    {
      SLOT_FULL: '刚刚有人约走了这个时段的最后一个名额，请另选一个时段。',
      UNKNOWN_SLOT: '这个时段已不能预约（已开始或超出可预约日期），请另选一个时段。',
      UNKNOWN_SERVICE: '该事项目前不能预约，请返回重新选择。',
      VALIDATION_FAILED: '填写的信息有误，请检查姓名和手机号码。',
      RATE_LIMITED: '操作太频繁，请稍等一分钟再试。',
      UNKNOWN_BOOKING: '没有找到该预约，或手机号码后四位不符。请核对后再试。',
      BOOKING_NOT_CANCELLABLE: '该预约已签到、已办理、已过时段或已取消，不能再取消。',
      SERVICE_CLOSED: '该事项当天不开放，请另选日期。',
      NO_ANSWER: '网络不通或预约系统没有响应，请检查网络后重试。',
      fallback: '预约系统暂时出错，请稍后再试。',
    } as const satisfies ErrorMessages,
    {
      'zh-Hant': {
        SLOT_FULL: '剛剛有人約走了這個時段的最後一個名額，請另選一個時段。',
        UNKNOWN_SLOT: '這個時段已不能預約（已開始或超出可預約日期），請另選一個時段。',
        UNKNOWN_SERVICE: '該事項目前不能預約，請返回重新選擇。',
        VALIDATION_FAILED: '填寫的資訊有誤，請檢查姓名和手機號碼。',
        RATE_LIMITED: '操作太頻繁，請稍等一分鐘再試。',
        UNKNOWN_BOOKING: '沒有找到該預約，或手機號碼後四位不符。請核對後再試。',
        BOOKING_NOT_CANCELLABLE: '該預約已簽到、已辦理、已過時段或已取消，不能再取消。',
        SERVICE_CLOSED: '該事項當天不開放，請另選日期。',
        NO_ANSWER: '網路不通或預約系統沒有回應，請檢查網路後重試。',
        fallback: '預約系統暫時出錯，請稍後再試。',
      },
      en: {
        SLOT_FULL: 'Someone has just taken the last place in this time. Please choose another time.',
        UNKNOWN_SLOT:
          'This time can no longer be booked (it has started or is beyond the booking period). Please choose another.',
        UNKNOWN_SERVICE: 'This service cannot be booked now. Please go back and choose again.',
        VALIDATION_FAILED: 'Something you entered is not right. Please check the name and phone number.',
        RATE_LIMITED: 'Too many requests. Please wait a minute and try again.',
        UNKNOWN_BOOKING: 'No booking matches this code and phone digits. Please check and try again.',
        BOOKING_NOT_CANCELLABLE:
          'This booking can no longer be cancelled (checked in, served, missed or already cancelled).',
        SERVICE_CLOSED: 'This service is not open on that day. Please choose another day.',
        NO_ANSWER: 'No answer from the booking system. Please check your connection and try again.',
        fallback: 'The booking system had a problem. Please try again later.',
      },
    },
  ),
);
