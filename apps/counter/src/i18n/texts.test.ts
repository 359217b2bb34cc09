import { catalogProblems, createTranslator, LOCALES } from '@hall/web-ui';
import { expect, test } from 'vitest';
import { errorSentence, texts } from './texts.ts';

test('the catalog is sound: same keys in every language, valid ICU, the same arguments', () => {
  expect(catalogProblems(texts.catalog)).toEqual([]);
});

test('every text formats in every language', () => {
  const strict = createTranslator(texts.catalog, {
    onError: (p) => {
      throw p.error;
    },
  });
  const values = { m: 3, s: 9, n: 2 };
  for (const locale of LOCALES) {
    for (const key of Object.keys(texts.catalog['zh-Hans'])) {
      if (!strict.has(key)) throw new Error(`no key ${key}`);
      expect((strict as (l: string, k: string, v: object) => string)(locale, key, values)).not.toBe('');
    }
  }
});

test('a hub refusal gets its sentence; an unknown one the general sentence', () => {
  expect(errorSentence('zh-Hans', 'WINDOW_BUSY')).toBe('请先办结、过号或转办当前号码。');
  expect(errorSentence('en', 'SOMETHING_NEW')).toBe('It did not work.');
  expect(errorSentence('zh-Hant', 'PROTOCOL_VERSION_MISMATCH')).toContain('重新整理頁面');
});
