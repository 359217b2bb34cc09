import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startPadBridge } from './bridge.ts';
import type { PadBridge, PadBridgeOptions } from './bridge.ts';
import { startFakeHub } from './fake-hub.ts';
import type { FakeHub } from './fake-hub.ts';
import type { PadConfigInput } from './pad-config.ts';
import { SimulatedDeviceProvider, simulatedCallPad, simulatedRatingPad } from './simulated-pad.ts';
import { manualClock, recordingLogger } from './test-support.ts';

// Raw reports, as node-hid hands them over from a boot-keyboard pad (byte 2 = key usage).
const KEY_1 = [0, 0, 0x1e, 0, 0, 0, 0, 0];
const RELEASE = [0, 0, 0, 0, 0, 0, 0, 0];

const CALL_IDS = { vendorId: '0x1209', productId: '0x0001' };
const RATING_IDS = { vendorId: '0x1209', productId: '0x0002' };

let hub: FakeHub;
let bridge: PadBridge | undefined;
let devices: SimulatedDeviceProvider;
let clock: ReturnType<typeof manualClock>;
let log: ReturnType<typeof recordingLogger>;

beforeEach(async () => {
  hub = await startFakeHub();
  devices = new SimulatedDeviceProvider();
  clock = manualClock();
  log = recordingLogger();
});

afterEach(async () => {
  await bridge?.close();
  bridge = undefined;
  await hub.close();
});

async function start(pads: PadConfigInput[], extra: Partial<PadBridgeOptions> = {}): Promise<PadBridge> {
  bridge = await startPadBridge({
    hubUrl: hub.url,
    token: 'clerk-token',
    pads,
    devices,
    log,
    clock: clock.now,
    ...extra,
  });
  return bridge;
}

const calls = (): string[] =>
  hub.requests.map((r) => `${r.window}/${r.action}${r.body['level'] ? `:${String(r.body['level'])}` : ''}`);

describe('pad bridge against a fake hub', () => {
  it('turns a raw key report into one hub command for the pad window, with a fresh requestId', async () => {
    const pad = simulatedCallPad({ serialNumber: 'C3' });
    devices.plug(pad);
    const b = await start([{ kind: 'call', window: 3, match: { ...CALL_IDS, serialNumber: 'C3' } }]);
    expect(b.status().map((s) => s.state)).toEqual(['attached']);
    pad.pressRaw(KEY_1);
    pad.pressRaw(RELEASE);
    clock.advance(1000);
    pad.press('4'); // pause
    await b.whenIdle();
    expect(calls()).toEqual(['3/call-next', '3/pause']);
    expect(hub.requests[0]?.authorization).toBe('Bearer clerk-token');
    expect(hub.requests[1]?.body).toMatchObject({ reason: '暂停服务' });
    const ids = hub.requests.map((r) => String(r.body['requestId']));
    expect(ids[0]).toMatch(/^pad-3-\d+-\d+$/);
    expect(new Set(ids).size).toBe(2);
  });

  it('never calls for malformed, short, unmapped or repeated reports', async () => {
    const pad = simulatedCallPad();
    devices.plug(pad);
    const b = await start([{ kind: 'call', window: 1, match: CALL_IDS }]);
    pad.pressRaw([]);
    pad.pressRaw([0, 0, 0x1e]); // short
    pad.pressRaw([0, 0, 0x1e, 0, 0, 0, 0]); // 7 bytes
    pad.pressRaw([0, 0, 1, 1, 1, 1, 1, 1]); // rollover
    pad.pressRaw([0, 0, 0x2c, 0, 0, 0, 0, 0]); // space: not in the keyMap
    pad.pressRaw(RELEASE);
    await b.whenIdle();
    expect(hub.requests).toEqual([]);
    // A held key repeating its report is one press.
    for (let i = 0; i < 20; i += 1) {
      pad.pressRaw(KEY_1);
      clock.advance(500);
    }
    await b.whenIdle();
    expect(calls()).toEqual(['1/call-next']);
  });

  it('turns ten presses in one second into one action', async () => {
    const pad = simulatedCallPad();
    devices.plug(pad);
    const b = await start([{ kind: 'call', window: 1, match: CALL_IDS }]);
    for (let i = 0; i < 10; i += 1) {
      pad.pressRaw(KEY_1);
      clock.advance(30);
      pad.pressRaw(RELEASE);
      clock.advance(70);
    }
    await b.whenIdle();
    expect(calls()).toEqual(['1/call-next']);
  });

  it('accepts a rating once per ticket, and again once the hub has a new pending ticket', async () => {
    const rating = simulatedRatingPad({ serialNumber: 'R5' });
    const call = simulatedCallPad({ serialNumber: 'C5' });
    devices.plug(rating);
    devices.plug(call);
    const results: string[] = [];
    const b = await start(
      [
        { kind: 'rating', window: 5, match: { ...RATING_IDS, serialNumber: 'R5' }, token: 'rater-token-5' },
        { kind: 'call', window: 5, match: { ...CALL_IDS, serialNumber: 'C5' } },
      ],
      {
        onResult: (r) =>
          results.push(
            r.reply ? (r.reply.ok ? `ok ${r.reply.result.ticket?.id}` : r.reply.code) : `dropped ${r.dropped}`,
          ),
      },
    );
    // Nothing to rate yet: the hub says so, the press is dropped quietly.
    rating.press('1');
    await b.whenIdle();
    expect(results).toEqual(['NO_RATING_PENDING']);
    expect(log.entries.find((e) => e.message === 'no rating pending')?.level).toBe('debug');

    hub.setPendingRating(5, 'T-prev');
    clock.advance(1000);
    rating.press('3');
    await b.whenIdle();
    clock.advance(1000);
    rating.press('5'); // second press for the same ticket: never reaches the hub
    await b.whenIdle();
    expect(results.slice(1)).toEqual(['ok T-prev', 'dropped already-rated']);
    expect(hub.requests.filter((r) => r.action === 'rate').map((r) => r.body)).toEqual([
      expect.objectContaining({ level: 'very-satisfied', source: 'pad' }),
      expect.objectContaining({ level: 'basically-satisfied', source: 'pad' }),
    ]);
    expect(
      hub.requests.filter((r) => r.action === 'rate').every((r) => r.authorization === 'Bearer rater-token-5'),
    ).toBe(true);

    // The clerk calls the next citizen with the call pad: the hub names ticket T1, which will want a rating.
    call.press('1');
    await b.whenIdle();
    hub.setPendingRating(5, 'T1');
    clock.advance(1000);
    rating.press('2');
    await b.whenIdle();
    expect(results.slice(3)).toEqual(['ok T1', 'ok T1']);
    expect(calls().slice(-2)).toEqual(['5/call-next', '5/rate:satisfied']);

    // A new pending ticket reported by whoever watches the hub re-arms the pad as well.
    clock.advance(1000);
    rating.press('1');
    await b.whenIdle();
    expect(results.at(-1)).toBe('dropped already-rated');
    hub.setPendingRating(5, 'T2');
    b.ratingPending(5, 'T2');
    clock.advance(1000);
    rating.press('1');
    await b.whenIdle();
    expect(results.at(-1)).toBe('ok T2');
  });

  it('drops a second rating press while the first is still on its way', async () => {
    const rating = simulatedRatingPad();
    devices.plug(rating);
    hub.setPendingRating(1, 'T9');
    hub.delayMs = 100;
    const b = await start([{ kind: 'rating', window: 1, match: RATING_IDS }]);
    rating.press('1');
    clock.advance(1000);
    rating.press('5'); // changed their mind mid-flight
    await b.whenIdle();
    expect(calls()).toEqual(['1/rate:very-satisfied']);
  });

  it('keeps two pads on two windows apart', async () => {
    const a = simulatedCallPad({ serialNumber: 'A' });
    const c = simulatedCallPad({ serialNumber: 'B' });
    devices.plug(a);
    devices.plug(c);
    const b = await start([
      { kind: 'call', window: 1, match: { ...CALL_IDS, serialNumber: 'A' } },
      { kind: 'call', window: 2, match: { ...CALL_IDS, serialNumber: 'B' } },
    ]);
    a.press('1');
    c.press('2');
    c.press('1'); // another key on the same pad: its own burst
    clock.advance(1000);
    a.press('3');
    await b.whenIdle();
    expect(calls().sort()).toEqual(['1/call-next', '1/no-show', '2/call-next', '2/recall']);
    expect(hub.requests.filter((r) => r.window === 1).map((r) => r.action)).toEqual(['call-next', 'no-show']);
  });

  it('follows a pad that is unplugged (read error) and plugged back in, without a restart', async () => {
    const pad = simulatedCallPad({ serialNumber: 'C1' });
    devices.plug(pad);
    const b = await start([{ kind: 'call', window: 1, match: { ...CALL_IDS, serialNumber: 'C1' } }]);
    pad.press('1');
    await b.whenIdle();
    pad.unplug(); // the read fails first, as on a real unplug
    devices.unplug(pad);
    await b.whenIdle();
    expect(b.status()[0]?.state).toBe('waiting');
    expect(log.entries.some((e) => e.message.startsWith('pad detached') && e.level === 'info')).toBe(true);
    pad.press('2'); // nothing is listening
    devices.plug(pad); // a new path, like a new /dev/hidrawN
    await b.whenIdle();
    expect(b.status()[0]).toMatchObject({ state: 'attached', path: 'sim:hidraw2' });
    clock.advance(1000);
    pad.press('2');
    await b.whenIdle();
    expect(calls()).toEqual(['1/call-next', '1/recall']);
  });

  it('refuses two connected pads that both match one entry, and takes the one left', async () => {
    const one = simulatedRatingPad();
    const two = simulatedRatingPad();
    devices.plug(one);
    devices.plug(two);
    const b = await start([{ kind: 'rating', window: 7, match: RATING_IDS }]);
    hub.setPendingRating(7, 'T7');
    expect(b.status()[0]?.state).toBe('refused');
    const refusal = log.entries.find((e) => e.level === 'error');
    expect(refusal?.message).toMatch(/pad refused: 2 connected devices match 1209:0002.*Add serialNumber/);
    one.press('1');
    two.press('1');
    await b.whenIdle();
    expect(hub.requests).toEqual([]);
    devices.unplug(two);
    await b.whenIdle();
    expect(b.status()[0]?.state).toBe('attached');
    one.press('1');
    await b.whenIdle();
    expect(calls()).toEqual(['7/rate:very-satisfied']);
  });

  it('closes an attached pad when an identical one appears beside it', async () => {
    const one = simulatedCallPad();
    devices.plug(one);
    const b = await start([{ kind: 'call', window: 1, match: CALL_IDS }]);
    expect(b.status()[0]?.state).toBe('attached');
    devices.plug(simulatedCallPad());
    await b.whenIdle();
    expect(b.status()[0]?.state).toBe('refused');
    one.press('1');
    await b.whenIdle();
    expect(hub.requests).toEqual([]);
  });

  it('refuses to start with a config whose pads could claim the same device', async () => {
    await expect(
      start([
        { kind: 'call', window: 1, match: CALL_IDS },
        { kind: 'call', window: 2, match: CALL_IDS },
      ]),
    ).rejects.toThrow(/could both match the same 1209:0001 device/);
  });

  it('leaves keyboard-wedge pads to the counter terminal', async () => {
    const b = await start([{ kind: 'rating', window: 1, mode: 'keyboard-wedge' }]);
    expect(b.status()).toEqual([expect.objectContaining({ state: 'keyboard-wedge' })]);
  });
});
