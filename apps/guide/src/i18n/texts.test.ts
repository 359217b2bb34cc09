import { catalogProblems, createTranslator, LOCALES } from '@hall/web-ui';
import { PRINTER_CONDITIONS, TICKET_STATES } from '@hall/protocol';
import { expect, test } from 'vitest';
import { errorSentence, isTextKey, texts } from './texts.ts';

test('the catalog is sound: same keys in every language, valid ICU, the same arguments', () => {
  expect(catalogProblems(texts.catalog)).toEqual([]);
});

test('every text formats in every language', () => {
  const strict = createTranslator(texts.catalog, {
    onError: (p) => {
      throw p.error;
    },
  });
  const values = { name: 'x', number: 'A012', ahead: 3, reason: 'r', service: 's', n: 1, left: 2, window: 44 };
  for (const locale of LOCALES) {
    for (const key of Object.keys(texts.catalog['zh-Hans'])) {
      expect(() => (strict as (l: string, k: string, v: object) => string)(locale, key, values), key).not.toThrow();
    }
  }
});

test('names every ticket state and printer condition, and has a sentence for any refusal', () => {
  for (const state of TICKET_STATES) expect(isTextKey('state.', `state.${state}`), state).toBe(true);
  for (const c of PRINTER_CONDITIONS) expect(isTextKey('printer.', `printer.${c}`), c).toBe(true);
  expect(errorSentence('en', 'REPRINT_LIMIT_REACHED')).toMatch(/reprinted as often/);
  expect(errorSentence('zh-Hans', 'SOMETHING_NEW')).toBe(texts('zh-Hans', 'error.fallback'));
});
