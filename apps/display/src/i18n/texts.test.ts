import { catalogProblems } from '@hall/web-ui';
import { expect, test } from 'vitest';
import { inAll, texts } from './texts.ts';

test('the catalog is sound: same keys in every language, valid ICU, the same arguments', () => {
  expect(catalogProblems(texts.catalog)).toEqual([]);
});

test('the wall has a text for each state it shows, in each language', () => {
  expect(inAll('booking.booked')['zh-Hans']).toBe('待签到');
  expect(inAll('booking.checked-in')['zh-Hant']).toBe('已簽到');
  expect(inAll('booking.called').en).toBe('Called');
});

test('the second-language line under the newest call', () => {
  const line = inAll('callLine', { number: 'A023', window: 'Window 3' });
  expect(line.en).toBe('Number A023, please go to Window 3');
  expect(inAll('callLine', { number: 'A023', window: '3號窗口' })['zh-Hant']).toBe('請 A023 到 3號窗口 辦理');
});
