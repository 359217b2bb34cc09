import { describe, expect, it } from 'vitest';
import { looksUnmasked, maskIdNumber, maskName, maskPhone } from './masking.ts';

describe('masking', () => {
  it('masks names, keeping the first character and the last of longer names', () => {
    expect(maskName('张三')).toBe('张*');
    expect(maskName('张三丰')).toBe('张*丰');
    expect(maskName('欧阳娜娜')).toBe('欧**娜');
    expect(maskName('Li Lei')).toBe('L* L*i');
    expect(maskName('张*丰')).toBe('张*丰');
  });

  it('masks phone and ID numbers so that they no longer look whole', () => {
    expect(maskPhone('13812345678')).toBe('138****5678');
    expect(maskIdNumber('11010519491231002X')).toBe('110***********002X');
    for (const masked of [maskPhone('13812345678'), maskIdNumber('11010519491231002X')]) {
      expect(looksUnmasked(masked)).toBe(false);
    }
  });

  it('sees a whole number however it is written', () => {
    for (const whole of ['13812345678', '138 1234 5678', '138-1234-5678', '11010519491231002X']) {
      expect(looksUnmasked(whole)).toBe(true);
    }
  });
});
