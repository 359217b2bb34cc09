import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_CALL_KEY_MAP, DEFAULT_RATING_KEY_MAP, DEFAULT_REPORT_LAYOUT } from './pad-config.ts';
import { decodeReport, readReport } from './report-decoder.ts';

const boot = (key: number): Uint8Array => Uint8Array.from([0, 0, key, 0, 0, 0, 0, 0]);

describe('readReport / decodeReport', () => {
  it('reads the key at byte 2 of a boot-keyboard report', () => {
    expect(decodeReport(boot(0x1e), DEFAULT_REPORT_LAYOUT, DEFAULT_RATING_KEY_MAP)).toBe('1');
    expect(decodeReport(boot(0x22), DEFAULT_REPORT_LAYOUT, DEFAULT_RATING_KEY_MAP)).toBe('5');
    // The keypad's 1 (usage 0x59) has the same short name as the number row's.
    expect(decodeReport(boot(0x59), DEFAULT_REPORT_LAYOUT, DEFAULT_CALL_KEY_MAP)).toBe('1');
    // Modifier bits in byte 0 do not change the key.
    expect(
      decodeReport(Uint8Array.from([0x02, 0, 0x20, 0, 0, 0, 0, 0]), DEFAULT_REPORT_LAYOUT, DEFAULT_RATING_KEY_MAP),
    ).toBe('3');
  });

  it('gives null for a release, a short report, an unmapped key and rollover errors', () => {
    expect(readReport(boot(0), DEFAULT_REPORT_LAYOUT)).toEqual({ type: 'release' });
    expect(decodeReport(boot(0), DEFAULT_REPORT_LAYOUT, DEFAULT_CALL_KEY_MAP)).toBeNull();
    expect(readReport(Uint8Array.from([0, 0, 0x1e]), DEFAULT_REPORT_LAYOUT)).toEqual({ type: 'invalid' });
    expect(decodeReport(boot(0x22), DEFAULT_REPORT_LAYOUT, DEFAULT_CALL_KEY_MAP)).toBeNull(); // '5' on a call pad
    expect(readReport(Uint8Array.from([0, 0, 1, 1, 1, 1, 1, 1]), DEFAULT_REPORT_LAYOUT)).toEqual({ type: 'invalid' });
  });

  it('checks the report id when the layout has one', () => {
    const layout = { reportId: 1, keyByte: 3, minLength: 9 };
    expect(decodeReport(Uint8Array.from([1, 0, 0, 0x1f, 0, 0, 0, 0, 0]), layout, DEFAULT_CALL_KEY_MAP)).toBe('2');
    expect(decodeReport(Uint8Array.from([2, 0, 0, 0x1f, 0, 0, 0, 0, 0]), layout, DEFAULT_CALL_KEY_MAP)).toBeNull();
  });

  it('accepts number arrays (node-hid sync API) and maps hex and F-key names', () => {
    expect(decodeReport([0, 0, 0x68, 0, 0, 0, 0, 0], DEFAULT_REPORT_LAYOUT, { F13: 'call-next' })).toBe('F13');
    expect(decodeReport(boot(0xe8), DEFAULT_REPORT_LAYOUT, { '0xe8': 'recall' })).toBe('0xe8');
  });

  it('never throws, whatever it is handed', () => {
    for (const junk of [null, undefined, 'abc', 42, {}, [300, 1, 2, 3, 4, 5, 6, 7], [0.5], new Uint8Array(0)]) {
      expect(readReport(junk, DEFAULT_REPORT_LAYOUT)).toEqual({ type: 'invalid' });
    }
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 70 }), fc.anything(), (bytes, other) => {
        const a = decodeReport(bytes, DEFAULT_REPORT_LAYOUT, DEFAULT_RATING_KEY_MAP);
        const b = decodeReport(other, DEFAULT_REPORT_LAYOUT, DEFAULT_RATING_KEY_MAP);
        return (a === null || a in DEFAULT_RATING_KEY_MAP) && (b === null || b in DEFAULT_RATING_KEY_MAP);
      }),
    );
  });
});
