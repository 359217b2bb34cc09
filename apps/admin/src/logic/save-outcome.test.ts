import { HubRequestError } from '@hall/hub-client';
import { expect, test } from 'vitest';
import { saveFailureOf } from './save-outcome.ts';

const refusal = (status: number, body: Record<string, unknown>) =>
  new HubRequestError({ kind: 'hub', status, code: 'BAD_REPLY', hubMessage: String(body.message), body });

test('a stale base version is a conflict with the current version', () => {
  const err = refusal(409, { code: 'CONFIG_VERSION_CONFLICT', message: 'stale', currentVersion: 9 });
  expect(saveFailureOf(err)).toEqual({ kind: 'conflict', currentVersion: 9 });
});

test('an unsafe change lists its problems', () => {
  const err = refusal(409, {
    code: 'UNSAFE_CONFIG_CHANGE',
    message: 'no',
    problems: [{ code: 'SERVICE_HAS_TICKETS', path: 'services.4', message: '3 waiting' }],
  });
  expect(saveFailureOf(err)).toEqual({
    kind: 'unsafe',
    problems: [{ code: 'SERVICE_HAS_TICKETS', path: 'services.4', message: '3 waiting' }],
  });
});

test('a schema refusal keeps its field issues; anything else is named by its code', () => {
  const invalid = new HubRequestError({
    kind: 'hub',
    status: 400,
    code: 'VALIDATION_FAILED',
    issues: [{ path: 'services.3.prefix', message: 'one capital letter' }],
  });
  expect(saveFailureOf(invalid)).toEqual({
    kind: 'invalid',
    issues: [{ path: 'services.3.prefix', message: 'one capital letter' }],
  });
  expect(saveFailureOf(new HubRequestError({ kind: 'network', status: 0, code: 'NO_ANSWER' }))).toEqual({
    kind: 'other',
    code: 'NO_ANSWER',
    message: '',
  });
});
