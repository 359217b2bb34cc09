import { describe, expect, test } from 'vitest';
import { raterWindowOf, statusCodeOf } from './page-path.ts';

describe('the page reads its ticket or window from its address', () => {
  test('a status code as the hub routes it', () => {
    expect(statusCodeOf('/t/ABCDEFGHJK')).toBe('ABCDEFGHJK');
    expect(statusCodeOf('/t/ABCDEFGHJK/')).toBe('ABCDEFGHJK');
    expect(statusCodeOf('/t/ABC')).toBeNull();
    expect(statusCodeOf('/t/ABCD..EFGH')).toBeNull();
    expect(statusCodeOf('/t/ABCDEF/x')).toBeNull();
    expect(statusCodeOf('/citizen/status.html')).toBeNull();
  });

  test('a window number from 1 to 999', () => {
    expect(raterWindowOf('/rate/1')).toBe(1);
    expect(raterWindowOf('/rate/28/')).toBe(28);
    expect(raterWindowOf('/rate/0')).toBeNull();
    expect(raterWindowOf('/rate/1000')).toBeNull();
    expect(raterWindowOf('/rate/x')).toBeNull();
  });
});
