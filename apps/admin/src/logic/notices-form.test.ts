import { expect, test } from 'vitest';
import { localInputOf, newNoticeId, noticeRowOf, noticesBodyOf } from './notices-form.ts';

const text = { 'zh-Hans': '今日下午系统维护', 'zh-Hant': '今日下午系統維護', en: 'Maintenance this afternoon' };

test('a notice round-trips through its row, its end kept to the minute', () => {
  const until = new Date(2026, 10, 25, 17, 30).getTime();
  const row = noticeRowOf({ id: 'maint', text, until });
  expect(row.until).toBe(localInputOf(until));
  expect(noticesBodyOf([row])).toEqual({ ok: true, body: { notices: [{ id: 'maint', text, until }] } });
  expect(noticesBodyOf([{ ...row, until: '' }])).toEqual({
    ok: true,
    body: { notices: [{ id: 'maint', text, until: null }] },
  });
});

test('the schema names what is wrong', () => {
  const got = noticesBodyOf([{ id: 'Bad Id', text: { ...text, en: '' }, until: '' }]);
  expect(got.ok).toBe(false);
  expect(!got.ok && got.issues.map((i) => i.path).sort()).toEqual(['notices.0.id', 'notices.0.text.en']);
});

test('a new id is not one already used', () => {
  const now = 1_800_000_000_000;
  const first = newNoticeId([], now);
  expect(first).toMatch(/^notice-[a-z0-9]+$/);
  expect(newNoticeId([{ id: first }], now)).toBe(`${first}-2`);
});
