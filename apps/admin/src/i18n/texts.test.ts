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
  const values = {
    n: 2,
    p: 6,
    v: 7,
    name: 'x',
    detail: 'd',
    piece: 'p',
    lines: '3',
    year: 2026,
    month: 10,
    when: 't',
    prefix: 'A',
    last: 912,
    max: 999,
    width: 3,
    from: '2026-11-16',
    to: '2026-11-22',
    h: 2,
    m: 5,
  };
  for (const locale of LOCALES) {
    for (const key of Object.keys(texts.catalog['zh-Hans'])) {
      if (!strict.has(key)) throw new Error(`no key ${key}`);
      expect((strict as (l: string, k: string, v: object) => string)(locale, key, values)).not.toBe('');
    }
  }
});

test('a hub refusal gets its sentence; an unknown one the general sentence', () => {
  expect(errorSentence('zh-Hans', 'LAST_ADMIN')).toContain('唯一');
  expect(errorSentence('en', 'SOMETHING_NEW')).toBe('It did not work.');
});
