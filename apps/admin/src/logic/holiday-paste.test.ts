import { expect, test } from 'vitest';
import { formatHolidays, mergeHolidays, parseHolidayPaste } from './holiday-paste.ts';

test('a date alone or with 休 is closed, with 班 a swapped working day; dates are normalised and sorted', () => {
  const got = parseHolidayPaste('2026-10-02\n2026-10-01 休\n\n# 国庆\n2026-9-28 班\n2026-10-11\t班\n2026-1-1，休');
  expect(got).toEqual({
    closed: ['2026-01-01', '2026-10-01', '2026-10-02'],
    workdays: ['2026-09-28', '2026-10-11'],
    problems: [],
  });
});

test('a line it cannot read is reported with its number, never guessed', () => {
  const got = parseHolidayPaste('2026-02-30\n2026-10-01 放假吗\nnext monday\n2026-10-03 休 extra\n2026-10-04');
  expect(got.closed).toEqual(['2026-10-04']);
  expect(got.problems).toEqual([
    { line: 1, text: '2026-02-30' },
    { line: 2, text: '2026-10-01 放假吗' },
    { line: 3, text: 'next monday' },
    { line: 4, text: '2026-10-03 休 extra' },
  ]);
});

test('merging moves a day pasted as the other kind and keeps the rest', () => {
  const merged = mergeHolidays(
    { closed: ['2026-05-01', '2026-05-04'], workdays: ['2026-04-26'] },
    { closed: ['2026-04-26'], workdays: ['2026-05-04', '2026-05-09'] },
  );
  expect(merged).toEqual({ closed: ['2026-04-26', '2026-05-01'], workdays: ['2026-05-04', '2026-05-09'] });
});

test('the list written out reads back as the same calendar', () => {
  const calendar = { closed: ['2026-10-01', '2026-10-02'], workdays: ['2026-09-28'] };
  const text = formatHolidays(calendar);
  expect(text).toBe('2026-09-28 班\n2026-10-01 休\n2026-10-02 休');
  expect(parseHolidayPaste(text)).toEqual({ ...calendar, problems: [] });
});
