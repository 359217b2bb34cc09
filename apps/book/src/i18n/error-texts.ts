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
      UNKNOWN_BOOKING: '没有找到该手机号码的这个预约。请核对后再试。',
      PHONE_CODE_INVALID: '验证码不正确或已失效。请核对，或重新发送验证码。',
      PHONE_PROOF_REQUIRED: '手机号码验证已过期，请重新获取验证码。',
      PHONE_PROOF_MISMATCH: '预约的手机号码与验证的号码不同，请重新验证。',
      BOOKING_LIMIT_REACHED: '这个手机号码当天已约过该事项，或未办理的预约已达上限。请先取消一个再约。',
      SMS_UNAVAILABLE: '短信暂时发不出去。请稍后再试，或到大厅现场取号。',
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
        UNKNOWN_BOOKING: '沒有找到該手機號碼的這個預約。請核對後再試。',
        PHONE_CODE_INVALID: '驗證碼不正確或已失效。請核對，或重新發送驗證碼。',
        PHONE_PROOF_REQUIRED: '手機號碼驗證已過期，請重新取得驗證碼。',
        PHONE_PROOF_MISMATCH: '預約的手機號碼與驗證的號碼不同，請重新驗證。',
        BOOKING_LIMIT_REACHED: '這個手機號碼當天已約過該事項，或未辦理的預約已達上限。請先取消一個再約。',
        SMS_UNAVAILABLE: '簡訊暫時發不出去。請稍後再試，或到大廳現場取號。',
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
        UNKNOWN_BOOKING: 'This phone number has no booking with this code. Please check and try again.',
        PHONE_CODE_INVALID: 'The code is wrong or no longer valid. Please check it, or send a new code.',
        PHONE_PROOF_REQUIRED: 'The phone confirmation has expired. Please get a new code.',
        PHONE_PROOF_MISMATCH:
          'The booking is for another phone number than the one confirmed. Please confirm it again.',
        BOOKING_LIMIT_REACHED:
          'This phone number already has this service booked that day, or has as many open bookings as allowed. Cancel one first.',
        SMS_UNAVAILABLE: 'Text messages cannot be sent just now. Please try again later, or take a number at the hall.',
        BOOKING_NOT_CANCELLABLE:
          'This booking can no longer be cancelled (checked in, served, missed or already cancelled).',
        SERVICE_CLOSED: 'This service is not open on that day. Please choose another day.',
        NO_ANSWER: 'No answer from the booking system. Please check your connection and try again.',
        fallback: 'The booking system had a problem. Please try again later.',
      },
    },
  ),
);
