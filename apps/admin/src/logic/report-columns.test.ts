import { expect, test } from 'vitest';
import { breakdownColumns } from './report-columns.ts';
import { performance, row, wait } from './report-fixtures.ts';
import { formatShare, rowLabel } from './report-labels.ts';

test('window and clerk rows get the performance columns; hours and services do not', () => {
  const ids = (by: Parameters<typeof breakdownColumns>[0]) => breakdownColumns(by).map((c) => c.id);
  expect(ids('window')).toEqual(expect.arrayContaining(['noShowRate', 'openHours', 'pausedHours', 'idleHours']));
  expect(ids('clerk')).toEqual(ids('window'));
  expect(ids('hour')).not.toContain('openHours');
  expect(ids('service')).toEqual(ids('hour'));
});

test('cells read as the table shows them', () => {
  const r = row(
    '3',
    { issued: 1234, wait: wait(7.25), withinTarget: { count: 9, share: 0.9 } },
    { performance: performance({ openMinutes: 450, pausedMinutes: 15, idleMinutes: 0, noShowRate: 0.0625 }) },
  );
  const cells = Object.fromEntries(breakdownColumns('window').map((c) => [c.id, c.cell(r, 'en')]));
  expect(cells).toMatchObject({
    issued: '1,234',
    meanWait: '7.3',
    p90Wait: '7.3',
    meanService: '—',
    withinTarget: '90.0%',
    satisfaction: '—',
    noShowRate: '6.2%',
    openHours: '7.5',
    pausedHours: '0.3',
    idleHours: '0.0',
  });
});

test('rows are named by the hub, or by the console for hours, days, windows, lanes and kinds', () => {
  expect(rowLabel('hour', row('08', {}), 'en')).toBe('08:00–09:00');
  expect(rowLabel('day', row('2026-11-25', {}), 'zh-Hans')).toBe('11月25日 周三');
  expect(rowLabel('day-hour', row('2026-11-25T17', {}), 'en')).toBe('Wed 25 Nov 17:00–18:00');
  expect(rowLabel('window', row('7', {}), 'zh-Hans')).toBe('7 号窗口');
  const named = { 'zh-Hans': '7号窗口 · 税务', 'zh-Hant': '7號窗口 · 稅務', en: 'Window 7 · Tax' };
  expect(rowLabel('window', row('7', {}, { names: named }), 'zh-Hant')).toBe('7號窗口 · 稅務');
  expect(rowLabel('lane', row('elderly', {}), 'zh-Hans')).toBe('老年人');
  expect(rowLabel('kind', row('comprehensive', {}), 'en')).toBe('Comprehensive window');
  expect(rowLabel('kind', row('a-new-kind', {}), 'en')).toBe('a-new-kind');
});

test('a share is floored to one decimal, never rounded up to 100 %', () => {
  expect(formatShare(0.9996, 'en')).toBe('99.9%');
  expect(formatShare(1, 'en')).toBe('100.0%');
  expect(formatShare(null, 'en')).toBe('—');
});
