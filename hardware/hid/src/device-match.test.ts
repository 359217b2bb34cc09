import { describe, expect, it } from 'vitest';
import { assignDevices } from './device-match.ts';
import type { HidDeviceInfo } from './device-provider.ts';

const dev = (path: string, serialNumber?: string, productId = 2): HidDeviceInfo => ({
  vendorId: 0x1209,
  productId,
  path,
  serialNumber,
});

describe('assignDevices', () => {
  it('assigns a unique match and waits for an absent one', () => {
    const result = assignDevices(
      [
        { vendorId: 0x1209, productId: 2, serialNumber: 'A' },
        { vendorId: 0x1209, productId: 2, serialNumber: 'B' },
      ],
      [dev('/dev/hidraw1', 'A')],
    );
    expect(result).toEqual([{ state: 'assigned', device: dev('/dev/hidraw1', 'A') }, { state: 'absent' }]);
  });

  it('refuses both devices when two match one pad and nothing tells them apart', () => {
    const [a] = assignDevices([{ vendorId: 0x1209, productId: 2 }], [dev('/dev/hidraw1'), dev('/dev/hidraw2')]);
    expect(a?.state).toBe('ambiguous');
    expect(a?.state === 'ambiguous' && a.reason).toMatch(/2 connected devices match 1209:0002.*hidraw1.*hidraw2/);
  });

  it('refuses a device that matches two pads', () => {
    const result = assignDevices(
      [
        { vendorId: 0x1209, productId: 2, serialNumber: 'A' },
        { vendorId: 0x1209, productId: 2, path: '/dev/hidraw1' },
      ],
      [dev('/dev/hidraw1', 'A')],
    );
    expect(result.map((r) => r.state)).toEqual(['ambiguous', 'ambiguous']);
  });
});
