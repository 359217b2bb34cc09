import { describe, expect, it } from 'vitest';
import { bridgeConfigSchema, padConfigSchema, padsConfigSchema } from './pad-config.ts';

describe('padConfigSchema', () => {
  it('fills in key maps, mode, layout and debounce', () => {
    const call = padConfigSchema.parse({ kind: 'call', window: 3, match: { vendorId: '0x1209', productId: 1 } });
    expect(call).toMatchObject({
      mode: 'hid',
      match: { vendorId: 0x1209, productId: 1 },
      keyMap: { '1': 'call-next', '2': 'recall', '3': 'no-show', '4': 'pause' },
      report: { keyByte: 2, minLength: 8 },
      minIntervalMs: 400,
      pauseReason: '暂停服务',
    });
    const rating = padConfigSchema.parse({ kind: 'rating', window: 3, match: { vendorId: 0x1209, productId: 2 } });
    expect(rating.keyMap).toEqual({
      '1': 'very-satisfied',
      '2': 'satisfied',
      '3': 'basically-satisfied',
      '4': 'unsatisfied',
      '5': 'very-unsatisfied',
    });
  });

  it('checks actions against the kind and normalises hex keys', () => {
    expect(() =>
      padConfigSchema.parse({
        kind: 'rating',
        window: 1,
        match: { vendorId: 1, productId: 2 },
        keyMap: { '1': 'call-next' },
      }),
    ).toThrow();
    expect(() =>
      padConfigSchema.parse({
        kind: 'call',
        window: 1,
        match: { vendorId: 1, productId: 2 },
        keyMap: { '1': 'satisfied' },
      }),
    ).toThrow();
    const pad = padConfigSchema.parse({
      kind: 'call',
      window: 1,
      match: { vendorId: 1, productId: 2 },
      keyMap: { '0X1E': 'recall', F13: 'call-next' },
    });
    expect(pad.keyMap).toEqual({ '0x1e': 'recall', F13: 'call-next' });
  });

  it('refuses bad ids, windows and a hid pad without match', () => {
    expect(() => padConfigSchema.parse({ kind: 'call', window: 1, match: { vendorId: '1209', productId: 1 } })).toThrow(
      /hex/,
    );
    expect(() => padConfigSchema.parse({ kind: 'call', window: 0, match: { vendorId: 1, productId: 1 } })).toThrow();
    expect(() => padConfigSchema.parse({ kind: 'call', window: 1 })).toThrow(/needs match/);
    expect(padConfigSchema.parse({ kind: 'call', window: 1, mode: 'keyboard-wedge' }).match).toBeUndefined();
  });
});

describe('padsConfigSchema', () => {
  const m = { vendorId: '0x1209', productId: '0x0002' };

  it('refuses two pads that could claim the same device', () => {
    const result = padsConfigSchema.safeParse([
      { kind: 'rating', window: 1, match: m },
      { kind: 'rating', window: 2, match: m },
    ]);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toMatch(
      /pads 0 \(window 1\) and 1 \(window 2\) could both match the same 1209:0002 device: give each a serialNumber or path/,
    );
    // A serial on one side only is not enough: the pad without one matches the other unit too.
    expect(
      padsConfigSchema.safeParse([
        { kind: 'rating', window: 1, match: { ...m, serialNumber: 'A' } },
        { kind: 'rating', window: 2, match: m },
      ]).success,
    ).toBe(false);
  });

  it('accepts identical models told apart by serial or path', () => {
    expect(
      padsConfigSchema.parse([
        { kind: 'rating', window: 1, match: { ...m, serialNumber: 'A' } },
        { kind: 'rating', window: 2, match: { ...m, serialNumber: 'B' } },
        { kind: 'call', window: 1, match: { vendorId: 0x1209, productId: 1, path: '/dev/hidraw3' } },
        { kind: 'call', window: 2, match: { vendorId: 0x1209, productId: 1, path: '/dev/hidraw4' } },
      ]),
    ).toHaveLength(4);
  });

  it('reads a bridge config file', () => {
    expect(bridgeConfigSchema.parse({ hubUrl: 'http://hub:8080', token: 't', pads: [] }).logLevel).toBe('info');
    expect(() => bridgeConfigSchema.parse({ hubUrl: 'not a url', token: 't', pads: [] })).toThrow();
  });
});
