import { describe, expect, test } from 'vitest';
import { initialLocale } from './locale.ts';
import { checkInText } from './texts.ts';

describe('the starting language', () => {
  test('?lang= from the portal first, then the saved choice, then the browser, then zh-Hans', () => {
    expect(initialLocale('?lang=en', 'zh-Hant', ['zh-CN'])).toBe('en');
    expect(initialLocale('?lang=fr', 'zh-Hant', ['en-US'])).toBe('zh-Hant');
    expect(initialLocale('', null, ['zh-TW', 'en'])).toBe('zh-Hant');
    expect(initialLocale('', null, ['zh-HK'])).toBe('zh-Hant');
    expect(initialLocale('', null, ['zh-CN'])).toBe('zh-Hans');
    expect(initialLocale('', 'xx', ['de-DE', 'en-GB'])).toBe('en');
    expect(initialLocale('', null, ['de-DE'])).toBe('zh-Hans');
  });
});

describe('the check-in sentence', () => {
  test('with the hub minutes', () => {
    const text = checkInText(30);
    expect(text['zh-Hans']).toContain('开始前 30 分钟起');
    expect(text['zh-Hant']).toContain('開始前 30 分鐘起');
    expect(text.en).toContain('from 30 minutes before');
  });

  test('without them: before the slot, no invented figure', () => {
    const text = checkInText(null);
    expect(text['zh-Hans']).toContain('开始前到达');
    expect(text.en).toContain('before your time starts');
    expect(text.en).not.toMatch(/\d/);
  });
});
