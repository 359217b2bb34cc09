import { describe, expect, it } from 'vitest';
import { noticeSchema, noticesBodySchema } from './notices.ts';

const text = { 'zh-Hans': '今日16:00起医保系统维护', 'zh-Hant': '今日16:00起醫保系統維護', en: 'Maintenance at 16:00' };

describe('a notice with start and end times', () => {
  it('takes neither, either or both; none means at once and until removed', () => {
    expect(noticeSchema.parse({ id: 'a', text })).toMatchObject({ from: null, until: null });
    expect(noticeSchema.parse({ id: 'a', text, from: 1_000 })).toMatchObject({ from: 1_000, until: null });
    expect(noticeSchema.parse({ id: 'a', text, until: 2_000 })).toMatchObject({ from: null, until: 2_000 });
    expect(noticeSchema.parse({ id: 'a', text, from: 1_000, until: 2_000 })).toMatchObject({
      from: 1_000,
      until: 2_000,
    });
  });

  it('refuses a start that is not before the end, naming the start', () => {
    for (const from of [2_000, 3_000]) {
      const r = noticesBodySchema.safeParse({ notices: [{ id: 'a', text, from, until: 2_000 }] });
      expect(r.success).toBe(false);
      expect(r.error?.issues.map((i) => i.path.join('.'))).toEqual(['notices.0.from']);
    }
  });

  it('refuses a start that is not a whole number of ms', () => {
    expect(noticeSchema.safeParse({ id: 'a', text, from: 1.5 }).success).toBe(false);
    expect(noticeSchema.safeParse({ id: 'a', text, from: '09:00' }).success).toBe(false);
  });
});
