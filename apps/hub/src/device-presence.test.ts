import type { DeviceStateView } from '@hall/protocol';
import { afterEach, describe, expect, it } from 'vitest';
import { LAST_SEEN_WRITE_MS } from './devices/device-presence.ts';
import { api, connected, socketFor, startTestHub, type TestHub } from './test-support/test-hub.ts';

/** The admin's device list: online or offline since when, and last seen (issue 14). */
describe('devices: live state', () => {
  const hubs: TestHub[] = [];
  afterEach(async () => {
    for (const h of hubs.splice(0)) {
      await h.stop().catch(() => undefined);
      h.cleanup();
    }
  });
  async function start(o: Parameters<typeof startTestHub>[0] = {}) {
    const h = await startTestHub(o);
    hubs.push(h);
    return h;
  }
  async function device(t: TestHub, name: string): Promise<DeviceStateView> {
    const list = await api(t.url, '/api/v1/devices', { token: t.tokens.admin });
    expect(list.status).toBe(200);
    const found = (list.body as unknown as DeviceStateView[]).find((d) => d.name === name);
    if (!found) throw new Error(`no device ${name}`);
    return found;
  }

  it('shows a kiosk online since its socket connected and offline since it went away', async () => {
    const t = await start();
    expect(await device(t, 'kiosk')).toMatchObject({
      online: false,
      onlineSince: null,
      offlineSince: null,
      lastSeenAt: null,
    });
    const connectedAt = t.clock.now();
    const kiosk = socketFor(t.url, t.tokens.kiosk);
    await connected(kiosk);
    await expect.poll(async () => (await device(t, 'kiosk')).online).toBe(true);
    expect(await device(t, 'kiosk')).toMatchObject({ onlineSince: connectedAt, offlineSince: null });
    // The display next to it never connected.
    expect((await device(t, 'display')).online).toBe(false);

    t.clock.advance(90_000);
    const leftAt = t.clock.now();
    kiosk.disconnect();
    await expect.poll(async () => (await device(t, 'kiosk')).online).toBe(false);
    expect(await device(t, 'kiosk')).toMatchObject({ onlineSince: null, offlineSince: leftAt, lastSeenAt: leftAt });
  });

  it("moves last seen with a device's HTTP request but not with an admin's", async () => {
    const t = await start();
    t.clock.advance(5_000);
    const askedAt = t.clock.now();
    expect((await api(t.url, '/api/v1/kiosk/printer', { token: t.tokens.kiosk })).status).toBe(200);
    expect(await device(t, 'kiosk')).toMatchObject({ online: false, lastSeenAt: askedAt });
    t.clock.advance(5_000);
    expect((await device(t, 'kiosk')).lastSeenAt).toBe(askedAt);
  });

  it('keeps last seen across a restart, and the device is offline since then', async () => {
    const first = await start();
    const kiosk = socketFor(first.url, first.tokens.kiosk);
    await connected(kiosk);
    first.clock.advance(LAST_SEEN_WRITE_MS / 2);
    // Not yet written (less than a minute since the last write): the stop writes it.
    const askedAt = first.clock.now();
    expect((await api(first.url, '/api/v1/kiosk/printer', { token: first.tokens.kiosk })).status).toBe(200);
    const kioskId = (await device(first, 'kiosk')).id;
    await first.stop();
    kiosk.disconnect();

    const second = await start({ dbPath: first.dbPath, clock: first.clock });
    second.clock.advance(3600_000);
    const list = await api(second.url, '/api/v1/devices', { token: second.tokens.admin });
    const before = (list.body as unknown as DeviceStateView[]).find((d) => d.id === kioskId);
    expect(before).toMatchObject({ online: false, lastSeenAt: askedAt, offlineSince: askedAt });
  });
});
