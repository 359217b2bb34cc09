import { describe, expect, it } from 'vitest';
import { demoSeedStateOf } from './demo-seed.ts';

describe('demoSeedStateOf', () => {
  it('seeds the demo clerks into a database whose only clerks are a generated history’s', () => {
    const history = [{ username: 'history-window-01' }, { username: 'history-late-07' }];
    expect(demoSeedStateOf(history, [])).toEqual({ hasClerks: false, hasRaters: false, hasGuides: false });
  });

  it('leaves a demo database that has its clerks and rating tablets as it is', () => {
    const staff = [{ username: 'admin' }, { username: 'clerk01' }, { username: 'history-window-01' }];
    expect(demoSeedStateOf(staff, [{ role: 'kiosk' }, { role: 'rater' }])).toEqual({
      hasClerks: true,
      hasRaters: true,
      hasGuides: false,
    });
  });
});
