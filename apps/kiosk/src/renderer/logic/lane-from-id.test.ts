import { describe, expect, it } from 'vitest';
import { checkCharOf } from '../../shared/resident-id.ts';
import { laneForResidentId } from './lane-from-id.ts';

const id = (first17: string) => first17 + checkCharOf(first17);
const today = { year: 2026, month: 11, day: 24 };

describe('lane from a resident ID number', () => {
  it('gives the elderly lane from 60 and the normal lane below', () => {
    expect(laneForResidentId(id('11010519500101001'), today)).toEqual({ kind: 'elderly' });
    expect(laneForResidentId(id('11010519661124001'), today)).toEqual({ kind: 'elderly' });
    expect(laneForResidentId(id('11010519661125001'), today)).toEqual({ kind: 'under-age' });
  });

  it('refuses an invalid number', () => {
    const good = id('11010519500101001');
    const bad = good.slice(0, 17) + (good[17] === '0' ? '1' : '0');
    expect(laneForResidentId(bad, today)).toEqual({ kind: 'invalid', reason: 'check-digit' });
    expect(laneForResidentId('123', today)).toEqual({ kind: 'invalid', reason: 'format' });
  });
});
