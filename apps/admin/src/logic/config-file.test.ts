import { expect, test } from 'vitest';
import { configOfFileText } from './config-file.ts';
import { testHall } from './test-hall.ts';

test('an exported document or a saved version view is read; anything else is not a configuration', () => {
  const hall = testHall();
  expect(configOfFileText(JSON.stringify(hall))).toEqual(hall);
  expect(configOfFileText(JSON.stringify({ version: 3, config: hall }))).toEqual(hall);
  expect(configOfFileText('{"zones": []}')).toBeNull();
  expect(configOfFileText('not json')).toBeNull();
});
