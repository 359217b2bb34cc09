import { expect, test } from 'vitest';
import { addChip } from './chips.ts';

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
