import type { Locale, ReportBreakdown, ReportRow } from '@hall/protocol';
import type { BarSeriesOption, HeatmapSeriesOption, LineSeriesOption } from 'echarts/charts';
import type {
  GridComponentOption,
  LegendComponentOption,
  TooltipComponentOption,
  VisualMapComponentOption,
} from 'echarts/components';
import type { ComposeOption } from 'echarts/core';
import { texts } from '../i18n/texts.ts';
import { formatCount, formatDecimal, formatShare, hourLabel, rowLabel } from './report-labels.ts';

/** The option of every chart on the reports page: only the series and components `ReportChart` registers. */
export type ReportChartOption = ComposeOption<
  | BarSeriesOption
  | HeatmapSeriesOption
  | LineSeriesOption
  | GridComponentOption
  | LegendComponentOption
  | TooltipComponentOption
  | VisualMapComponentOption
>;

/** A chart's figures as a table: its text alternative (WCAG 1.1.1), first column the row's name. */
export interface TextTable {
  columns: string[];
  rows: string[][];
}

export interface ReportChartSpec {
  option: ReportChartOption;
  table: TextTable;
}

/** Colours from the hall's tokens that keep 3:1 against white (WCAG 1.4.11 for graphics). */
const BRAND = '#164b9e';
const SECOND = '#1e6b34';
const AXIS_INK = '#4a5668';
/**
 * Short waits pale, long waits deep orange: "hotter is worse" read from lightness as well as hue, and light
 * enough everywhere for the dark figures written in the cells (4.5:1 and more against AXIS_INK's ink).
 */
const HEAT = ['#eef3fa', '#ffcf66', '#f4845f'];
const CELL_INK = '#1b2430';

const BASE: ReportChartOption = {
  animation: false,
  textStyle: { color: AXIS_INK },
  tooltip: { trigger: 'item', confine: true },
};

/** `share` as a percentage number for a chart axis (one decimal, never rounded up to 100). */
const percent = (share: number | null): number | '-' => (share === null ? '-' : Math.floor(share * 1000) / 10);

/**
 * Waits by day and hour (by=day-hour): a heat map of the mean wait, a row per day that had tickets, a column
 * per hour from the earliest to the latest hour with any.
 */
export function waitHeatmap(b: ReportBreakdown, locale: Locale): ReportChartSpec | null {
  const cells = b.rows.map((r) => {
    const [day = '', hour = ''] = r.key.split('T');
    return { day, hour: Number(hour), wait: r.tickets.wait.meanMinutes };
  });
  if (cells.length === 0) return null;
  const days = [...new Set(cells.map((c) => c.day))].sort();
  const first = Math.min(...cells.map((c) => c.hour));
  const last = Math.max(...cells.map((c) => c.hour));
  const hourKeys = Array.from({ length: last - first + 1 }, (_, i) => String(first + i).padStart(2, '0'));
  const waitAt = new Map(cells.map((c) => [`${c.day}T${String(c.hour).padStart(2, '0')}`, c.wait]));
  const dayNames = days.map((d) => rowLabel('day', { key: d, names: null } as ReportRow, locale));
  const top = Math.max(1, ...cells.map((c) => c.wait ?? 0));
  const data = days.flatMap((d, y) =>
    hourKeys.map((h, x): [number, number, number | '-'] => [x, y, waitAt.get(`${d}T${h}`) ?? '-']),
  );
  return {
    option: {
      ...BASE,
      grid: { left: 8, right: 16, top: 8, bottom: 56, containLabel: true },
      xAxis: { type: 'category', data: hourKeys.map((h) => `${h}:00`), splitArea: { show: true } },
      yAxis: { type: 'category', data: dayNames, inverse: true, splitArea: { show: true } },
      visualMap: {
        min: 0,
        max: Math.ceil(top),
        calculable: false,
        orient: 'horizontal',
        left: 'center',
        bottom: 0,
        inRange: { color: HEAT },
        text: [formatDecimal(Math.ceil(top), locale), '0'],
      },
      series: [
        {
          type: 'heatmap',
          name: texts(locale, 'col.meanWait'),
          data,
          // Numbers in the cells while they fit (a week or two); the colour alone on longer ranges.
          label: { show: days.length * hourKeys.length <= 200, fontSize: 11, color: CELL_INK },
        },
      ],
    },
    table: {
      columns: [texts(locale, 'dim.day'), ...hourKeys.map(hourLabel)],
      rows: days.map((d, y) => [
        dayNames[y] ?? d,
        ...hourKeys.map((h) => formatDecimal(waitAt.get(`${d}T${h}`) ?? null, locale)),
      ]),
    },
  };
}

/** Load by zone (by=zone): tickets issued against the hours its windows were open, the cold and hot zones. */
export function zoneLoad(b: ReportBreakdown, locale: Locale): ReportChartSpec | null {
  if (b.rows.every((r) => r.tickets.issued === 0)) return null;
  const names = b.rows.map((r) => rowLabel('zone', r, locale));
  const openHours = b.rows.map((r) => Math.round((r.performance?.openMinutes ?? 0) / 6) / 10);
  return {
    option: {
      ...BASE,
      tooltip: { trigger: 'axis', confine: true },
      legend: { top: 0 },
      grid: { left: 8, right: 8, top: 36, bottom: 8, containLabel: true },
      xAxis: { type: 'category', data: names, axisLabel: { interval: 0, rotate: 35 } },
      yAxis: [
        { type: 'value', name: texts(locale, 'fig.issued') },
        { type: 'value', name: texts(locale, 'col.openHours'), splitLine: { show: false } },
      ],
      series: [
        {
          type: 'bar',
          name: texts(locale, 'fig.issued'),
          data: b.rows.map((r) => r.tickets.issued),
          itemStyle: { color: BRAND },
        },
        {
          type: 'bar',
          name: texts(locale, 'col.openHours'),
          yAxisIndex: 1,
          data: openHours,
          itemStyle: { color: SECOND },
        },
      ],
    },
    table: {
      columns: [
        texts(locale, 'dim.zone'),
        texts(locale, 'fig.issued'),
        texts(locale, 'col.openHours'),
        texts(locale, 'col.issuedPerOpenHour'),
      ],
      rows: b.rows.map((r, i) => {
        const open = openHours[i] ?? 0;
        return [
          names[i] ?? r.key,
          formatCount(r.tickets.issued, locale),
          formatDecimal(open, locale),
          formatDecimal(open > 0 ? Math.round((r.tickets.issued / open) * 10) / 10 : null, locale),
        ];
      }),
    },
  };
}

/** The satisfaction trend (by=day): satisfaction and participation per day, in percent. */
export function satisfactionTrend(b: ReportBreakdown, locale: Locale): ReportChartSpec | null {
  const rows = b.rows.filter((r) => r.tickets.issued > 0);
  if (rows.length === 0) return null;
  const days = rows.map((r) => rowLabel('day', r, locale));
  const rated = (r: ReportRow) => {
    const c = r.tickets.ratings;
    return c['very-satisfied'] + c.satisfied + c['basically-satisfied'] + c.unsatisfied + c['very-unsatisfied'];
  };
  return {
    option: {
      ...BASE,
      tooltip: { trigger: 'axis', confine: true },
      legend: { top: 0 },
      grid: { left: 8, right: 16, top: 36, bottom: 8, containLabel: true },
      xAxis: { type: 'category', data: days },
      yAxis: { type: 'value', scale: true, max: 100, axisLabel: { formatter: '{value}%' } },
      series: [
        {
          type: 'line',
          name: texts(locale, 'fig.satisfaction'),
          data: rows.map((r) => percent(r.tickets.satisfaction)),
          itemStyle: { color: BRAND },
          symbolSize: 8,
        },
        {
          type: 'line',
          name: texts(locale, 'fig.participation'),
          data: rows.map((r) => percent(r.tickets.participation)),
          itemStyle: { color: SECOND },
          lineStyle: { type: 'dashed' },
          symbol: 'rect',
          symbolSize: 8,
        },
      ],
    },
    table: {
      columns: [
        texts(locale, 'dim.day'),
        texts(locale, 'fig.satisfaction'),
        texts(locale, 'fig.participation'),
        texts(locale, 'col.rated'),
      ],
      rows: rows.map((r, i) => [
        days[i] ?? r.key,
        formatShare(r.tickets.satisfaction, locale),
        formatShare(r.tickets.participation, locale),
        formatCount(rated(r), locale),
      ]),
    },
  };
}

export const BUSIEST_SERVICES = 10;

/** The busiest services (by=service): the ten with the most tickets issued, the busiest on top. */
export function busiestServices(b: ReportBreakdown, locale: Locale): ReportChartSpec | null {
  const top = b.rows
    .filter((r) => r.tickets.issued > 0)
    .map((r, order) => ({ r, order }))
    .sort((x, y) => y.r.tickets.issued - x.r.tickets.issued || x.order - y.order)
    .slice(0, BUSIEST_SERVICES)
    .map((x) => x.r);
  if (top.length === 0) return null;
  const names = top.map((r) => rowLabel('service', r, locale));
  return {
    option: {
      ...BASE,
      grid: { left: 8, right: 48, top: 8, bottom: 8, containLabel: true },
      xAxis: { type: 'value' },
      yAxis: { type: 'category', data: names, inverse: true },
      series: [
        {
          type: 'bar',
          name: texts(locale, 'fig.issued'),
          data: top.map((r) => r.tickets.issued),
          itemStyle: { color: BRAND },
          label: { show: true, position: 'right' },
        },
      ],
    },
    table: {
      columns: [
        texts(locale, 'dim.service'),
        texts(locale, 'fig.issued'),
        texts(locale, 'fig.served'),
        texts(locale, 'col.meanWait'),
      ],
      rows: top.map((r, i) => [
        names[i] ?? r.key,
        formatCount(r.tickets.issued, locale),
        formatCount(r.tickets.served, locale),
        formatDecimal(r.tickets.wait.meanMinutes, locale),
      ]),
    },
  };
}
