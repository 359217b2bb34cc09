import type { HallConfig } from '@hall/protocol';
import { describe, expect, it } from 'vitest';
import { hallConfig } from '../test-fixtures.ts';
import {
  callableServicesAt,
  closingAt,
  hoursOf,
  isCallableAt,
  isOpenAt,
  nextOpeningAt,
  spansOn,
} from './opening-hours.ts';

const at = (iso: string) => Date.parse(iso);

/** The fixture hall on a 5+2 schedule: household is on the delay-service list, license is not. */
function scheduled(overrides: Partial<HallConfig> = {}): HallConfig {
  const base = hallConfig();
  return {
    ...base,
    schedule: {
      regular: [
        { from: '09:00', to: '12:00' },
        { from: '13:30', to: '17:00' },
      ],
      delay: [{ from: '17:00', to: '20:00' }],
      weekend: [{ from: '09:00', to: '15:00' }],
    },
    holidays: { closed: ['2026-10-01'], workdays: ['2026-10-10'] },
    services: base.services.map((s) => (s.id === 'household' ? { ...s, delayService: true } : s)),
    ...overrides,
  };
}

describe('opening hours', () => {
  it('keeps a hall without hours open around the clock', () => {
    const hall = hallConfig();
    expect(hoursOf(hall, 'license')).toBeNull();
    expect(isOpenAt(hall, 'license', at('2026-11-28T20:00:00Z'))).toBe(true);
    expect(closingAt(hall, 'license', at('2026-11-28T20:00:00Z'))).toBeNull();
  });

  it('opens every service in regular hours on a working day, and closes at lunch', () => {
    const hall = scheduled();
    expect(isOpenAt(hall, 'license', at('2026-11-25T01:00:00Z'))).toBe(true); // Wed 09:00
    expect(isOpenAt(hall, 'license', at('2026-11-25T00:59:00Z'))).toBe(false); // 08:59
    expect(isOpenAt(hall, 'license', at('2026-11-25T04:30:00Z'))).toBe(false); // 12:30
    expect(nextOpeningAt(hall, 'license', at('2026-11-25T04:30:00Z'))).toBe(at('2026-11-25T05:30:00Z'));
  });

  it('opens only delay-listed services on weekday evenings', () => {
    const hall = scheduled();
    const evening = at('2026-11-25T10:00:00Z'); // Wed 18:00
    expect(isOpenAt(hall, 'household', evening)).toBe(true);
    expect(isOpenAt(hall, 'license', evening)).toBe(false);
    expect(spansOn(hall, 'household', '2026-11-25').map((s) => s.session)).toEqual(['regular', 'regular', 'delay']);
    // Regular hours run straight into the evening: ticketing stops at 20:00, not 17:00.
    expect(closingAt(hall, 'household', at('2026-11-25T08:00:00Z'))).toBe(at('2026-11-25T12:00:00Z'));
    expect(closingAt(hall, 'license', at('2026-11-25T08:00:00Z'))).toBe(at('2026-11-25T09:00:00Z'));
  });

  it('opens only delay-listed services at the weekend, and says when the others open', () => {
    const hall = scheduled();
    const saturday = at('2026-11-28T02:00:00Z'); // Sat 10:00
    expect(isOpenAt(hall, 'household', saturday)).toBe(true);
    expect(isOpenAt(hall, 'license', saturday)).toBe(false);
    expect(nextOpeningAt(hall, 'license', saturday)).toBe(at('2026-11-30T01:00:00Z')); // Monday 09:00
    expect(spansOn(hall, 'household', '2026-11-28')).toEqual([
      { start: at('2026-11-28T01:00:00Z'), end: at('2026-11-28T07:00:00Z'), session: 'delay' },
    ]);
  });

  it('closes everything on a holiday and opens a swapped Saturday like a weekday', () => {
    const hall = scheduled();
    expect(spansOn(hall, 'household', '2026-10-01')).toEqual([]);
    expect(isOpenAt(hall, 'license', at('2026-10-10T02:00:00Z'))).toBe(true); // Sat 10 Oct 10:00
    expect(nextOpeningAt(hall, 'license', at('2026-09-30T12:00:00Z'))).toBe(at('2026-10-02T01:00:00Z'));
  });

  it('lets a zone and a service replace the hall hours kind by kind', () => {
    const base = scheduled();
    const hall: HallConfig = {
      ...base,
      zones: base.zones.map((z) =>
        z.id === 'business' ? { ...z, hours: { regular: [{ from: '08:00', to: '18:00' }] } } : z,
      ),
      services: base.services.map((s) =>
        s.id === 'pension' ? { ...s, hours: { regular: [{ from: '10:00', to: '11:00' }] } } : s,
      ),
    };
    expect(isOpenAt(hall, 'license', at('2026-11-25T00:30:00Z'))).toBe(true); // 08:30, the zone's hours
    expect(isOpenAt(hall, 'pension', at('2026-11-25T01:30:00Z'))).toBe(false); // 09:30, its own hours
    expect(isOpenAt(hall, 'pension', at('2026-11-25T02:30:00Z'))).toBe(true); // 10:30
    expect(hoursOf(hall, 'license')?.weekend).toEqual(base.schedule?.weekend); // inherited
  });

  it('still calls a service for the grace after closing, never before opening', () => {
    const hall = scheduled();
    expect(isCallableAt(hall, 'license', at('2026-11-25T09:20:00Z'), 30)).toBe(true); // 17:20
    expect(isCallableAt(hall, 'license', at('2026-11-25T09:30:00Z'), 30)).toBe(false); // 17:30
    expect(isCallableAt(hall, 'license', at('2026-11-25T00:50:00Z'), 30)).toBe(false); // 08:50
    const open = callableServicesAt(hall, at('2026-11-25T11:00:00Z'));
    expect([open('household'), open('license')]).toEqual([true, false]);
  });

  it('keeps its hours in local time across a daylight-saving change', () => {
    const hall = scheduled({ timeZone: 'America/New_York' });
    // Friday 2026-11-06 after the fall-back: 09:00 EST is 14:00Z; the Friday before it was 13:00Z.
    expect(spansOn(hall, 'license', '2026-11-06')[0]?.start).toBe(at('2026-11-06T14:00:00Z'));
    expect(spansOn(hall, 'license', '2026-10-30')[0]?.start).toBe(at('2026-10-30T13:00:00Z'));
    // From Saturday evening (closed) the next opening is Monday 09:00 EST, across the change.
    expect(nextOpeningAt(hall, 'license', at('2026-10-31T22:00:00Z'))).toBe(at('2026-11-02T14:00:00Z'));
  });
});
