import { expect, test } from 'vitest';
import { documentResolver } from './document-resolver.ts';
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

test('the alert thresholds round-trip, and the schema checks them', () => {
  const hall = testHall();
  const v = hallFormValues(hall);
  expect(v.policy.alerts).toEqual({ pauseMaxMinutes: 20, deviceOfflineMinutes: 3, followUpOpenHours: 24 });
  const changed = toHall(hall, { ...v, policy: { ...v.policy, alerts: { ...v.policy.alerts, pauseMaxMinutes: 15 } } });
  expect(changed.policy.alerts.pauseMaxMinutes).toBe(15);
  const resolve = documentResolver<typeof v>((values) => ({ document: toHall(hall, values), prefix: '' }));
  const errorsOf = (alerts: typeof v.policy.alerts) =>
    (
      resolve({ ...v, policy: { ...v.policy, alerts } }, undefined, {
        fields: {},
        shouldUseNativeValidation: false,
      }) as {
        errors: { policy?: { alerts?: Record<string, unknown> } };
      }
    ).errors;
  expect(errorsOf(v.policy.alerts)).toEqual({});
  expect(errorsOf({ ...v.policy.alerts, deviceOfflineMinutes: 0 }).policy?.alerts?.deviceOfflineMinutes).toBeDefined();
  expect(errorsOf({ ...v.policy.alerts, followUpOpenHours: 721 }).policy?.alerts?.followUpOpenHours).toBeDefined();
});
