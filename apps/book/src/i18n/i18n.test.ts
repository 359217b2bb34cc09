import { catalogProblems } from '@hall/web-ui';
import { describe, expect, test } from 'vitest';
import { checkInText, texts } from './texts.ts';

describe('the catalog', () => {
  test('is sound: same keys, valid ICU, same arguments in every language', () => {
    expect(catalogProblems(texts.catalog)).toEqual([]);
  });

  test('English counts with plurals; Chinese has one form', () => {
    expect(texts('en', 'servicesCount', { n: 1 })).toBe('1 service');
    expect(texts('en', 'servicesCount', { n: 3 })).toBe('3 services');
    expect(texts('zh-Hans', 'servicesCount', { n: 1 })).toBe('1 个事项');
    expect(texts('zh-Hant', 'placesLeft', { n: 2 })).toBe('剩餘 2 個');
    expect(texts('en', 'placesLeft', { n: 2 })).toBe('Places left: 2');
  });
});

describe('the check-in sentence', () => {
  test('with the hub minutes', () => {
    expect(checkInText(30, 'zh-Hans')).toContain('开始前 30 分钟起');
    expect(checkInText(30, 'zh-Hant')).toContain('開始前 30 分鐘起');
    expect(checkInText(30, 'en')).toContain('from 30 minutes before');
  });

  test('without them: before the slot, no invented figure', () => {
    expect(checkInText(null, 'zh-Hans')).toContain('开始前到达');
    expect(checkInText(null, 'en')).toContain('before your time starts');
    expect(checkInText(null, 'en')).not.toMatch(/\d/);
  });
});
