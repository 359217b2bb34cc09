import type { PublicTicketStatus } from '@hall/protocol';
import { forLocale } from '@hall/web-ui';
import { describe, expect, test } from 'vitest';
import { nextView, pollDelay, shouldVibrate, START_VIEW, statusLines, type StatusView } from './status-view.ts';
import { statusTexts } from './texts.ts';

const names = (zh: string, hant: string, en: string) => ({ 'zh-Hans': zh, 'zh-Hant': hant, en });
/** 2026-11-25 12:03:07 UTC: 20:03:07 in Shanghai, 07:03:07 in New York. */
const AT = Date.UTC(2026, 10, 25, 12, 3, 7);

const waiting: PublicTicketStatus = {
  number: 'A002',
  state: 'waiting',
  lane: 'normal',
  priorityGroupNames: null,
  hallName: names('示范区政务服务中心', '示範區政務服務中心', 'Demo District Service Centre'),
  serviceNames: names('城乡居民医保参保登记', '城鄉居民醫保參保登記', 'Resident medical insurance'),
  zoneNames: names('医保', '醫保', 'Medical Insurance'),
  peopleAhead: 1,
  estimatedWaitMinutes: 6,
  wait: { minutes: 6, low: 0, high: 10 },
  window: null,
  windowNames: null,
  waitWindows: null,
  targetWindow: null,
  calledAt: null,
  businessDay: '2026-11-25',
  serverTime: AT,
  timeZone: 'Asia/Shanghai',
};
const called: PublicTicketStatus = {
  ...waiting,
  state: 'called',
  peopleAhead: null,
  estimatedWaitMinutes: null,
  wait: null,
  window: 1,
  windowNames: names('1号窗口 · 医保', '1號窗口 · 醫保', 'Window 1 · Medical Insurance'),
  calledAt: AT,
};
const view = (status: PublicTicketStatus): StatusView => nextView(START_VIEW, { kind: 'status', status });
const lines = (v: StatusView, locale: 'zh-Hans' | 'zh-Hant' | 'en' = 'zh-Hans') =>
  statusLines(v, forLocale(statusTexts, locale), locale);

describe('the phone status page in words', () => {
  test('waiting: people ahead and the estimate, as the e2e test reads them', () => {
    const l = lines(view(waiting));
    expect(l.header).toBe('示范区政务服务中心 · 排队进度');
    expect(l.number).toBe('A002');
    expect(l.service).toBe('医保 · 城乡居民医保参保登记');
    expect(l.state).toBe('排队等候中');
    expect(l.rows.map((r) => `${r.label}${r.value ?? ''}`)).toEqual(['前面还有1 人', '预计等候约 0–10 分钟']);
    expect(lines(view({ ...waiting, peopleAhead: 0 })).rows[0]?.value).toBe('马上轮到您');
  });

  test('called: the window to go to, in the language asked for', () => {
    expect(lines(view(called)).state).toBe('请到 1号窗口 · 医保 办理');
    expect(lines(view(called), 'en').state).toBe('Please go to Window 1 · Medical Insurance');
    expect(lines(view(called)).called).toBe(true);
    expect(lines(view({ ...called, windowNames: null }), 'en').state).toBe('Please go to Window 1');
    expect(lines(view({ ...called, state: 'serving' }), 'zh-Hant').state).toBe('正在 1號窗口 · 醫保 辦理');
  });

  test('waiting: the windows that will call the ticket, as the hub names them', () => {
    const at = { ...waiting, lane: 'elderly' as const, waitWindows: [1, 2, 28, 29, 30, 43] };
    expect(lines(view(at)).rows.at(-1)).toEqual({ label: '等候窗口', value: '1、2、28、29、30、43号窗口' });
    expect(lines(view(at), 'zh-Hant').rows.at(-1)).toEqual({ label: '等候窗口', value: '1、2、28、29、30、43號窗口' });
    expect(lines(view(at), 'en').rows.at(-1)).toEqual({ label: 'Called at', value: 'windows 1, 2, 28, 29, 30, 43' });
    // A transfer to one window says that window instead.
    expect(lines(view({ ...at, state: 'transferred', targetWindow: 28, waitWindows: [28] })).rows.at(-1)).toEqual({
      label: '将由 28号窗口 叫号',
    });
  });

  test('a lane and a transfer to a named window are said', () => {
    const l = lines(view({ ...waiting, lane: 'elderly', state: 'transferred', targetWindow: 28 }));
    expect(l.service).toBe('医保 · 城乡居民医保参保登记 · 老年人优先');
    expect(l.state).toBe('已转办，请继续等候');
    expect(l.rows.at(-1)).toEqual({ label: '将由 28号窗口 叫号' });
  });

  test('"updated at" is the hub time on the hall clock, whatever zone the phone is in', () => {
    expect(lines(view(waiting)).updated).toBe('更新于 20:03:07');
    // The same instant in a hall elsewhere reads that hall's clock: the zone comes from the hub, not the phone.
    expect(lines(view({ ...waiting, timeZone: 'America/New_York' }), 'en').updated).toBe('Updated 07:03:07');
  });

  test('an unknown code says so; a failed poll keeps the last status and says the connection is lost', () => {
    const unknown = lines(nextView(view(waiting), { kind: 'not-found' }));
    expect(unknown).toMatchObject({ number: '—', state: '未找到此号，请核对小票上的二维码', rows: [] });
    const offline = nextView(view(waiting), { kind: 'failed' });
    expect(offline.status).toEqual(waiting);
    expect(lines(offline)).toMatchObject({ number: 'A002', updated: '网络连接中断，正在重试…' });
    expect(nextView(offline, { kind: 'status', status: waiting }).offline).toBe(false);
  });
});

describe('polling and the buzz', () => {
  test('every 4 s in view, every 15 s while hidden', () => {
    expect(pollDelay(false)).toBe(4_000);
    expect(pollDelay(true)).toBe(15_000);
  });

  test('buzzes once when called, not at every poll while called', () => {
    expect(shouldVibrate(null, 'called')).toBe(true);
    expect(shouldVibrate('waiting', 'called')).toBe(true);
    expect(shouldVibrate('called', 'called')).toBe(false);
    expect(shouldVibrate('called', 'serving')).toBe(false);
  });
});

describe('what to bring (一次性告知) on the phone page', () => {
  const materials = [
    names('居民身份证原件', '居民身份證原件', 'Original resident ID card'),
    names('居民户口簿原件', '居民戶口簿原件', 'Original household register'),
  ];

  test('listed in the page language while the ticket waits or is called', () => {
    expect(lines(view({ ...waiting, materials })).materials).toEqual({
      heading: '请携带以下材料',
      items: ['居民身份证原件', '居民户口簿原件'],
    });
    expect(lines(view({ ...called, materials }), 'en').materials).toEqual({
      heading: 'Please bring',
      items: ['Original resident ID card', 'Original household register'],
    });
    expect(lines(view({ ...waiting, state: 'transferred', materials }), 'zh-Hant').materials?.items[0]).toBe(
      '居民身份證原件',
    );
  });

  test('not shown when the hall prints none for the service, from an older hub, or once served', () => {
    expect(lines(view(waiting)).materials).toBeNull();
    expect(lines(view({ ...waiting, materials: [] })).materials).toBeNull();
    for (const state of ['serving', 'done', 'no-show', 'cancelled'] as const)
      expect(lines(view({ ...called, state, materials })).materials, state).toBeNull();
    expect(lines(nextView(START_VIEW, { kind: 'not-found' })).materials).toBeNull();
  });
});
