import { describe, expect, it } from 'vitest';
import { labelled, textColumns, wrap } from './text-width.ts';

describe('text width and wrapping', () => {
  it('counts Chinese (and every non-ASCII character) as two columns', () => {
    expect(textColumns('A012')).toBe(4);
    expect(textColumns('医保 · 1号')).toBe(2 + 2 + 1 + 2 + 1 + 1 + 2);
  });

  it('breaks English between words and Chinese between characters', () => {
    expect(wrap('Please watch the display', 12)).toEqual(['Please watch', 'the display']);
    expect(wrap('城乡居民医保参保登记', 8)).toEqual(['城乡居民', '医保参保', '登记']);
    expect(wrap('x'.repeat(10), 4)).toEqual(['xxxx', 'xxxx', 'xx']);
    for (const line of wrap('堃山区政务服务中心 Kunshan District Government Service Centre', 16)) {
      expect(textColumns(line)).toBeLessThanOrEqual(16);
    }
  });

  it('indents continuation lines under the value', () => {
    expect(labelled('业务：', '城乡居民医保参保登记', 14)).toEqual(['业务：城乡居民', '      医保参保', '      登记']);
  });
});
