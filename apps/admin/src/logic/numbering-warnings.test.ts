import { expect, test } from 'vitest';
import { numberingWarnings, warningByService } from './numbering-warnings.ts';

const entry = (prefix: string, level: 'ok' | 'low' | 'overflowed', lastSeq: number, serviceIds: string[]) => ({
  prefix,
  numberDigits: 3 as const,
  serviceIds,
  lastSeq,
  lastOfWidth: 999,
  warnAt: 900,
  level,
});

test('only prefixes that are low or overflowed warn, the overflowed first', () => {
  const warnings = numberingWarnings({
    businessDay: '2026-11-25',
    prefixes: [entry('A', 'low', 912, ['a1', 'a2']), entry('B', 'ok', 3, ['b']), entry('C', 'overflowed', 1002, ['c'])],
  });
  expect(warnings.map((w) => [w.prefix, w.level])).toEqual([
    ['C', 'overflowed'],
    ['A', 'low'],
  ]);
  const byService = warningByService(warnings);
  expect(byService.get('a2')?.prefix).toBe('A');
  expect(byService.has('b')).toBe(false);
});
