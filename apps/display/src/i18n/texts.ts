import type { Locale } from '@hall/protocol';
import type { ShownBookingState } from '../logic/views.ts';

/** One piece of display text in every language; the screen shows zh-Hans, plus one optional second line. */
export type Text = Readonly<Record<Locale, string>>;

const t = (zhHans: string, zhHant: string, en: string): Text => ({ 'zh-Hans': zhHans, 'zh-Hant': zhHant, en });

export const ui = {
  appName: t('叫号显示屏', '叫號顯示屏', 'Queue display'),
  nowCalling: t('请到窗口办理', '請到窗口辦理', 'Please go to the window'),
  please: t('请', '請', 'Number'),
  goTo: t('到', '到', 'to'),
  handle: t('办理', '辦理', 'please'),
  recall: t('再次呼叫', '再次呼叫', 'Called again'),
  recentCalls: t('最近叫号', '最近叫號', 'Recent calls'),
  noCalls: t('暂无叫号', '暫無叫號', 'No calls yet'),
  number: t('号码', '號碼', 'Number'),
  window: t('窗口', '窗口', 'Window'),
  waiting: t('等候人数', '等候人數', 'People waiting'),
  people: t('人', '人', ''),
  elderlyLane: t('老年人优先通道', '老年人優先通道', 'Priority lane for older people'),
  elderlyWaiting: t('等候中', '等候中', 'waiting'),
  elderlyNone: t('暂无老年人等候', '暫無老年人等候', 'No older people waiting'),
  elderlyWindows: t('服务窗口', '服務窗口', 'Served at'),
  bookings: t('今日延时服务预约', '今日延時服務預約', "Today's extended-hours bookings"),
  noBookings: t('今日暂无延时服务预约', '今日暫無延時服務預約', 'No extended-hours bookings today'),
  checkedIn: t('已签到', '已簽到', 'Checked in'),
  notices: t('大厅公告', '大廳公告', 'Notices'),
  reconnecting: t('正在重新连接', '正在重新連接', 'Reconnecting'),
  connecting: t('正在连接', '正在連接', 'Connecting'),
  enableVoice: t('启用语音播报', '啟用語音播報', 'Enable voice'),
  voiceOn: t('语音播报已开启', '語音播報已開啟', 'Voice on'),
  voiceOff: t('语音播报已关闭', '語音播報已關閉', 'Voice off'),
  zoneWindows: t('本区窗口', '本區窗口', 'Windows in this zone'),
  serving: t('正在办理', '正在辦理', 'Now serving'),
  called: t('请到本窗口', '請到本窗口', 'Please come to this window'),
  idle: t('等待叫号', '等待叫號', 'Waiting for the next number'),
  paused: t('暂停服务', '暫停服務', 'Paused'),
  closed: t('暂未开放', '暫未開放', 'Closed'),
  open: t('办理中', '辦理中', 'Open'),
  clerk: t('工作人员', '工作人員', 'Clerk'),
  unknownZone: t('未找到该服务区', '未找到該服務區', 'Unknown zone'),
  unknownWindow: t('未配置该窗口', '未配置該窗口', 'This window is not configured'),
  setupTitle: t('显示屏设置', '顯示屏設置', 'Display setup'),
  setupHelp: t(
    '请工作人员粘贴管理员为本显示屏创建的设备令牌。',
    '請工作人員貼上管理員為本顯示屏建立的設備令牌。',
    'Staff: paste the device token an administrator created for this display.',
  ),
  setupRefused: t(
    '该令牌已失效或被撤销，请输入新的令牌。',
    '該令牌已失效或被撤銷，請輸入新的令牌。',
    'The hub refused this token (revoked or mistyped). Enter a new one.',
  ),
  setupToken: t('设备令牌', '設備令牌', 'Device token'),
  setupSave: t('保存并启动', '儲存並啟動', 'Save and start'),
  loading: t('正在加载…', '正在載入…', 'Loading…'),
} as const;

/** The states a booking shows in on the wall (done, no-show and cancelled ones leave it). */
export const bookingStateTexts: Readonly<Record<ShownBookingState, Text>> = {
  booked: t('待签到', '待簽到', 'Booked'),
  'checked-in': t('已签到', '已簽到', 'Checked in'),
  called: t('已叫号', '已叫號', 'Called'),
};
