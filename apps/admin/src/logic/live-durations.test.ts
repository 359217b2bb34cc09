import { expect, test } from 'vitest';
import { elapsedMinutes, minutesText, sinceText, spanText } from './live-durations.ts';

const T0 = Date.UTC(2026, 10, 25, 2, 0, 0);
const MIN = 60_000;

test('whole minutes on the hub clock, rounded down, never negative', () => {
  expect(elapsedMinutes(T0, T0)).toBe(0);
  expect(elapsedMinutes(T0, T0 + MIN - 1)).toBe(0);
  expect(elapsedMinutes(T0, T0 + MIN)).toBe(1);
  expect(elapsedMinutes(T0, T0 + 95 * MIN + 59_999)).toBe(95);
  expect(elapsedMinutes(T0 + 5_000, T0)).toBe(0);
});

test('a span in words in the three languages', () => {
  expect(spanText('zh-Hans', 0)).toBe('不到 1 分钟');
  expect(spanText('zh-Hans', 7)).toBe('7 分钟');
  expect(spanText('zh-Hans', 60)).toBe('1 小时 0 分');
  expect(spanText('zh-Hans', 125)).toBe('2 小时 5 分');
  expect(spanText('zh-Hant', 7)).toBe('7 分鐘');
  expect(spanText('zh-Hant', 125)).toBe('2 小時 5 分');
  expect(spanText('en', 0)).toBe('under a minute');
  expect(spanText('en', 1)).toBe('1 min');
  expect(spanText('en', 125)).toBe('2 h 5 min');
});

test('since when, from the hub clock only', () => {
  expect(sinceText('zh-Hans', T0, T0 + 31 * MIN)).toBe('31 分钟');
  expect(sinceText('en', T0, T0 + 61 * MIN)).toBe('1 h 1 min');
});

test("the hub's figures of minutes: 0 is 0 minutes, 60 and more in hours", () => {
  expect(minutesText('zh-Hans', 0)).toBe('0 分钟');
  expect(minutesText('zh-Hans', 41)).toBe('41 分钟');
  expect(minutesText('en', 90)).toBe('1 h 30 min');
});
