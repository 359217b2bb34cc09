import { describe, expect, it } from 'vitest';
import { hallConfigSchema } from '@hall/protocol';
import demoHall from '@hall/hub/demo-hall.json' with { type: 'json' };
import { hasZoneIcon, zoneIconPaths } from './zone-icons.ts';

describe('zone icons', () => {
  it('has a picture for every icon word of the demo hall', () => {
    const hall = hallConfigSchema.parse(demoHall);
    for (const zone of hall.zones) expect(hasZoneIcon(zone.icon ?? ''), `${zone.id}: ${zone.icon}`).toBe(true);
  });

  it('falls back to a public building for unknown or missing words', () => {
    expect(zoneIconPaths('spaceship')).toEqual(zoneIconPaths(undefined));
    expect(zoneIconPaths('spaceship').length).toBeGreaterThan(0);
  });
});
