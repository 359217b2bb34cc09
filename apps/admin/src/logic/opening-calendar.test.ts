import { expect, test } from 'vitest';
import { openingCalendar } from './opening-calendar.ts';
import { testHall } from './test-hall.ts';

test('months start on their first day, padded to Monday, and run to their last', () => {
  const [sep, oct, nov] = openingCalendar(testHall(), '2026-09-17', 3);
  expect(sep?.month).toBe('2026-09');
  // 2026-09-01 is a Tuesday.
  expect(sep?.leadingBlanks).toBe(1);
  expect(sep?.days).toHaveLength(30);
  expect(oct?.days[0]?.day).toBe('2026-10-01');
  expect(oct?.days).toHaveLength(31);
  // 2026-11-01 is a Sunday.
  expect(nov?.leadingBlanks).toBe(6);
});

test('each day says what the schedule rules make of it', () => {
  const [oct] = openingCalendar(testHall(), '2026-10-05', 1);
  const day = (d: string) => oct?.days.find((x) => x.day === d);
  // A working Friday: both services in regular hours, the delay-service one in the evening too.
  expect(day('2026-10-02')).toEqual({
    day: '2026-10-02',
    dayKind: 'working',
    swapped: false,
    regularServices: 2,
    delayServices: 1,
  });
  // A holiday on a Thursday: closed, and marked as not the usual week.
  expect(day('2026-10-01')).toMatchObject({ dayKind: 'closed', swapped: true, regularServices: 0, delayServices: 0 });
  // A Saturday: only the delay-service one, in weekend hours.
  expect(day('2026-10-03')).toMatchObject({ dayKind: 'rest', swapped: false, regularServices: 0, delayServices: 1 });
  // A Sunday worked in exchange (调休).
  expect(day('2026-10-11')).toMatchObject({ dayKind: 'working', swapped: true, regularServices: 2 });
});

test('the calendar of one service counts only it, with its own hours', () => {
  const hall = testHall();
  const marriageClosedFriday = {
    ...hall,
    services: hall.services.map((s) => (s.id === 'marriage' ? { ...s, hours: { regular: [] } } : s)),
  };
  const [oct] = openingCalendar(marriageClosedFriday, '2026-10-05', 1, ['marriage']);
  expect(oct?.days.find((x) => x.day === '2026-10-02')).toMatchObject({ regularServices: 0, delayServices: 0 });
  const [all] = openingCalendar(marriageClosedFriday, '2026-10-05', 1, ['pension']);
  expect(all?.days.find((x) => x.day === '2026-10-02')).toMatchObject({ regularServices: 1, delayServices: 1 });
});
