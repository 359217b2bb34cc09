import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { HallStore } from '@hall/store';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ManualClock, HALL_MORNING } from '../test-support/manual-clock.ts';
import { DevicePresence, LAST_SEEN_WRITE_MS } from './device-presence.ts';

describe('device presence', () => {
  let dir: string;
  let store: HallStore;
  let clock: ManualClock;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'hall-presence-'));
    store = new HallStore(join(dir, 'hall.db'));
    clock = new ManualClock(HALL_MORNING);
    store.devices.create('kiosk-1', 'kiosk', 'kiosk', 'hash-1', clock.now(), null);
  });
  afterEach(() => {
    store.close();
    rmSync(dir, { recursive: true, force: true });
  });
  const stored = () => store.devices.lastSeen().get('kiosk-1');
  const kiosk = () => {
    const device = store.devices.get('kiosk-1');
    if (!device) throw new Error('the kiosk is gone');
    return device;
  };

  it('writes "last seen" at most once a minute while the device talks, and on disconnect', () => {
    const presence = new DevicePresence(store, clock);
    presence.connected('kiosk-1');
    expect(stored()).toBe(HALL_MORNING);
    clock.advance(LAST_SEEN_WRITE_MS - 1);
    presence.seen('kiosk-1');
    expect(stored()).toBe(HALL_MORNING);
    expect(presence.stateOf(kiosk()).lastSeenAt).toBe(HALL_MORNING + LAST_SEEN_WRITE_MS - 1);
    clock.advance(1);
    presence.seen('kiosk-1');
    expect(stored()).toBe(HALL_MORNING + LAST_SEEN_WRITE_MS);
    clock.advance(10_000);
    presence.disconnected('kiosk-1');
    expect(stored()).toBe(HALL_MORNING + LAST_SEEN_WRITE_MS + 10_000);
  });

  it('stays online while a second socket of the device is still connected', () => {
    const presence = new DevicePresence(store, clock);
    presence.connected('kiosk-1');
    clock.advance(1_000);
    presence.connected('kiosk-1');
    clock.advance(1_000);
    presence.disconnected('kiosk-1');
    const device = kiosk();
    expect(presence.stateOf(device)).toMatchObject({ online: true, onlineSince: HALL_MORNING, offlineSince: null });
    presence.disconnected('kiosk-1');
    expect(presence.stateOf(device)).toMatchObject({ online: false, onlineSince: null, offlineSince: clock.now() });
  });

  it('flushes what is not yet written, and a new presence reads it back as offline since then', () => {
    const first = new DevicePresence(store, clock);
    first.seen('kiosk-1');
    clock.advance(30_000);
    first.seen('kiosk-1');
    first.flush();
    const second = new DevicePresence(store, clock);
    clock.advance(3600_000);
    expect(second.stateOf(kiosk())).toMatchObject({
      online: false,
      offlineSince: HALL_MORNING + 30_000,
      lastSeenAt: HALL_MORNING + 30_000,
    });
  });
});
