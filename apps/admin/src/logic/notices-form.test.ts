import { expect, test } from 'vitest';
import { instantOfInput, localInputOf, newNoticeId, noticeRowOf, noticesBodyOf } from './notices-form.ts';

const text = { 'zh-Hans': '今日下午系统维护', 'zh-Hant': '今日下午系統維護', en: 'Maintenance this afternoon' };
const SHANGHAI = 'Asia/Shanghai';

test('a notice round-trips through its row, its end kept to the minute', () => {
  const until = Date.UTC(2026, 10, 25, 9, 30);
  const row = noticeRowOf({ id: 'maint', text, from: null, until }, SHANGHAI);
  expect(row.until).toBe(localInputOf(until, SHANGHAI));
  expect(noticesBodyOf([row], SHANGHAI)).toEqual({
    ok: true,
    body: { notices: [{ id: 'maint', text, from: null, until }] },
  });
  expect(noticesBodyOf([{ ...row, until: '' }], SHANGHAI)).toEqual({
    ok: true,
    body: { notices: [{ id: 'maint', text, from: null, until: null }] },
  });
});

test("start and end are read and shown on the hall's clock, whatever zone the browser is in", () => {
  // 2026-11-25 14:00 and 17:30 in Shanghai (UTC+8).
  const from = Date.UTC(2026, 10, 25, 6, 0);
  const until = Date.UTC(2026, 10, 25, 9, 30);
  const row = noticeRowOf({ id: 'maint', text, from, until }, SHANGHAI);
  expect(row).toMatchObject({ from: '2026-11-25T14:00', until: '2026-11-25T17:30' });
  expect(noticeRowOf({ id: 'maint', text, from, until }, 'Europe/Berlin')).toMatchObject({
    from: '2026-11-25T07:00',
    until: '2026-11-25T10:30',
  });
  expect(instantOfInput('2026-11-25T14:00', SHANGHAI)).toBe(from);
  expect(noticesBodyOf([row], SHANGHAI)).toEqual({ ok: true, body: { notices: [{ id: 'maint', text, from, until }] } });
});

test('a start not before the end is shown at the start field', () => {
  const row = { id: 'maint', text, from: '2026-11-25T18:00', until: '2026-11-25T17:30' };
  const got = noticesBodyOf([row], SHANGHAI);
  expect(!got.ok && got.issues.map((i) => i.path)).toEqual(['notices.0.from']);
  expect(noticesBodyOf([{ ...row, from: '2026-11-25T17:30' }], SHANGHAI).ok).toBe(false);
  expect(noticesBodyOf([{ ...row, from: '2026-11-25T17:29' }], SHANGHAI).ok).toBe(true);
});

test('the schema names what is wrong', () => {
  const got = noticesBodyOf([{ id: 'Bad Id', text: { ...text, en: '' }, from: '', until: '' }], SHANGHAI);
  expect(got.ok).toBe(false);
  expect(!got.ok && got.issues.map((i) => i.path).sort()).toEqual(['notices.0.id', 'notices.0.text.en']);
});

test('a start that is no date and time is refused at its field', () => {
  const got = noticesBodyOf([{ id: 'maint', text, from: 'soon', until: '' }], SHANGHAI);
  expect(!got.ok && got.issues.map((i) => i.path)).toEqual(['notices.0.from']);
});

test('a new id is not one already used', () => {
  const now = 1_800_000_000_000;
  const first = newNoticeId([], now);
  expect(first).toMatch(/^notice-[a-z0-9]+$/);
  expect(newNoticeId([{ id: first }], now)).toBe(`${first}-2`);
});
