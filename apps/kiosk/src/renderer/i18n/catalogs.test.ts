import { catalogProblems } from '@hall/web-ui';
import { describe, expect, it } from 'vitest';
import { bookingTexts } from './booking.ts';
import { commonTexts } from './common.ts';
import { confirmTexts } from './confirm.ts';
import { hubErrorTexts } from './hub-errors.ts';
import { laneTexts } from './lane.ts';
import { openingTexts } from './opening.ts';
import { printTexts } from '@hall/web-ui';
import { resultTexts } from './result.ts';
import { servicesTexts } from './services.ts';
import { setupTexts } from './setup.ts';
import { startTexts } from './start.ts';
import { statusTexts } from './status.ts';

/** What `catalogProblems` finds in each of the kiosk's catalogs (one per screen area). */
const problems = {
  bookingTexts: catalogProblems(bookingTexts.catalog),
  commonTexts: catalogProblems(commonTexts.catalog),
  confirmTexts: catalogProblems(confirmTexts.catalog),
  hubErrorTexts: catalogProblems(hubErrorTexts.catalog),
  laneTexts: catalogProblems(laneTexts.catalog),
  openingTexts: catalogProblems(openingTexts.catalog),
  printTexts: catalogProblems(printTexts.catalog),
  resultTexts: catalogProblems(resultTexts.catalog),
  servicesTexts: catalogProblems(servicesTexts.catalog),
  setupTexts: catalogProblems(setupTexts.catalog),
  startTexts: catalogProblems(startTexts.catalog),
  statusTexts: catalogProblems(statusTexts.catalog),
};

describe("the kiosk's texts", () => {
  it.each(Object.entries(problems))('%s: every key in three languages, valid ICU, the same arguments', (_, found) => {
    expect(found).toEqual([]);
  });

  it('say English counts with plurals, Chinese with one form', () => {
    expect(commonTexts('en', 'waiting', { n: 1 })).toBe('1 person waiting');
    expect(commonTexts('en', 'waiting', { n: 3 })).toBe('3 people waiting');
    expect(commonTexts('zh-Hans', 'waiting', { n: 1 })).toBe('1 人等候');
    expect(commonTexts('zh-Hant', 'waitMinutes', { m: 0 })).toBe('無需等候');
    expect(commonTexts('en', 'waitMinutes', { m: 12 })).toBe('About 12 min');
    expect(resultTexts('en', 'people', { n: 1 })).toBe('1 person');
    expect(resultTexts('zh-Hans', 'minutes', { m: 0 })).toBe('即将叫号');
    expect(resultTexts('en', 'minutes', { m: 7 })).toBe('About 7 min');
    expect(resultTexts('zh-Hans', 'waitRange', { low: 15, high: 25 })).toBe('约 15–25 分钟');
    expect(resultTexts('zh-Hant', 'waitRange', { low: 15, high: 25 })).toBe('約 15–25 分鐘');
    expect(resultTexts('en', 'waitRange', { low: 15, high: 25 })).toBe('About 15–25 min');
  });
});
