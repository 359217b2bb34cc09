import { expect, test } from 'vitest';
import { configDiff, shortValue } from './config-diff.ts';
import { testHall } from './test-hall.ts';

test('a renamed service, a removed window and a new holiday are each one change', () => {
  const a = testHall();
  const [marriage, pension] = a.services;
  if (!marriage || !pension) throw new Error('test hall');
  const b = {
    ...a,
    services: [pension, { ...marriage, names: { ...marriage.names, en: 'Marriages' } }],
    windows: [],
    holidays: { ...a.holidays, closed: [...a.holidays.closed, '2026-12-25'] },
  };
  expect(configDiff(a, b)).toEqual([
    { path: 'services[marriage].names.en', before: 'Marriage', after: 'Marriages' },
    { path: 'windows[1]', before: a.windows[0], after: undefined },
    { path: 'holidays.closed', before: ['2026-10-01'], after: ['2026-10-01', '2026-12-25'] },
  ]);
  expect(configDiff(a, structuredClone(a))).toEqual([]);
});

test('values are shown short', () => {
  expect(shortValue(undefined)).toBe('—');
  expect(shortValue('A')).toBe('A');
  expect(shortValue({ a: 1 })).toBe('{"a":1}');
  expect(shortValue('x'.repeat(200))).toHaveLength(80);
});
