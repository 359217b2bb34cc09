import { catalogProblems } from '@hall/web-ui';
import { expect, test } from 'vitest';
import { rateTexts } from './rate/texts.ts';
import { statusTexts } from './status/texts.ts';

test('both pages have every text in the three languages, valid ICU, the same arguments', () => {
  expect(catalogProblems(statusTexts.catalog)).toEqual([]);
  expect(catalogProblems(rateTexts.catalog)).toEqual([]);
});
