import type { BookingState, ComplaintState, DayKind, ErrorCode, Lane, RatingLevel, TicketAction } from '@hall/protocol';
import type { CounterAction } from '../logic/enablement.ts';
import { t, type Phrase, type Text } from './locale.ts';

export const ui = {
  appName: t('窗口叫号终端', '窗口叫號終端', 'Counter terminal'),
  language: t('选择语言', '選擇語言', 'Language'),
  loginTitle: t('工作人员登录', '工作人員登入', 'Staff sign-in'),
  username: t('用户名', '使用者名稱', 'Username'),
  password: t('密码', '密碼', 'Password'),
  login: t('登录', '登入', 'Sign in'),
  loggingIn: t('正在登录…', '正在登入…', 'Signing in…'),
  logout: t('退出登录', '登出', 'Sign out'),
  sessionEnded: t(
    '登录已失效，请重新登录。',
    '登入已失效，請重新登入。',
    'Your session has ended. Please sign in again.',
  ),
  chooseWindow: t('选择窗口', '選擇窗口', 'Choose your window'),
  chooseWindowLead: t(
    '选择今天工作的窗口并开窗。',
    '選擇今天工作的窗口並開窗。',
    'Pick the window you work at today and open it.',
  ),
  openWindow: t('开窗', '開窗', 'Open'),
  continueWindow: t('继续', '繼續', 'Continue'),
  heldBy: t('使用中：', '使用中：', 'Held by '),
  windowClosed: t('未开窗', '未開窗', 'Closed'),
  allServices: t('全部事项', '全部事項', 'All services'),
  elderlyOnly: t('仅老年人通道', '僅長者通道', 'Elderly lane only'),
  filterWindows: t('查找窗口', '查找窗口', 'Find a window'),
  loading: t('正在加载…', '正在載入…', 'Loading…'),
  window: t('窗口', '窗口', 'Window'),
  clerk: t('工作人员', '工作人員', 'Clerk'),
  current: t('当前号码', '當前號碼', 'Current ticket'),
  noCurrent: t('当前无办理中的号码', '當前無辦理中的號碼', 'No ticket at this window'),
  noCurrentHint: t('按 F1 呼叫下一位', '按 F1 呼叫下一位', 'Press F1 to call the next citizen'),
  service: t('事项', '事項', 'Service'),
  lane: t('通道', '通道', 'Lane'),
  booking: t('预约', '預約', 'Booking'),
  holder: t('办事人', '辦事人', 'Citizen'),
  history: t('流转记录', '流轉記錄', 'History'),
  queue: t('等候队列', '等候隊列', 'Waiting queue'),
  queueEmpty: t('暂无等候', '暫無等候', 'Nobody is waiting'),
  waited: t('已等', '已等', 'Waited'),
  forThisWindow: t('指定本窗口', '指定本窗口', 'Sent to this window'),
  callThis: t('呼叫此号', '呼叫此號', 'Call this one'),
  elderlyLane: t('老年人通道', '長者通道', 'Elderly lane'),
  bookingsToday: t('今日预约', '今日預約', "Today's bookings"),
  noBookings: t('今日本窗口事项无预约', '今日本窗口事項無預約', 'No bookings today for these services'),
  myFigures: t('我的今日数据', '我的今日數據', 'My figures today'),
  served: t('已办结', '已辦結', 'Served'),
  noShows: t('过号', '過號', 'No-shows'),
  transfersOut: t('转出', '轉出', 'Transferred'),
  avgMinutes: t('平均办理(分钟)', '平均辦理(分鐘)', 'Avg. minutes'),
  rating: t('评价', '評價', 'Rating'),
  ratingPending: t('等待评价', '等待評價', 'Waiting for rating'),
  notRated: t('未评价', '未評價', 'Not rated'),
  ratingNone: t('—', '—', '—'),
  offline: t(
    '与叫号系统的连接已断开，正在自动重连。重连前不能操作。',
    '與叫號系統的連線已中斷，正在自動重連。重連前不能操作。',
    'Connection to the queue system lost; reconnecting. Actions are disabled until it is back.',
  ),
  retrying: t(
    '正在重发未确认的操作（不会重复执行）',
    '正在重發未確認的操作（不會重複執行）',
    'Resending an unconfirmed action (it will not run twice)',
  ),
  failed: t('操作未成功：', '操作未成功：', 'Not done: '),
  paused: t('暂停中', '暫停中', 'Paused'),
  open: t('办理中', '辦理中', 'Open'),
  pauseReason: t('暂停原因', '暫停原因', 'Reason for the pause'),
  pauseDetail: t('补充说明（可选）', '補充說明（可選）', 'Details (optional)'),
  confirm: t('确定', '確定', 'Confirm'),
  cancel: t('取消', '取消', 'Cancel'),
  transferTitle: t('转办', '轉辦', 'Transfer'),
  transferTo: t('转到事项', '轉到事項', 'To service'),
  transferSame: t('（事项不变）', '（事項不變）', '(same service)'),
  transferWindow: t('指定窗口', '指定窗口', 'To window'),
  anyWindow: t('（不指定，进入该事项队列）', '（不指定，進入該事項隊列）', '(any window serving it)'),
  transferNote: t('给下一窗口的说明（必填）', '給下一窗口的說明（必填）', 'Note for the next window (required)'),
  transferNeedsTarget: t('请选择事项或窗口', '請選擇事項或窗口', 'Choose a service or a window'),
  transferNeedsNote: t('请填写说明', '請填寫說明', 'Write a note'),
  wedge: t('呼叫器键盘模式', '呼叫器鍵盤模式', 'Call-pad keyboard mode'),
  wedgeHint: t(
    '小键盘1叫号 2重呼 3过号 4暂停',
    '小鍵盤1叫號 2重呼 3過號 4暫停',
    'Numpad 1 next · 2 recall · 3 no-show · 4 pause',
  ),
  complaintsDesk: t('办不成事反映', '辦不成事反映', 'Could-not-get-it-done desk'),
  newComplaint: t('登记反映事项', '登記反映事項', 'Record a matter'),
  matter: t('反映事项', '反映事項', 'The matter'),
  departments: t('涉及部门', '涉及部門', 'Departments involved'),
  addDepartment: t('添加部门', '添加部門', 'Add a department'),
  removeDepartment: t('移除', '移除', 'Remove'),
  contactName: t('联系人姓名', '聯絡人姓名', 'Contact name'),
  contactPhone: t('联系电话', '聯絡電話', 'Contact phone'),
  contactMasked: t('姓名和电话由系统脱敏保存', '姓名和電話由系統脫敏保存', 'The hub stores name and phone masked'),
  submit: t('提交', '提交', 'Submit'),
  submitted: t('已登记', '已登記', 'Recorded'),
  myComplaints: t('本窗口登记的事项', '本窗口登記的事項', "This desk's matters"),
  allComplaints: t('全部反映事项', '全部反映事項', 'All matters'),
  noComplaints: t('暂无记录', '暫無記錄', 'None yet'),
  progress: t('更新进展', '更新進展', 'Update'),
  progressNote: t('进展说明', '進展說明', 'Progress note'),
  age: t('已历时', '已歷時', 'Age'),
  notAvailable: t(
    '该功能尚未开放（叫号系统未提供）',
    '該功能尚未開放（叫號系統未提供）',
    'Not available yet (the hub does not offer it)',
  ),
  followUps: t('待回访的差评', '待回訪的差評', 'Open rating follow-ups'),
  noFollowUps: t('暂无待回访', '暫無待回訪', 'No open follow-ups'),
  closeFollowUp: t('回访完成', '回訪完成', 'Close'),
  followUpNote: t('回访说明', '回訪說明', 'Follow-up note'),
  supervisor: t('督办视图', '督辦視圖', 'Supervisor view'),
  counterView: t('叫号视图', '叫號視圖', 'Counter view'),
  refresh: t('刷新', '重新整理', 'Refresh'),
  outOfOrderHint: t(
    '选中队列中的号码后按 Ctrl+Enter 呼叫',
    '選中隊列中的號碼後按 Ctrl+Enter 呼叫',
    'Choose a ticket in the queue, then Ctrl+Enter',
  ),
  recallCooldown: t('秒后可重呼', '秒後可重呼', 's until recall'),
  recalls: t('重呼次数', '重呼次數', 'Recalls'),
  closedServices: t('已停办，暂不可呼叫', '已停辦，暫不可呼叫', 'Closed now, not callable'),
  closedHint: t(
    '以下号码的事项当前不在办理时间，呼叫下一位会跳过它们。',
    '以下號碼的事項當前不在辦理時間，呼叫下一位會跳過它們。',
    'These services are outside their hours now; Call next skips them.',
  ),
  opensAt: t('开放：', '開放：', 'Opens '),
  delay: t('延时', '延時', 'Extended'),
  delayTitle: t('延时服务时段', '延時服務時段', 'Extended-hours (evening / weekend) slot'),
  newBooking: t('新建预约', '新建預約', 'New booking'),
  newBookingTitle: t('为办事人预约', '為辦事人預約', 'Book a slot for a citizen'),
  bookingDay: t('日期', '日期', 'Day'),
  bookingSlot: t('时段', '時段', 'Time slot'),
  chooseService: t('请选择事项', '請選擇事項', 'Choose a service'),
  noSlots: t('当天该事项没有可预约的时段', '當天該事項沒有可預約的時段', 'No slots for this service that day'),
  loadingSlots: t('正在读取时段…', '正在讀取時段…', 'Loading slots…'),
  slotFull: t('已约满', '已約滿', 'Full'),
  slotStarted: t('已开始', '已開始', 'Started'),
  nameOptional: t('姓名（可选）', '姓名（可選）', 'Name (optional)'),
  phoneOptional: t('手机号（可选）', '手機號（可選）', 'Phone (optional)'),
  bookingMasked: t(
    '姓名和电话由叫号系统脱敏保存，仅显示部分字符。',
    '姓名和電話由叫號系統脫敏保存，僅顯示部分字元。',
    'The hub stores name and phone masked; only part of them is shown.',
  ),
  book: t('预约', '預約', 'Book'),
  bookingBusy: t('正在预约…', '正在預約…', 'Booking…'),
  bookingDone: t('预约成功', '預約成功', 'Booked'),
  bookingCode: t('预约码', '預約碼', 'Booking code'),
  bookingCodeHint: t(
    '请将预约码告知办事人；到场后在自助取号机输入或扫码签到。',
    '請將預約碼告知辦事人；到場後在自助取號機輸入或掃碼簽到。',
    'Tell the citizen this code; they check in at a kiosk by typing or scanning it.',
  ),
  print: t('打印', '列印', 'Print'),
  close: t('关闭', '關閉', 'Close'),
  another: t('再约一个', '再約一個', 'Book another'),
  cancelBooking: t('取消预约', '取消預約', 'Cancel booking'),
  cancelBookingConfirm: t(
    '确定取消这个预约吗？取消后名额释放。',
    '確定取消這個預約嗎？取消後名額釋放。',
    'Cancel this booking? Its place is freed.',
  ),
  keepBooking: t('不取消', '不取消', 'Keep it'),
  fixField: t('请检查：', '請檢查：', 'Please check: '),
  loadFailed: t('读取失败，请稍后重试。', '讀取失敗，請稍後重試。', 'Could not load; try again shortly.'),
  today: t('今天', '今天', 'today'),
  refusedTitle: t('本终端已停止连接', '本終端已停止連線', 'This terminal has stopped connecting'),
  reload: t('刷新页面', '重新整理頁面', 'Reload the page'),
} satisfies Record<string, Text>;

export const actionNames: Readonly<Record<CounterAction, Text>> = {
  'call-next': t('呼叫下一位', '呼叫下一位', 'Call next'),
  recall: t('重呼', '重呼', 'Recall'),
  start: t('开始办理', '開始辦理', 'Start'),
  finish: t('办结', '辦結', 'Finish'),
  'no-show': t('过号', '過號', 'No-show'),
  transfer: t('转办', '轉辦', 'Transfer'),
  pause: t('暂停', '暫停', 'Pause'),
  resume: t('恢复', '恢復', 'Resume'),
  close: t('关窗', '關窗', 'Close window'),
  'call-ticket': t('呼叫选中号码', '呼叫選中號碼', 'Call chosen'),
};

export const bookingStateNames: Readonly<Record<BookingState, Text>> = {
  booked: t('已预约', '已預約', 'Booked'),
  'checked-in': t('已签到', '已簽到', 'Checked in'),
  called: t('已叫号', '已叫號', 'Called'),
  done: t('已办结', '已辦結', 'Done'),
  'no-show': t('未到', '未到', 'No-show'),
  cancelled: t('已取消', '已取消', 'Cancelled'),
};

export const dayKindNames: Readonly<Record<DayKind, Text>> = {
  working: t('工作日', '工作日', 'working day'),
  rest: t('休息日', '休息日', 'rest day'),
  closed: t('闭厅', '閉廳', 'closed'),
};

/** The booking form's fields, as a problem names them. */
export const bookingFieldNames: Readonly<Record<'service' | 'day' | 'slot' | 'name' | 'phone', Text>> = {
  service: t('事项', '事項', 'service'),
  day: t('日期', '日期', 'day'),
  slot: t('时段', '時段', 'time slot'),
  name: t('姓名（最多 40 字）', '姓名（最多 40 字）', 'name (at most 40 characters)'),
  phone: t('手机号（7–15 位数字）', '手機號（7–15 位數字）', 'phone (7 to 15 digits)'),
};

export const laneNames: Readonly<Record<Lane, Text>> = {
  normal: t('普通', '普通', 'Normal'),
  elderly: t('老年人', '長者', 'Elderly'),
  booking: t('预约', '預約', 'Booking'),
};

export const stepNames: Readonly<Record<TicketAction, Text>> = {
  issued: t('取号', '取號', 'Issued'),
  called: t('呼叫', '呼叫', 'Called'),
  recalled: t('重呼', '重呼', 'Recalled'),
  started: t('开始办理', '開始辦理', 'Started'),
  finished: t('办结', '辦結', 'Finished'),
  rated: t('评价', '評價', 'Rated'),
  'no-show': t('过号', '過號', 'No-show'),
  transferred: t('转办', '轉辦', 'Transferred'),
  cancelled: t('作废', '作廢', 'Cancelled'),
};

export const ratingNames: Readonly<Record<RatingLevel, Text>> = {
  'very-satisfied': t('非常满意', '非常滿意', 'Very satisfied'),
  satisfied: t('满意', '滿意', 'Satisfied'),
  'basically-satisfied': t('基本满意', '基本滿意', 'Basically satisfied'),
  unsatisfied: t('不满意', '不滿意', 'Unsatisfied'),
  'very-unsatisfied': t('非常不满意', '非常不滿意', 'Very unsatisfied'),
};

export const complaintStateNames: Readonly<Record<ComplaintState, Text>> = {
  open: t('已登记', '已登記', 'Open'),
  coordinating: t('协调中', '協調中', 'Coordinating'),
  resolved: t('已办结', '已辦結', 'Resolved'),
};

export const PAUSE_REASONS: readonly Text[] = [
  t('临时离开', '臨時離開', 'Away for a moment'),
  t('用餐', '用餐', 'Meal break'),
  t('业务咨询', '業務諮詢', 'Consulting on a case'),
  t('系统故障', '系統故障', 'System problem'),
  t('会议', '會議', 'Meeting'),
];

export const phrases = {
  minutes: {
    'zh-Hans': (m: number) => `${m} 分钟`,
    'zh-Hant': (m: number) => `${m} 分鐘`,
    en: (m: number) => `${m} min`,
  },
  secondsLeft: {
    'zh-Hans': (s: number) => `剩 ${s} 秒`,
    'zh-Hant': (s: number) => `剩 ${s} 秒`,
    en: (s: number) => `${s} s left`,
  },
  waitingCount: {
    'zh-Hans': (n: number) => `${n} 人`,
    'zh-Hant': (n: number) => `${n} 人`,
    en: (n: number) => `${n}`,
  },
} satisfies Record<string, Phrase<[number]>>;

/** Sentences for the hub's refusals; the hub's own message is shown beside them. */
export const errorTexts: Partial<Record<ErrorCode | 'NO_ANSWER', Text>> = {
  INVALID_CREDENTIALS: t('用户名或密码不正确。', '使用者名稱或密碼不正確。', 'Wrong username or password.'),
  RATE_LIMITED: t('操作太频繁，请稍候再试。', '操作太頻繁，請稍候再試。', 'Too many attempts; wait a moment.'),
  UNAUTHENTICATED: t(
    '登录已失效，请重新登录。',
    '登入已失效，請重新登入。',
    'Your session has ended. Please sign in again.',
  ),
  NO_TICKET_WAITING: t('没有可呼叫的号码。', '沒有可呼叫的號碼。', 'Nobody is waiting for this window.'),
  WINDOW_HELD_BY_OTHER_CLERK: t(
    '该窗口正由其他工作人员使用。',
    '該窗口正由其他工作人員使用。',
    'Another clerk holds this window.',
  ),
  WINDOW_BUSY: t(
    '请先办结、过号或转办当前号码。',
    '請先辦結、過號或轉辦當前號碼。',
    'Finish, mark no-show or transfer the current ticket first.',
  ),
  WINDOW_PAUSED: t('窗口暂停中，请先恢复。', '窗口暫停中，請先恢復。', 'The window is paused; resume it first.'),
  WINDOW_CLOSED: t('窗口未开。', '窗口未開。', 'The window is closed.'),
  RECALL_COOLDOWN: t(
    '刚刚呼叫过，请稍候再重呼。',
    '剛剛呼叫過，請稍候再重呼。',
    'Called a moment ago; wait before recalling.',
  ),
  RECALL_LIMIT_REACHED: t('重呼次数已用完。', '重呼次數已用完。', 'No recalls left.'),
  NO_SHOW_TOO_EARLY: t('需先重呼，才能过号。', '需先重呼，才能過號。', 'Recall first before marking a no-show.'),
  SERVICE_NOT_SERVED_HERE: t('目标窗口不办理该事项。', '目標窗口不辦理該事項。', 'That window does not serve this.'),
  PROTOCOL_VERSION_MISMATCH: t(
    '本终端的版本与叫号系统不一致，已停止连接。请刷新页面加载新版本；若仍出现此提示，请联系管理员。',
    '本終端的版本與叫號系統不一致，已停止連線。請重新整理頁面載入新版本；若仍出現此提示，請聯絡管理員。',
    "This terminal's version does not match the queue system, so it has stopped connecting. Reload the page to load the new version; if this message stays, call the administrator.",
  ),
  FORBIDDEN: t('没有此项权限。', '沒有此項權限。', 'You do not have this permission.'),
  NOT_FOUND: t('叫号系统尚未提供此功能。', '叫號系統尚未提供此功能。', 'The hub does not offer this yet.'),
  NO_ANSWER: t('叫号系统没有响应。', '叫號系統沒有回應。', 'The queue system did not answer.'),
  VALIDATION_FAILED: t('填写的内容有误。', '填寫的內容有誤。', 'Something in the form is not right.'),
  SLOT_FULL: t(
    '该时段刚刚约满，请换一个时段。',
    '該時段剛剛約滿，請換一個時段。',
    'That slot has just filled up; choose another.',
  ),
  UNKNOWN_SLOT: t(
    '该时段不可预约（已过去、超出可预约范围或不是该事项的时段），请重新选择。',
    '該時段不可預約（已過去、超出可預約範圍或不是該事項的時段），請重新選擇。',
    'That slot cannot be booked (past, beyond the booking horizon, or not a slot of this service); choose again.',
  ),
  UNKNOWN_SERVICE: t('叫号系统不认识该事项。', '叫號系統不認識該事項。', 'The hub does not know this service.'),
  UNKNOWN_BOOKING: t('找不到该预约。', '找不到該預約。', 'No such booking.'),
  BOOKING_NOT_CANCELLABLE: t(
    '该预约已签到或已结束，不能取消。',
    '該預約已簽到或已結束，不能取消。',
    'This booking is checked in or over; it cannot be cancelled.',
  ),
};

export const errorFallback = t('操作未成功。', '操作未成功。', 'It did not work.');

export const slotLeft: Phrase<[number]> = {
  'zh-Hans': (n) => `余 ${n}`,
  'zh-Hant': (n) => `餘 ${n}`,
  en: (n) => `${n} left`,
};
