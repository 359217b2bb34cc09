import { describe, expect, it } from 'vitest';
import { hallToday } from '../logic/hall-today.ts';
import { opensText } from './opening.ts';

const SH = 'Asia/Shanghai';
/** Wednesday 2026-11-25 in Shanghai. */
const WED = hallToday('2026-11-25', 0, SH);
const sh = (day: number, hour: number, minute = 0) => Date.UTC(2026, 10, day, hour - 8, minute);

describe('when a closed service opens, in three languages and the hall time zone', () => {
  it('today, later', () => {
    expect(opensText(sh(25, 17), WED, SH, 'zh-Hans')).toBe('今天 17:00 开始办理');
    expect(opensText(sh(25, 17), WED, SH, 'zh-Hant')).toBe('今天 17:00 開始辦理');
    expect(opensText(sh(25, 17), WED, SH, 'en')).toBe('Opens today 17:00');
  });

  it('tomorrow morning, across the hall-local midnight (which is 16:00 UTC)', () => {
    // 09:00 Thursday in Shanghai is 01:00 UTC Thursday; 08:30 is 00:30 UTC: both "tomorrow".
    expect(opensText(sh(26, 9), WED, SH, 'zh-Hans')).toBe('明天 09:00 开始办理');
    expect(opensText(sh(26, 8, 30), WED, SH, 'en')).toBe('Opens tomorrow 08:30');
    // 07:00 Thursday in Shanghai is still Wednesday in UTC: the hall's calendar counts, not UTC's.
    expect(opensText(sh(26, 7), WED, SH, 'zh-Hant')).toBe('明天 07:00 開始辦理');
  });

  it('a weekday within the week, a date beyond it', () => {
    expect(opensText(sh(28, 9), WED, SH, 'zh-Hans')).toBe('周六 09:00 开始办理');
    expect(opensText(sh(30, 9), WED, SH, 'zh-Hant')).toBe('週一 09:00 開始辦理');
    expect(opensText(sh(30, 9), WED, SH, 'en')).toBe('Opens Monday 09:00');
    expect(opensText(Date.UTC(2026, 11, 3, 1, 0), WED, SH, 'zh-Hans')).toBe('12月3日 09:00 开始办理');
    expect(opensText(Date.UTC(2026, 11, 3, 1, 0), WED, SH, 'en')).toBe('Opens 3 Dec 09:00');
  });

  it('nothing within a month', () => {
    expect(opensText(null, WED, SH, 'zh-Hans')).toBe('暂停办理');
    expect(opensText(null, WED, SH, 'en')).toBe('Closed for now');
  });

  it('in a hall time zone with daylight saving, on the night the clocks go back', () => {
    // Berlin, Sunday 2026-10-25: 03:00 summer time becomes 02:00 winter time; the day has 25 hours.
    const berlin = 'Europe/Berlin';
    const sat = hallToday('2026-10-24', 0, berlin);
    // Monday 09:00 winter time (UTC+1) is 08:00 UTC: two calendar days on, not a 48-hour count.
    expect(opensText(Date.UTC(2026, 9, 26, 8, 0), sat, berlin, 'en')).toBe('Opens Monday 09:00');
    // Sunday 00:30 summer time is Saturday 22:30 UTC: already tomorrow in Berlin.
    expect(opensText(Date.UTC(2026, 9, 24, 22, 30), sat, berlin, 'zh-Hans')).toBe('明天 00:30 开始办理');
  });
});
