import { describe, expect, it } from 'vitest';
import { MINUTE, SERVICE_IDS, T0, unwrap, type TestHall } from '../test-fixtures.ts';
import { pinnedHall, pinnedMorning, PINNED_NOW } from './pinned-queue.fixture.ts';
import { forecastNewTickets, rollUntilCalled } from './roll-forward.ts';

/** What rollUntilCalled gives a normal ticket of each service really taken at `at`, in a hall made afresh each time. */
function oneByOne(make: () => TestHall, at: number): Map<string, number> {
  const out = new Map<string, number>();
  for (const id of SERVICE_IDS) {
    // Taken as a household ticket and made one of `id`: a closed service takes no tickets, yet its tile shows a wait.
    const ticket = { ...unwrap(make().tryIssue('household', { at, lane: 'normal' })).ticket, serviceId: id };
    const h = make();
    const called = rollUntilCalled(h.hall, h.state, at, ticket);
    if (called !== undefined) out.set(id, called);
  }
  return out;
}

describe('forecastNewTickets', () => {
  const cases: Array<[string, () => TestHall, number]> = [
    ['a busy morning', pinnedHall, PINNED_NOW],
    ['a busy morning, at the staff break', pinnedHall, T0 + 160 * MINUTE],
    ['the licence desk closed for lunch', pinnedHall, T0 + 185 * MINUTE],
    ['late afternoon, not all called today', pinnedHall, T0 + 440 * MINUTE],
    ['before any window opens', pinnedMorning, T0 + 12 * MINUTE],
  ];
  for (const [name, make, at] of cases)
    it(`gives each service the call time of a ticket taken then, in one roll: ${name}`, () => {
      const h = make();
      const expected = oneByOne(make, at);
      expect(forecastNewTickets(h.hall, h.state, at, SERVICE_IDS)).toEqual(expected);
      if (name.startsWith('a busy')) expect(expected.size).toBe(SERVICE_IDS.length);
    });
});
