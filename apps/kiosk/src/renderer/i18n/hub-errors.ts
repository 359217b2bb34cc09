import { createTranslator, defineMessages } from '@hall/web-ui';
import type { Locale } from '@hall/web-ui';
import type { HubFailureCode } from '@hall/hub-client';

/** Friendly sentences for the hub's refusals of a ticket (keyed by error code); the hub's own message is shown beneath, small. */
export const hubErrorTexts = createTranslator(
  defineMessages(
    {
      BOOKING_ALREADY_USED: '该预约码已签到过，不能重复取号。如有疑问请到服务台咨询。',
      UNKNOWN_BOOKING: '没有找到该预约码，或预约不在今天。请核对预约码，或到服务台咨询。',
      BOOKING_TOO_EARLY: '还未到该预约的签到时间，请稍后再签到。',
      BOOKING_MISSED: '该预约的时段已经结束，预约已失效。您可以普通取号办理。',
      SERVICE_CLOSED: '该事项现在不在办理时间，未能取号。',
      NUMBERS_EXHAUSTED: '该事项今日号码已发完，请到服务台咨询。',
      RATE_LIMITED: '系统繁忙，请稍后再试。',
      VALIDATION_FAILED: '取号信息有误（例如预约码不属于该事项），请核对后重试或到服务台咨询。',
      UNKNOWN_SERVICE: '该事项暂不可取号，请到服务台咨询。',
      UNAUTHENTICATED: '本机未获授权，请联系工作人员。',
      NO_ANSWER: '叫号系统没有响应，尚不确定是否已取号。请点“重试”（不会重复取号），或联系工作人员。',
      PROTOCOL_VERSION_MISMATCH: '本机软件版本与叫号系统不一致，未能取号。请联系工作人员。',
      fallback: '取号未成功，请重试或联系工作人员。',
    },
    {
      'zh-Hant': {
        BOOKING_ALREADY_USED: '該預約碼已簽到過，不能重複取號。如有疑問請到服務台諮詢。',
        UNKNOWN_BOOKING: '沒有找到該預約碼，或預約不在今天。請核對預約碼，或到服務台諮詢。',
        BOOKING_TOO_EARLY: '還未到該預約的簽到時間，請稍後再簽到。',
        BOOKING_MISSED: '該預約的時段已經結束，預約已失效。您可以普通取號辦理。',
        SERVICE_CLOSED: '該事項現在不在辦理時間，未能取號。',
        NUMBERS_EXHAUSTED: '該事項今日號碼已發完，請到服務台諮詢。',
        RATE_LIMITED: '系統繁忙，請稍後再試。',
        VALIDATION_FAILED: '取號資訊有誤（例如預約碼不屬於該事項），請核對後重試或到服務台諮詢。',
        UNKNOWN_SERVICE: '該事項暫不可取號，請到服務台諮詢。',
        UNAUTHENTICATED: '本機未獲授權，請聯絡工作人員。',
        NO_ANSWER: '叫號系統沒有回應，尚不確定是否已取號。請點「重試」（不會重複取號），或聯絡工作人員。',
        PROTOCOL_VERSION_MISMATCH: '本機軟體版本與叫號系統不一致，未能取號。請聯絡工作人員。',
        fallback: '取號未成功，請重試或聯絡工作人員。',
      },
      en: {
        BOOKING_ALREADY_USED:
          'This booking has already been checked in. Please ask at the service desk if this is wrong.',
        UNKNOWN_BOOKING: 'We could not find this booking code for today. Please check it or ask at the service desk.',
        BOOKING_TOO_EARLY: 'It is too early to check in this booking. Please come back a little later.',
        BOOKING_MISSED: 'The booked time has ended, so the booking has lapsed. You can take a normal ticket instead.',
        SERVICE_CLOSED: 'This service is not open now, so no number was taken.',
        NUMBERS_EXHAUSTED: 'All numbers for this service are taken today. Please ask at the service desk.',
        RATE_LIMITED: 'The system is busy. Please try again in a moment.',
        VALIDATION_FAILED:
          'Something in the request is not right (for example, the booking is for another service). Please check or ask staff.',
        UNKNOWN_SERVICE: 'Numbers for this service cannot be taken here. Please ask at the service desk.',
        UNAUTHENTICATED: 'This kiosk is not authorised. Please ask a member of staff.',
        NO_ANSWER:
          'The queue system did not answer. Tap “Try again” (you will not get two numbers) or ask a member of staff.',
        PROTOCOL_VERSION_MISMATCH:
          "This kiosk's software does not match the queue system, so no number was taken. Please ask a member of staff.",
        fallback: 'The number could not be taken. Please try again or ask a member of staff.',
      },
    },
  ),
);

/** The sentence for a refusal, or the general one for a code without its own. */
export function hubErrorText(locale: Locale, code: HubFailureCode): string {
  return hubErrorTexts(locale, hubErrorTexts.has(code) ? code : 'fallback');
}
