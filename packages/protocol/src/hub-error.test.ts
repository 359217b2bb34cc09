import { describe, expect, it } from 'vitest';
import { toHubError } from './hub-error.ts';

describe('hub errors', () => {
  it('keeps a known code and its message', () => {
    expect(toHubError({ ok: false, code: 'BOOKING_ALREADY_USED', message: 'already checked in' })).toEqual({
      code: 'BOOKING_ALREADY_USED',
      message: 'already checked in',
    });
  });

  it('treats timeouts and unknown shapes as no answer', () => {
    expect(toHubError(new Error('operation has timed out'))).toEqual({
      code: 'NO_ANSWER',
      message: 'operation has timed out',
    });
    expect(toHubError({ code: 'SOMETHING_NEW' }).code).toBe('NO_ANSWER');
    expect(toHubError(undefined).code).toBe('NO_ANSWER');
  });
});
