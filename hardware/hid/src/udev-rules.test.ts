import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const rules = readFileSync(fileURLToPath(new URL('../udev/99-hall-pads.rules', import.meta.url)), 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '' && !line.startsWith('#'));

describe('udev/99-hall-pads.rules', () => {
  it('scopes every rule to one vendor and product id, never a blanket rule', () => {
    expect(rules.length).toBeGreaterThan(0);
    for (const rule of rules) {
      expect(rule).toMatch(/ATTRS?\{idVendor\}=="[0-9a-f]{4}"/);
      expect(rule).toMatch(/ATTRS?\{idProduct\}=="[0-9a-f]{4}"/);
      expect(rule).toMatch(/^SUBSYSTEM=="(hidraw|usb|input)"/);
      expect(rule).not.toMatch(/MODE="0?66[6-7]"/);
    }
  });
});
