import type { HidDeviceInfo } from './device-provider.ts';
import type { PadMatch } from './pad-config.ts';

export function deviceMatches(match: PadMatch, device: HidDeviceInfo): boolean {
  return (
    device.vendorId === match.vendorId &&
    device.productId === match.productId &&
    (match.serialNumber === undefined || device.serialNumber === match.serialNumber) &&
    (match.path === undefined || device.path === match.path) &&
    (match.interface === undefined || device.interface === match.interface) &&
    (match.usagePage === undefined || device.usagePage === match.usagePage)
  );
}

export type Assignment =
  | { state: 'assigned'; device: HidDeviceInfo }
  | { state: 'absent' }
  | { state: 'ambiguous'; devices: HidDeviceInfo[]; reason: string };

const hex4 = (n: number): string => n.toString(16).padStart(4, '0');

export function describeDevice(d: HidDeviceInfo): string {
  const extra = [
    d.serialNumber !== undefined ? `serial ${JSON.stringify(d.serialNumber)}` : 'no serial',
    d.interface !== undefined ? `interface ${d.interface}` : undefined,
    d.usagePage !== undefined ? `usagePage 0x${d.usagePage.toString(16)}` : undefined,
  ].filter((x) => x !== undefined);
  return `${hex4(d.vendorId)}:${hex4(d.productId)} at ${d.path} (${extra.join(', ')})`;
}

/**
 * Which connected device each pad gets, by position in `matches`. Pure. A pad gets a device only when
 * exactly one device matches it and that device matches no other pad; otherwise nobody gets those
 * devices. Refusing both is the point: with two identical pads and nothing to tell them apart, guessing
 * could send one counter's key presses to another window.
 */
export function assignDevices(matches: readonly PadMatch[], devices: readonly HidDeviceInfo[]): Assignment[] {
  const claimedBy = devices.map((d) => matches.flatMap((m, i) => (deviceMatches(m, d) ? [i] : [])));
  return matches.map((match, i) => {
    const mine = devices.filter((d) => deviceMatches(match, d));
    if (mine.length === 0) return { state: 'absent' };
    if (mine.length > 1) {
      return {
        state: 'ambiguous',
        devices: mine,
        reason:
          `${mine.length} connected devices match ${hex4(match.vendorId)}:${hex4(match.productId)} and nothing in ` +
          `the config tells them apart: refusing all of them. Add serialNumber (or path, or interface) to the ` +
          `pad's match. Devices: ${mine.map(describeDevice).join('; ')}`,
      };
    }
    const [device] = mine as [HidDeviceInfo];
    const others = (claimedBy[devices.indexOf(device)] ?? []).filter((j) => j !== i);
    if (others.length > 0) {
      return {
        state: 'ambiguous',
        devices: mine,
        reason: `${describeDevice(device)} matches pads ${[i, ...others].join(', ')}: refusing it for all of them`,
      };
    }
    return { state: 'assigned', device };
  });
}
