import type { Text } from './locale.ts';

const t = (zhHans: string, zhHant: string, en: string): Text => ({ 'zh-Hans': zhHans, 'zh-Hant': zhHant, en });

export const ui = {
  appName: t('网上预约', '網上預約', 'Book an appointment'),
  language: t('语言', '語言', 'Language'),
  loading: t('正在加载…', '正在載入…', 'Loading…'),
  loadFailed: t(
    '无法连接预约系统，请稍后重试。',
    '無法連接預約系統，請稍後重試。',
    'The booking system cannot be reached. Please try again later.',
  ),
  retry: t('重试', '重試', 'Try again'),
  back: t('返回', '返回', 'Back'),
  newBooking: t('我要预约', '我要預約', 'Book'),
  myBooking: t('我的预约', '我的預約', 'My booking'),
  steps: t('步骤', '步驟', 'Step'),

  pickZone: t('选择办事区域', '選擇辦事區域', 'Choose an area'),
  pickService: t('选择办理事项', '選擇辦理事項', 'Choose a service'),
  pickDay: t('选择日期', '選擇日期', 'Choose a day'),
  pickSlot: t('选择时段', '選擇時段', 'Choose a time'),
  yourDetails: t('填写预约人信息', '填寫預約人資訊', 'Your details'),
  confirmTitle: t('确认预约', '確認預約', 'Confirm your booking'),

  delayService: t('延时服务', '延時服務', 'Extended hours'),
  delayServiceHelp: t(
    '标有“延时服务”的事项在工作日晚间和周末也可办理。',
    '標有「延時服務」的事項在工作日晚間和週末也可辦理。',
    'Services marked “Extended hours” are also open on weekday evenings and at weekends.',
  ),
  servicesCount: t('个事项', '個事項', 'services'),
  noServices: t('该区域暂无可预约事项。', '該區域暫無可預約事項。', 'No services in this area can be booked.'),

  today: t('今天', '今天', 'Today'),
  tomorrow: t('明天', '明天', 'Tomorrow'),
  restDayDelayOnly: t(
    '休息日：仅延时服务事项开放',
    '休息日：僅延時服務事項開放',
    'Rest day: extended-hours services only',
  ),
  restDayNotThis: t('休息日，本事项不办理', '休息日，本事項不辦理', 'Rest day: this service is not open'),
  closedDay: t('法定节假日，闭厅', '法定節假日，閉廳', 'Public holiday: closed'),

  delaySession: t('延时', '延時', 'Extended'),
  placesLeft: t('剩余', '剩餘', 'Places left:'),
  placesUnit: t('个', '個', ''),
  slotFull: t('已约满', '已約滿', 'Full'),
  slotStarted: t('已开始', '已開始', 'Started'),
  startedHidden: t(
    '今天已开始的时段不再列出。',
    '今天已開始的時段不再列出。',
    'Times that have already started today are not listed.',
  ),
  noSlots: t(
    '当天没有可预约的时段，请换一天。',
    '當天沒有可預約的時段，請換一天。',
    'No times can be booked on this day. Please choose another day.',
  ),
  reloadSlots: t('刷新时段', '重新整理時段', 'Refresh times'),

  name: t('姓名', '姓名', 'Name'),
  phone: t('手机号码', '手機號碼', 'Phone number'),
  maskedNote: t(
    '姓名和手机号码只以遮挡形式保存和显示（如 张*丰、138****5678）。取消预约时需要手机号码后四位。',
    '姓名和手機號碼只以遮擋形式保存和顯示（如 張*豐、138****5678）。取消預約時需要手機號碼後四位。',
    'Your name and phone number are stored and shown only masked (like 张*丰, 138****5678). To cancel you need the last four digits of the phone number.',
  ),
  next: t('下一步', '下一步', 'Next'),
  confirm: t('确认预约', '確認預約', 'Book now'),
  booking: t('正在提交…', '正在提交…', 'Booking…'),

  service: t('事项', '事項', 'Service'),
  zone: t('区域', '區域', 'Area'),
  day: t('日期', '日期', 'Day'),
  time: t('时段', '時段', 'Time'),
  holder: t('预约人', '預約人', 'Booked for'),
  state: t('状态', '狀態', 'Status'),

  done: t('预约成功', '預約成功', 'You are booked'),
  yourCode: t('预约码', '預約碼', 'Booking code'),
  qrLabel: t('预约码二维码', '預約碼二維碼', 'QR code of the booking code'),
  keepCode: t(
    '请保存预约码或截图。到大厅后在自助取号机上输入预约码或扫描二维码签到取号。',
    '請保存預約碼或截圖。到大廳後在自助取號機上輸入預約碼或掃描二維碼簽到取號。',
    'Keep this code or take a screenshot. At the hall, enter it or scan the QR code at a self-service kiosk to check in.',
  ),
  bookAnother: t('再预约一个', '再預約一個', 'Make another booking'),

  lookupTitle: t('查询或取消预约', '查詢或取消預約', 'Find or cancel a booking'),
  codeInput: t('预约码', '預約碼', 'Booking code'),
  lookup: t('查询', '查詢', 'Find'),
  last4: t('手机号码后四位', '手機號碼後四位', 'Last four digits of the phone number'),
  cancel: t('取消预约', '取消預約', 'Cancel the booking'),
  cancelled: t(
    '预约已取消，名额已释放。',
    '預約已取消，名額已釋放。',
    'The booking is cancelled and the place is free again.',
  ),
  cancelHelp: t(
    '请输入预约时填写的手机号码后四位以取消。',
    '請輸入預約時填寫的手機號碼後四位以取消。',
    'Enter the last four digits of the phone number given when booking to cancel.',
  ),
} as const;

/** Booking states as a citizen reads them. */
export const stateTexts = {
  booked: t('已预约', '已預約', 'Booked'),
  'checked-in': t('已签到', '已簽到', 'Checked in'),
  called: t('已叫号', '已叫號', 'Called'),
  done: t('已办结', '已辦結', 'Done'),
  'no-show': t('未到（已过时段）', '未到（已過時段）', 'Missed (the time has passed)'),
  cancelled: t('已取消', '已取消', 'Cancelled'),
} as const;

/** Where check-in is explained: with the hub's minutes when it tells them, otherwise "before your slot". */
export function checkInText(minutes: number | null): Text {
  if (minutes === null || minutes <= 0) {
    return t(
      '请在预约时段开始前到达，在自助取号机签到；时段结束后预约失效。',
      '請在預約時段開始前到達，在自助取號機簽到；時段結束後預約失效。',
      'Check in at the kiosk before your time starts; the booking lapses when the time is over.',
    );
  }
  return t(
    `请在预约时段开始前 ${minutes} 分钟起到自助取号机签到；时段结束后预约失效。`,
    `請在預約時段開始前 ${minutes} 分鐘起到自助取號機簽到；時段結束後預約失效。`,
    `Check in at the kiosk from ${minutes} minutes before your time; the booking lapses when the time is over.`,
  );
}
