import type { HallAlert } from '@hall/protocol';
import { ALERT_KINDS } from '@hall/protocol';
import { LOCALES } from '@hall/web-ui';
import { expect, test } from 'vitest';
import { alertKindText, alertSentence, alertSubjectParts, hallNamesOf } from './alert-labels.ts';
import { alertIds, alertsToAnnounce } from './alert-news.ts';
import { testHall } from './test-hall.ts';

const hall = testHall();

function alert(id: string, over: Partial<HallAlert> = {}): HallAlert {
  return {
    id,
    kind: 'wait-over-target',
    key: `wait-over-target:${id}`,
    subject: { ticketId: 't1', ticketNumber: 'A023', serviceId: 'marriage', zoneId: 'civil' },
    raisedAt: 1_000,
    clearedAt: null,
    acknowledgedAt: null,
    acknowledgedBy: null,
    ...over,
  };
}

test('every kind has its own words in every language', () => {
  for (const locale of LOCALES) {
    const words = ALERT_KINDS.map((k) => alertKindText(locale, k));
    expect(new Set(words).size).toBe(ALERT_KINDS.length);
    for (const w of words) expect(w).not.toMatch(/^alert\./);
  }
  expect(alertKindText('zh-Hans', 'wait-over-target')).toBe('等候超过目标时间');
  expect(alertKindText('en', 'device-offline')).toBe('Device offline');
});

test('the subject names the ticket, service, zone, window and device as the hall calls them', () => {
  const zh = hallNamesOf(hall, 'zh-Hans');
  expect(alertSubjectParts('zh-Hans', alert('a').subject, zh)).toEqual(['A023 号', '婚姻登记', '民政']);
  expect(alertSubjectParts('en', { window: 1 }, hallNamesOf(hall, 'en'))).toEqual(['Window 1']);
  // A window the hall no longer has is still named by its number.
  expect(alertSubjectParts('zh-Hans', { window: 7 }, zh)).toEqual(['7 号窗口']);
  expect(alertSubjectParts('zh-Hans', { deviceId: 'k1', deviceName: '1号取号机', condition: 'paper-end' }, zh)).toEqual(
    ['1号取号机', '缺纸'],
  );
  expect(alertSubjectParts('en', { deviceId: 'k1', condition: 'jammed' }, hallNamesOf(hall, 'en'))).toEqual([
    'k1',
    'jammed',
  ]);
  expect(alertSubjectParts('zh-Hans', { zoneId: 'gone' }, hallNamesOf(null, 'zh-Hans'))).toEqual(['gone']);
});

test('one sentence for a screen reader: kind, then subject', () => {
  expect(alertSentence('zh-Hans', alert('a'), hallNamesOf(hall, 'zh-Hans'))).toBe(
    '等候超过目标时间：A023 号 · 婚姻登记 · 民政',
  );
  expect(alertSentence('en', alert('a'), hallNamesOf(hall, 'en'))).toBe(
    'Wait over target: ticket A023 · Marriage · Civil',
  );
});

test('only alerts new on the board and still going on are announced', () => {
  const first = [alert('a'), alert('b', { clearedAt: 2_000 })];
  expect(alertsToAnnounce(null, first)).toEqual([]);
  const later = [alert('c'), alert('d', { clearedAt: 3_000 }), ...first];
  expect(alertsToAnnounce(alertIds(first), later).map((a) => a.id)).toEqual(['c']);
  expect(alertsToAnnounce(alertIds(later), later)).toEqual([]);
});
