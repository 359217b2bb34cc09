import { looksUnmasked } from '@hall/protocol';
import { describe, expect, it } from 'vitest';
import { holderFrom } from './holder.ts';

describe('holderFrom', () => {
  it('masks the name and the phone before they leave the page', () => {
    const r = holderFrom({ name: ' 张三丰 ', phone: '138 0013 8000' });
    expect(r).toEqual({ ok: true, holder: { name: '张*丰', phone: '138****8000' } });
    if (r.ok) for (const v of Object.values(r.holder ?? {})) expect(looksUnmasked(v)).toBe(false);
  });

  it('sends nothing when both are empty, and either alone', () => {
    expect(holderFrom({ name: '', phone: ' ' })).toEqual({ ok: true, holder: undefined });
    expect(holderFrom({ name: '李四', phone: '' })).toEqual({ ok: true, holder: { name: '李*' } });
    expect(holderFrom({ name: '', phone: '１３８００１３８０００' })).toEqual({
      ok: true,
      holder: { phone: '138****8000' },
    });
  });

  it('refuses a phone that is not a mobile number', () => {
    expect(holderFrom({ name: 'x', phone: '12345' })).toEqual({ ok: false, field: 'phone' });
    expect(holderFrom({ name: '', phone: '0471-1234567' })).toEqual({ ok: false, field: 'phone' });
  });
});
