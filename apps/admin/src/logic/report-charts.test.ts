import { describe, expect, test } from 'vitest';
import { busiestServices, satisfactionTrend, waitHeatmap, zoneLoad } from './report-charts.ts';
import { breakdown, performance, row, wait } from './report-fixtures.ts';

const names = (zh: string) => ({ 'zh-Hans': zh, 'zh-Hant': zh, en: zh });

describe('waitHeatmap', () => {
  const b = breakdown('day-hour', [
    row('2026-11-16T09', { issued: 5, wait: wait(4.5) }),
    row('2026-11-16T11', { issued: 2, wait: wait(12) }),
    row('2026-11-18T10', { issued: 1, wait: wait(30.2) }),
  ]);

  test('a row per day with tickets, a column per hour from the first to the last, gaps empty', () => {
    const spec = waitHeatmap(b, 'zh-Hans');
    if (!spec) throw new Error('no chart');
    const series = Array.isArray(spec.option.series) ? spec.option.series[0] : spec.option.series;
    expect(series?.data).toEqual([
      [0, 0, 4.5],
      [1, 0, '-'],
      [2, 0, 12],
      [0, 1, '-'],
      [1, 1, 30.2],
      [2, 1, '-'],
    ]);
    expect(spec.option.xAxis).toMatchObject({ data: ['09:00', '10:00', '11:00'] });
    expect(spec.option.yAxis).toMatchObject({ data: ['11月16日 周一', '11月18日 周三'] });
    expect(spec.option.visualMap).toMatchObject({ min: 0, max: 31 });
  });

  test('its table says the same in words', () => {
    expect(waitHeatmap(b, 'en')?.table).toEqual({
      columns: ['Day', '09:00–10:00', '10:00–11:00', '11:00–12:00'],
      rows: [
        ['Mon 16 Nov', '4.5', '—', '12.0'],
        ['Wed 18 Nov', '—', '30.2', '—'],
      ],
    });
  });

  test('no rows, no chart', () => {
    expect(waitHeatmap(breakdown('day-hour', []), 'en')).toBeNull();
  });
});

describe('zoneLoad', () => {
  const b = breakdown('zone', [
    row('tax', { issued: 120 }, { names: names('税务'), performance: performance({ openMinutes: 960 }) }),
    row('medical', { issued: 30 }, { names: names('医保'), performance: performance({ openMinutes: 0 }) }),
  ]);

  test('tickets issued against the hours its windows were open', () => {
    const spec = zoneLoad(b, 'zh-Hans');
    expect(spec?.option.xAxis).toMatchObject({ data: ['税务', '医保'] });
    expect(spec?.option.series).toMatchObject([{ data: [120, 30] }, { data: [16, 0], yAxisIndex: 1 }]);
    expect(spec?.table.rows).toEqual([
      ['税务', '120', '16.0', '7.5'],
      ['医保', '30', '0.0', '—'],
    ]);
  });

  test('a range with no tickets has no chart', () => {
    expect(zoneLoad(breakdown('zone', [row('tax', {})]), 'en')).toBeNull();
  });
});

describe('satisfactionTrend', () => {
  test('satisfaction and participation in percent per open day; a day without ratings is a gap', () => {
    const b = breakdown('day', [
      row('2026-11-16', {
        issued: 10,
        satisfaction: 0.998,
        participation: 0.5,
        ratings: {
          'very-satisfied': 3,
          satisfied: 1,
          'basically-satisfied': 1,
          unsatisfied: 0,
          'very-unsatisfied': 0,
          'not-rated': 5,
        },
      }),
      row('2026-11-17', { issued: 4 }),
      row('2026-11-22', {}),
    ]);
    const spec = satisfactionTrend(b, 'en');
    expect(spec?.option.xAxis).toMatchObject({ data: ['Mon 16 Nov', 'Tue 17 Nov'] });
    expect(spec?.option.series).toMatchObject([{ data: [99.8, '-'] }, { data: [50, '-'] }]);
    expect(spec?.table.rows).toEqual([
      ['Mon 16 Nov', '99.8%', '50.0%', '5'],
      ['Tue 17 Nov', '—', '—', '0'],
    ]);
  });

  test('a satisfaction just under 1 is not rounded up to 100 %', () => {
    const spec = satisfactionTrend(breakdown('day', [row('2026-11-16', { issued: 1, satisfaction: 0.9996 })]), 'en');
    expect(spec?.option.series).toMatchObject([{ data: [99.9] }, {}]);
    expect(spec?.table.rows[0]?.[1]).toBe('99.9%');
  });
});

describe('busiestServices', () => {
  test('the ten with most tickets, busiest first, ties in configuration order, none without tickets', () => {
    const rows = Array.from({ length: 13 }, (_, i) =>
      row(`s${i}`, { issued: i === 12 ? 0 : 10 + (i % 4) }, { names: names(`事项${i}`) }),
    );
    const spec = busiestServices(breakdown('service', rows), 'zh-Hans');
    expect(spec?.option.yAxis).toMatchObject({
      inverse: true,
      data: ['事项3', '事项7', '事项11', '事项2', '事项6', '事项10', '事项1', '事项5', '事项9', '事项0'],
    });
    expect(spec?.option.series).toMatchObject([{ data: [13, 13, 13, 12, 12, 12, 11, 11, 11, 10] }]);
    expect(spec?.table.rows).toHaveLength(10);
  });
});
