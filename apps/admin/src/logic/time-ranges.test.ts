import { expect, test } from 'vitest';
import { formatRanges, parseRanges } from './time-ranges.ts';

test('a typed line becomes ranges and back', () => {
  const got = parseRanges('8:30-12:00，13:30 ~ 17:00');
  expect(got).toEqual({
    ok: true,
    ranges: [
      { from: '08:30', to: '12:00' },
      { from: '13:30', to: '17:00' },
    ],
  });
  expect(got.ok && formatRanges(got.ranges)).toBe('08:30-12:00, 13:30-17:00');
  expect(parseRanges('  ')).toEqual({ ok: true, ranges: [] });
});

test('the first piece the protocol refuses is named', () => {
  expect(parseRanges('08:30-12:00, 17:00-13:00')).toEqual({ ok: false, bad: '17:00-13:00' });
  expect(parseRanges('25:00-26:00')).toEqual({ ok: false, bad: '25:00-26:00' });
  expect(parseRanges('09:00')).toEqual({ ok: false, bad: '09:00' });
});
