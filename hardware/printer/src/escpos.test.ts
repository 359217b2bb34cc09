import { describe, expect, it } from 'vitest';
import { EscPos, encodeText } from './escpos.ts';

const hex = (b: Buffer): string => b.toString('hex').replace(/(..)(?!$)/g, '$1 ');

describe('EscPos', () => {
  it('writes each command byte for byte', () => {
    expect(hex(new EscPos().init().build())).toBe('1b 40');
    expect(hex(new EscPos().chineseMode().build())).toBe('1c 26');
    expect(hex(new EscPos().codePage(0).build())).toBe('1b 74 00');
    expect(hex(new EscPos().align('left').align('center').align('right').build())).toBe('1b 61 00 1b 61 01 1b 61 02');
    expect(hex(new EscPos().bold(true).bold(false).build())).toBe('1b 45 01 1b 45 00');
    expect(hex(new EscPos().size(1, 1).size(2, 2).size(2, 1).size(1, 2).build())).toBe(
      '1d 21 00 1d 21 11 1d 21 10 1d 21 01',
    );
    expect(hex(new EscPos().feed(3).build())).toBe('1b 64 03');
    expect(hex(new EscPos().cut().cut(5).build())).toBe('1d 56 42 00 1d 56 42 05');
    expect(hex(new EscPos().line('A1').build())).toBe('41 31 0a');
  });

  it('encodes text as GB18030, including characters GBK does not have', () => {
    expect(hex(encodeText('堃'))).toBe('88 d2');
    expect(hex(encodeText('龘'))).toBe('fd 93');
    expect(hex(encodeText('号'))).toBe('ba c5');
    expect(hex(encodeText('€'))).toBe('a2 e3');
    expect(hex(encodeText('𠀀'))).toBe('95 32 82 36'); // a 4-byte GB18030 code (CJK extension B)
    expect(encodeText('堃龘').includes(0x3f)).toBe(false); // never "?"
  });

  it('turns control characters in text into spaces, so job text cannot inject commands', () => {
    expect(hex(encodeText('A\x1b@\x1dV\nB'))).toBe('41 20 40 20 56 20 42');
  });

  it('writes the QR code with GS ( k and a length in UTF-8 bytes + 3', () => {
    const url = 'https://h.cn/号';
    const bytes = new EscPos().qr(url, { moduleSize: 6 }).build();
    const data = Buffer.from(url, 'utf8');
    expect(data.length).toBe(url.length + 2); // 号 is 1 UTF-16 unit but 3 UTF-8 bytes
    const k = data.length + 3;
    const expected = Buffer.concat([
      Buffer.from([0x1d, 0x28, 0x6b, 4, 0, 0x31, 65, 50, 0]),
      Buffer.from([0x1d, 0x28, 0x6b, 3, 0, 0x31, 67, 6]),
      Buffer.from([0x1d, 0x28, 0x6b, 3, 0, 0x31, 69, 49]),
      Buffer.from([0x1d, 0x28, 0x6b, k & 0xff, k >> 8, 0x31, 80, 48]),
      data,
      Buffer.from([0x1d, 0x28, 0x6b, 3, 0, 0x31, 81, 48]),
    ]);
    expect(hex(bytes)).toBe(hex(expected));
  });

  it('puts the high byte of long QR data in pH', () => {
    const data = 'x'.repeat(300);
    const bytes = new EscPos().qr(data).build();
    const store = bytes.indexOf(Buffer.from([0x31, 80, 48]));
    expect(bytes[store - 2]).toBe((303 & 0xff) >>> 0);
    expect(bytes[store - 1]).toBe(1);
  });

  it('refuses values the printer would misread', () => {
    expect(() => new EscPos().qr('')).toThrow(RangeError);
    expect(() => new EscPos().qr('x'.repeat(7090))).toThrow(RangeError);
    expect(() => new EscPos().qr('x', { moduleSize: 17 })).toThrow(RangeError);
    expect(() => new EscPos().size(9, 1)).toThrow(RangeError);
    expect(() => new EscPos().feed(256)).toThrow(RangeError);
  });
});
