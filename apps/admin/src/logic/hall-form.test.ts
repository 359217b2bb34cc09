import { expect, test } from 'vitest';
import { hallFormValues, toHall } from './hall-form.ts';
import { testHall } from './test-hall.ts';

test('the hall round-trips through its form', () => {
  const hall = testHall();
  expect(toHall(hall, hallFormValues(hall))).toEqual(hall);
});

test('choosing "strict" drops the ratio from the document, and choosing "ratio" again brings a ratio', () => {
  const hall = testHall();
  const v = hallFormValues(hall);
  const strict = toHall(hall, { ...v, policy: { ...v.policy, elderly: { rule: 'strict', normalPerElderly: 5 } } });
  expect(strict.policy.elderly).toEqual({ rule: 'strict' });
  expect(hallFormValues(strict).policy.elderly).toEqual({ rule: 'strict', normalPerElderly: 2 });
  expect(toHall(strict, { ...hallFormValues(strict), timeZone: ' Asia/Hong_Kong ' }).timeZone).toBe('Asia/Hong_Kong');
});
