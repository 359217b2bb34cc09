import { expect, test } from 'vitest';
import { addChip, ageOf } from './age.ts';

test('ages in minutes, hours, days', () => {
  expect(ageOf(0, 59 * 60_000)).toEqual({ unit: 'min', value: 59 });
  expect(ageOf(0, 3 * 3_600_000 + 5)).toEqual({ unit: 'h', value: 3 });
  expect(ageOf(0, 72 * 3_600_000)).toEqual({ unit: 'd', value: 3 });
  expect(ageOf(10, 0)).toEqual({ unit: 'min', value: 0 });
});

test('department chips', () => {
  expect(addChip(['税务'], ' 医保 ')).toEqual(['税务', '医保']);
  expect(addChip(['税务'], '税务')).toEqual(['税务']);
  expect(addChip(['税务'], '  ')).toEqual(['税务']);
  expect(
    addChip(
      Array.from({ length: 10 }, (_, i) => String(i)),
      'x',
    ),
  ).toHaveLength(10);
});
