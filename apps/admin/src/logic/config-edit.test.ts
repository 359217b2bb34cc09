import { expect, test } from 'vitest';
import { documentIssues, issuesUnder, matches, moved, withItem, withoutItem } from './config-edit.ts';
import { testHall } from './test-hall.ts';

test('an item replaces its place or is added at the end; removing keeps the order', () => {
  expect(withItem(['a', 'b', 'c'], 1, 'B')).toEqual(['a', 'B', 'c']);
  expect(withItem(['a'], null, 'b')).toEqual(['a', 'b']);
  expect(withoutItem(['a', 'b', 'c'], 0)).toEqual(['b', 'c']);
});

test('the whole document is checked by the protocol schema and issues land on the item fields', () => {
  const hall = testHall();
  const second = hall.services[1];
  if (!second) throw new Error('test hall has two services');
  const broken = {
    ...hall,
    services: withItem(hall.services, 1, { ...second, id: 'marriage', prefix: 'b', zoneId: 'nowhere' }),
  };
  const issues = documentIssues(broken);
  expect(
    issuesUnder(issues, 'services.1.')
      .map((i) => i.path)
      .sort(),
  ).toEqual(['id', 'prefix', 'zoneId']);
  expect(issuesUnder(issues, 'services.0.')).toEqual([]);
  expect(documentIssues(hall)).toEqual([]);
});

test('search looks in every text given, ignoring case', () => {
  expect(matches('pen', '养老金', 'Pension')).toBe(true);
  expect(matches('  ', 'x')).toBe(true);
  expect(matches('7', 12, 'Window')).toBe(false);
});

test('an item moves up, down, or by drag to any place; a place outside the list changes nothing', () => {
  const list = ['a', 'b', 'c', 'd'];
  expect(moved(list, 2, 1)).toEqual(['a', 'c', 'b', 'd']);
  expect(moved(list, 1, 2)).toEqual(['a', 'c', 'b', 'd']);
  expect(moved(list, 0, 3)).toEqual(['b', 'c', 'd', 'a']);
  expect(moved(list, 3, 0)).toEqual(['d', 'a', 'b', 'c']);
  expect(moved(list, 0, -1)).toEqual(list);
  expect(moved(list, 3, 4)).toEqual(list);
  expect(list).toEqual(['a', 'b', 'c', 'd']);
});
