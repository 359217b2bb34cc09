import type {
  Locale,
  LocalizedText,
  ReportBreakdown,
  ReportSummary,
  TicketFigures,
  WindowPerformance,
} from '@hall/protocol';

/** A report as a table: headings in one language, one line per row; null is an empty cell. */
export interface ReportSheet {
  title: string;
  header: string[];
  rows: (string | number | null)[][];
}

type Column<T> = [LocalizedText, (row: T) => string | number | null];

const t = (zhHans: string, zhHant: string, en: string): LocalizedText => ({ 'zh-Hans': zhHans, 'zh-Hant': zhHant, en });

/** A share as a percentage with one decimal, which reads the same in a CSV and a spreadsheet. */
const percent = (share: number | null): number | null => (share === null ? null : Math.round(share * 1000) / 10);

const TICKET_COLUMNS: Column<TicketFigures>[] = [
  [t('取号', '取號', 'Issued'), (f) => f.issued],
  [t('办结', '辦結', 'Served'), (f) => f.served],
  [t('过号', '過號', 'No-show'), (f) => f.noShow],
  [t('作废', '作廢', 'Cancelled'), (f) => f.cancelled],
  [t('转办', '轉辦', 'Transferred'), (f) => f.transferred],
  [t('已叫号', '已叫號', 'Called'), (f) => f.wait.count],
  [t('平均等候(分钟)', '平均等候(分鐘)', 'Mean wait (min)'), (f) => f.wait.meanMinutes],
  [t('等候中位数(分钟)', '等候中位數(分鐘)', 'Median wait (min)'), (f) => f.wait.medianMinutes],
  [t('等候90%分位(分钟)', '等候90%分位(分鐘)', '90th percentile wait (min)'), (f) => f.wait.p90Minutes],
  [t('平均办理(分钟)', '平均辦理(分鐘)', 'Mean service (min)'), (f) => f.service.meanMinutes],
  [t('办理中位数(分钟)', '辦理中位數(分鐘)', 'Median service (min)'), (f) => f.service.medianMinutes],
  [t('办理90%分位(分钟)', '辦理90%分位(分鐘)', '90th percentile service (min)'), (f) => f.service.p90Minutes],
  [t('等候达标', '等候達標', 'Within target wait'), (f) => f.withinTarget.count],
  [t('等候达标率(%)', '等候達標率(%)', 'Within target wait (%)'), (f) => percent(f.withinTarget.share)],
  [t('非常满意', '非常滿意', 'Very satisfied'), (f) => f.ratings['very-satisfied']],
  [t('满意', '滿意', 'Satisfied'), (f) => f.ratings.satisfied],
  [t('基本满意', '基本滿意', 'Basically satisfied'), (f) => f.ratings['basically-satisfied']],
  [t('不满意', '不滿意', 'Unsatisfied'), (f) => f.ratings.unsatisfied],
  [t('非常不满意', '非常不滿意', 'Very unsatisfied'), (f) => f.ratings['very-unsatisfied']],
  [t('未评价', '未評價', 'Not rated'), (f) => f.ratings['not-rated']],
  [t('参评率(%)', '參評率(%)', 'Participation (%)'), (f) => percent(f.participation)],
  [t('满意率(%)', '滿意率(%)', 'Satisfaction (%)'), (f) => percent(f.satisfaction)],
  [t('延时服务取号', '延時服務取號', 'Delay service issued'), (f) => f.delay.issued],
  [t('延时服务办结', '延時服務辦結', 'Delay service served'), (f) => f.delay.served],
];

const PERFORMANCE_COLUMNS: Column<WindowPerformance>[] = [
  [t('开窗(分钟)', '開窗(分鐘)', 'Open (min)'), (p) => p.openMinutes],
  [t('暂停(分钟)', '暫停(分鐘)', 'Paused (min)'), (p) => p.pausedMinutes],
  [t('空闲(分钟)', '空閒(分鐘)', 'Idle (min)'), (p) => p.idleMinutes],
  [t('过号率(%)', '過號率(%)', 'No-show rate (%)'), (p) => percent(p.noShowRate)],
];

const SUMMARY_COLUMNS: Column<ReportSummary>[] = [
  [t('起始日', '起始日', 'From'), (s) => s.from],
  [t('截止日', '截止日', 'To'), (s) => s.to],
  [t('天数', '天數', 'Days'), (s) => s.days],
  [t('开放天数', '開放天數', 'Open days'), (s) => s.openDays],
  ...TICKET_COLUMNS.map(([label, read]): Column<ReportSummary> => [label, (s) => read(s.tickets)]),
  [t('差评回访新增', '差評回訪新增', 'Follow-ups opened'), (s) => s.followUps.opened],
  [t('差评回访已结', '差評回訪已結', 'Follow-ups closed'), (s) => s.followUps.closed],
  [t('办不成事新增', '辦不成事新增', 'Could-not-get-it-done opened'), (s) => s.complaints.opened],
  [t('办不成事已解决', '辦不成事已解決', 'Could-not-get-it-done resolved'), (s) => s.complaints.resolved],
  [t('解决平均天数', '解決平均天數', 'Mean days to resolve'), (s) => s.complaints.meanResolvedAgeDays],
  [t('未解决最长天数', '未解決最長天數', 'Oldest open (days)'), (s) => s.complaints.oldestOpenAgeDays],
  [t('预约', '預約', 'Bookings'), (s) => s.bookings.made],
  [t('预约签到', '預約簽到', 'Bookings checked in'), (s) => s.bookings.checkedIn],
  [t('预约爽约', '預約爽約', 'Bookings not kept'), (s) => s.bookings.noShow],
  [t('预约取消', '預約取消', 'Bookings cancelled'), (s) => s.bookings.cancelled],
];

/** Lanes and window kinds have no names in the configuration: the report names them. */
const KEY_NAMES: Record<string, LocalizedText> = {
  normal: t('普通', '普通', 'Normal'),
  elderly: t('老年人', '長者', 'Elderly'),
  booking: t('预约', '預約', 'Booking'),
  zone: t('分区窗口', '分區窗口', 'Zone window'),
  comprehensive: t('综合窗口', '綜合窗口', 'Comprehensive window'),
  integrated: t('集成窗口', '集成窗口', 'Integrated window'),
  'cross-province': t('跨省通办窗口', '跨省通辦窗口', 'Cross-province window'),
  'elderly-help': t('助老窗口', '助老窗口', 'Elderly help window'),
  complaints: t('办不成事窗口', '辦不成事窗口', 'Could-not-get-it-done window'),
};

const DIMENSION_NAMES: Record<ReportBreakdown['by'], LocalizedText> = {
  hour: t('时段', '時段', 'Hour'),
  day: t('日期', '日期', 'Day'),
  'day-hour': t('日期时段', '日期時段', 'Day and hour'),
  zone: t('区域', '區域', 'Zone'),
  service: t('事项', '事項', 'Service'),
  window: t('窗口', '窗口', 'Window'),
  clerk: t('工作人员', '工作人員', 'Clerk'),
  lane: t('队列', '隊列', 'Lane'),
  kind: t('窗口类型', '窗口類型', 'Window kind'),
};

const NAME = t('名称', '名稱', 'Name');

export function summarySheet(s: ReportSummary, lang: Locale): ReportSheet {
  return {
    title: `${t('汇总', '匯總', 'Summary')[lang]} ${s.from}–${s.to}`,
    header: SUMMARY_COLUMNS.map(([label]) => label[lang]),
    rows: [SUMMARY_COLUMNS.map(([, read]) => read(s))],
  };
}

export function breakdownSheet(b: ReportBreakdown, lang: Locale): ReportSheet {
  const performance = b.by === 'window' || b.by === 'clerk' || b.by === 'zone' || b.by === 'kind';
  return {
    title: `${DIMENSION_NAMES[b.by][lang]} ${b.from}–${b.to}`,
    header: [
      DIMENSION_NAMES[b.by][lang],
      NAME[lang],
      ...TICKET_COLUMNS.map(([label]) => label[lang]),
      ...(performance ? PERFORMANCE_COLUMNS.map(([label]) => label[lang]) : []),
    ],
    rows: b.rows.map((r) => [
      r.key,
      (r.names ?? KEY_NAMES[r.key])?.[lang] ?? null,
      ...TICKET_COLUMNS.map(([, read]) => read(r.tickets)),
      ...(performance ? PERFORMANCE_COLUMNS.map(([, read]) => (r.performance ? read(r.performance) : null)) : []),
    ]),
  };
}
