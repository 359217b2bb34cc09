import { hallConfigSchema } from '@hall/protocol';
import { describe, expect, it } from 'vitest';
import { TEST_HALL } from '@hall/hub/test-support';
import { followConfig } from './config-follower.ts';

const config = hallConfigSchema.parse(TEST_HALL);

describe('followConfig', () => {
  it('takes the version of the first snapshot, then applies each new version once', () => {
    const applied: number[] = [];
    const f = followConfig((_c, v) => applied.push(v));
    expect(f.version()).toBeUndefined();
    f.onSnapshot({ configVersion: 3 });
    f.onSnapshot({ configVersion: 4 });
    expect(f.version()).toBe(3);
    f.onConfig({ version: 3, config });
    expect(applied).toEqual([]);
    f.onConfig({ version: 5, config });
    f.onConfig({ version: 5, config });
    expect(applied).toEqual([5]);
    expect(f.version()).toBe(5);
  });
});
