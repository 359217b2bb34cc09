import type { ReportBreakdown, ReportSummary, TicketFigures } from '@hall/protocol';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, issue, startTestHub, windowAction, type TestHub } from '../test-support/test-hub.ts';
import { daysOfMonth, wholeMonthsIn } from './report-range.ts';

/*
 * One small day on the test hall (2026-11-24, Asia/Shanghai; the test clock starts at 09:00 that day), closed
 * at midnight, then read through the API. Figures worked out by hand:
 *   A001 med-card    issued 09:00, called 09:05 w1 clerk1 (wait 300 s), 09:06–09:16 (600 s), very satisfied
 *   B001 tax-invoice issued 09:00, called 09:05 w2 clerk2 (wait 300 s), recalled 09:06, no-show 09:07
 *   A002 med-card    issued 09:00, called 09:20 w1 clerk1 (wait 1200 s), 09:21–09:24:20 (200 s), unsatisfied
 *   A003 med-card    issued 09:00, never called: cancelled when the day closed
 *   w1: open 09:00–10:00, busy 09:05–09:16 and 09:20–09:24:20, paused 09:30–09:40
 *   w2: open 09:00–10:00, busy 09:05–09:07
 */
const DAY = '2026-11-24';
const NEXT = '2026-11-25';
const MIN = 60_000;

const noRatings = {
  'very-satisfied': 0,
  satisfied: 0,
  'basically-satisfied': 0,
  unsatisfied: 0,
  'very-unsatisfied': 0,
  'not-rated': 0,
};
const none = { count: 0, meanMinutes: null, medianMinutes: null, p90Minutes: null };

// The whole day (and hour 09, and the normal lane).
const DAY_FIGURES: TicketFigures = {
  issued: 4,
  served: 2,
  noShow: 1,
  cancelled: 1,
  transferred: 0,
  // 300 300 1200 s: mean 600 s = 10.0; buckets 30 30 120: median rank 2 → 300 s = 5.0; p90 rank 3 → 1200 s = 20.0
  wait: { count: 3, meanMinutes: 10, medianMinutes: 5, p90Minutes: 20 },
  // 600 200 s: mean 400 s = 6.67; buckets 20 60: median rank 1 → 200 s = 3.33; p90 rank 2 → 600 s = 10.0
  service: { count: 2, meanMinutes: 6.7, medianMinutes: 3.3, p90Minutes: 10 },
  withinTarget: { count: 3, share: 1 }, // all within the default 30 min
  ratings: { ...noRatings, 'very-satisfied': 1, unsatisfied: 1 },
  participation: 1, // 2 rated of 2 served
  satisfaction: 0.5, // 1 (very) satisfied of 2 rated
  delay: { issued: 0, served: 0 }, // the test hall has no delay-service hours
};

// Window 1 = clerk1 = zone medical (by the last window): A001 and A002.
const WINDOW_1: TicketFigures = {
  ...DAY_FIGURES,
  issued: 2,
  noShow: 0,
  cancelled: 0,
  // 300 1200 s: mean 750 s = 12.5; median rank 1 → 300 s; p90 rank 2 → 1200 s
  wait: { count: 2, meanMinutes: 12.5, medianMinutes: 5, p90Minutes: 20 },
  withinTarget: { count: 2, share: 1 },
};
// w1: open 3600 s = 60.0; paused 600 s = 10.0; idle 300 + 240 + 340 + 1200 = 2080 s = 34.67
const W1_PERFORMANCE = { openMinutes: 60, pausedMinutes: 10, idleMinutes: 34.7, noShowRate: 0 };

const B001: TicketFigures = {
  ...DAY_FIGURES,
  issued: 1,
  served: 0,
  cancelled: 0,
  wait: { count: 1, meanMinutes: 5, medianMinutes: 5, p90Minutes: 5 },
  service: none,
  withinTarget: { count: 1, share: 1 },
  ratings: noRatings,
  participation: null,
  satisfaction: null,
};
// w2: open 3600 s = 60.0; idle 300 + 3180 = 3480 s = 58.0; no-shows 1 of (0 served + 1)
const W2_PERFORMANCE = { openMinutes: 60, pausedMinutes: 0, idleMinutes: 58, noShowRate: 1 };

async function logIn(t: TestHub, username: string, password = 'clerk-password-1'): Promise<string> {
  const r = await t.hub.accounts.login(username, password);
  if (!r.ok) throw new Error(r.error.message);
  return r.value.token;
}

/** Staff sessions last 14 hours: after the clock has moved past midnight, the test's staff log in again. */
async function logInAgain(t: TestHub): Promise<void> {
  t.tokens.admin = await logIn(t, 'admin', 'admin-password-1');
  t.tokens.clerk = await logIn(t, 'clerk1');
  t.tokens.clerk2 = await logIn(t, 'clerk2');
  t.tokens.lead = await logIn(t, 'lead1');
}

async function getRaw(t: TestHub, path: string, token: string) {
  return fetch(`${t.url}${path}`, { headers: { authorization: `Bearer ${token}` } });
}

describe('reports over the API', () => {
  let t: TestHub;
  let supervisor: string;
  let clerk1: string;
  let clerk2: string;
  const at = (minutes: number) => {
    // The test clock starts at 09:00 on DAY.
    t.clock.t = Date.parse('2026-11-24T01:00:00Z') + minutes * MIN;
  };
  const summary = async (from: string, to: string, token = t.tokens.admin) =>
    api(t.url, `/api/v1/reports/summary?from=${from}&to=${to}`, { token });
  const breakdown = async (by: string, from = DAY, to = DAY, token = t.tokens.admin) =>
    api(t.url, `/api/v1/reports/breakdown?from=${from}&to=${to}&by=${by}`, { token });

  beforeAll(async () => {
    t = await startTestHub();
    await t.hub.accounts.createStaff(
      { username: 'super1', password: 'clerk-password-1', role: 'clerk', permissions: ['supervise'] },
      'test',
    );
    clerk1 = t.store.staff.findByUsername('clerk1')?.id ?? '';
    clerk2 = t.store.staff.findByUsername('clerk2')?.id ?? '';

    at(0);
    await windowAction(t, t.tokens.clerk, 1, 'open');
    await windowAction(t, t.tokens.clerk2, 2, 'open');
    for (const service of ['med-card', 'tax-invoice', 'med-card', 'med-card']) await issue(t, service);
    at(5);
    await windowAction(t, t.tokens.clerk, 1, 'call-next');
    await windowAction(t, t.tokens.clerk2, 2, 'call-next');
    at(6);
    await windowAction(t, t.tokens.clerk, 1, 'start');
    await windowAction(t, t.tokens.clerk2, 2, 'recall');
    at(7);
    expect((await windowAction(t, t.tokens.clerk2, 2, 'no-show')).status).toBe(200);
    at(16);
    await windowAction(t, t.tokens.clerk, 1, 'finish');
    await windowAction(t, t.tokens.clerk, 1, 'rate', { level: 'very-satisfied', source: 'pad' });
    at(20);
    await windowAction(t, t.tokens.clerk, 1, 'call-next');
    at(21);
    await windowAction(t, t.tokens.clerk, 1, 'start');
    t.clock.advance(200_000);
    await windowAction(t, t.tokens.clerk, 1, 'finish');
    await windowAction(t, t.tokens.clerk, 1, 'rate', { level: 'unsatisfied', source: 'pad' });
    at(30);
    await windowAction(t, t.tokens.clerk, 1, 'pause', { reason: '午休' });
    at(40);
    await windowAction(t, t.tokens.clerk, 1, 'resume');
    at(50);
    // A could-not-get-it-done matter, still open; the unsatisfied rating's follow-up, closed.
    const matter = await api(t.url, '/api/v1/complaints', {
      token: t.tokens.admin,
      body: { window: 5, matter: '跨部门材料互认' },
    });
    expect(matter.status).toBe(201);
    const followUps = await api(t.url, '/api/v1/follow-ups', { token: t.tokens.admin });
    const [followUp] = followUps.body as unknown as { id: string }[];
    await api(t.url, `/api/v1/follow-ups/${followUp?.id ?? ''}/close`, {
      token: t.tokens.admin,
      body: { note: '已回访' },
    });
    at(60);
    await windowAction(t, t.tokens.clerk, 1, 'close');
    await windowAction(t, t.tokens.clerk2, 2, 'close');
    // Midnight and a second: the hub closes the day (and rolls it up) on its clock.
    at(15 * 60 + 1 / 60);
    t.hub.hall.advanceDay();
    expect(t.hub.hall.state.businessDay).toBe(NEXT);
    await logInAgain(t);
    supervisor = await logIn(t, 'super1');
    // A day of commands and a dozen logins (password hashing): slow on a busy 2-core machine.
  }, 60_000);
  afterAll(async () => {
    await t.stop();
    t.cleanup();
  });

  it('rolls the day up as it closes, and sums it up', async () => {
    expect([...t.store.rollups.daysWithin(DAY, NEXT)]).toEqual([DAY]);
    const r = await summary(DAY, DAY);
    expect(r.status).toBe(200);
    expect(r.body).toEqual({
      from: DAY,
      to: DAY,
      days: 1,
      openDays: 1,
      tickets: DAY_FIGURES,
      followUps: { opened: 1, closed: 1 },
      // opened at 09:50, asked at 00:00:01 the next day: 14 h 10 min = 0.59 days
      complaints: { opened: 1, resolved: 0, meanResolvedAgeDays: null, oldestOpenAgeDays: 0.6 },
      bookings: { made: 0, checkedIn: 0, noShow: 0, cancelled: 0 },
    } satisfies ReportSummary);
  });

  it('breaks the day down by window, clerk, zone, kind, service, hour and lane', async () => {
    const rowsOf = async (by: string) => ((await breakdown(by)).body as unknown as ReportBreakdown).rows;
    const windows = await rowsOf('window');
    expect(windows.map((r) => [r.key, r.names?.['zh-Hans']])).toEqual([
      ['1', '1号窗口'],
      ['2', '2号窗口'],
    ]);
    expect(windows[0]).toMatchObject({ tickets: WINDOW_1, performance: W1_PERFORMANCE });
    expect(windows[1]).toMatchObject({ tickets: B001, performance: W2_PERFORMANCE });
    const clerks = await rowsOf('clerk');
    expect(clerks.map((r) => r.key)).toEqual([clerk1, clerk2]); // by username
    expect(clerks.find((r) => r.key === clerk1)).toMatchObject({ tickets: WINDOW_1, performance: W1_PERFORMANCE });
    expect(clerks.find((r) => r.key === clerk1)?.names).not.toBeNull();
    // Zones by the ticket's service; window time by the window's zone.
    const zones = await rowsOf('zone');
    expect(zones.map((r) => r.key)).toEqual(['medical', 'tax']);
    expect(zones[0]?.performance).toEqual(W1_PERFORMANCE);
    expect(zones[0]?.tickets).toEqual({ ...WINDOW_1, issued: 3, cancelled: 1 }); // A001 A002 A003
    expect(zones[1]).toMatchObject({ tickets: B001, performance: W2_PERFORMANCE });
    // Kind `zone`: windows 1 and 2: open 120.0, paused 10.0, idle 2080 + 3480 = 5560 s = 92.67; no-shows 1 of 3
    const kinds = await rowsOf('kind');
    expect(kinds).toEqual([
      {
        key: 'zone',
        names: null,
        tickets: { ...DAY_FIGURES, cancelled: 0, issued: 3 },
        performance: { openMinutes: 120, pausedMinutes: 10, idleMinutes: 92.7, noShowRate: 1 / 3 },
      },
    ]);
    const services = await rowsOf('service');
    expect(services.map((r) => [r.key, r.tickets.issued, r.performance])).toEqual([
      ['med-card', 3, null],
      ['tax-invoice', 1, null],
    ]);
    expect(await rowsOf('hour')).toEqual([{ key: '09', names: null, tickets: DAY_FIGURES, performance: null }]);
    expect(await rowsOf('day-hour')).toEqual([
      { key: `${DAY}T09`, names: null, tickets: DAY_FIGURES, performance: null },
    ]);
    expect(await rowsOf('lane')).toEqual([{ key: 'normal', names: null, tickets: DAY_FIGURES, performance: null }]);
  });

  it('rolls up on demand a past day that has no rollup, to the same figures', async () => {
    const byWindow = (await breakdown('window')).body;
    const whole = (await summary(DAY, DAY)).body;
    t.store.rollups.deleteDay(DAY);
    expect(t.store.rollups.daysWithin(DAY, DAY).size).toBe(0);
    expect((await summary(DAY, DAY)).body).toEqual(whole);
    expect(t.store.rollups.daysWithin(DAY, DAY).size).toBe(1);
    expect((await breakdown('window')).body).toEqual(byWindow);
    // A range before the first ticket writes nothing.
    expect((await summary('2026-11-01', '2026-11-23')).body).toMatchObject({ days: 23, openDays: 0 });
    expect(t.store.rollups.daysWithin('2026-11-01', '2026-11-23').size).toBe(0);
  });

  it("counts today's tickets live, without storing them", async () => {
    await issue(t, 'tax-invoice');
    const r = await summary(DAY, NEXT);
    expect(r.body).toMatchObject({ days: 2, openDays: 2, tickets: { issued: 5, cancelled: 1, served: 2 } });
    expect(t.store.rollups.daysWithin(NEXT, NEXT).size).toBe(0);
    const days = (await breakdown('day', DAY, NEXT)).body as unknown as ReportBreakdown;
    expect(days.rows.map((row) => [row.key, row.tickets.issued])).toEqual([
      [DAY, 4],
      [NEXT, 1],
    ]);
  });

  it('exports a breakdown as CSV with a byte-order mark, CRLF lines and headings in the language asked', async () => {
    const res = await getRaw(
      t,
      `/api/v1/reports/breakdown?from=${DAY}&to=${DAY}&by=window&format=csv&lang=en`,
      supervisor,
    );
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(res.headers.get('content-disposition')).toBe(`attachment; filename="report-window-${DAY}-${DAY}.csv"`);
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
    expect(text.split('\r\n')).toHaveLength(4); // headings, two windows, and the end of the last line
    const [header, w1, w2] = parse(text, { bom: true }) as string[][];
    const cell = (row: string[] | undefined, heading: string) => row?.[header?.indexOf(heading) ?? -1];
    expect(header?.slice(0, 4)).toEqual(['Window', 'Name', 'Issued', 'Served']);
    expect(cell(w1, 'Window')).toBe('1');
    expect(cell(w1, 'Name')).toBe('1号窗口');
    expect(cell(w1, 'Mean wait (min)')).toBe('12.5');
    expect(cell(w1, 'Satisfaction (%)')).toBe('50');
    expect(cell(w1, 'Idle (min)')).toBe('34.7');
    expect(cell(w2, 'No-show rate (%)')).toBe('100');
    expect(cell(w2, 'Satisfaction (%)')).toBe('');
    const zh = await getRaw(t, `/api/v1/reports/summary?from=${DAY}&to=${DAY}&format=csv`, supervisor);
    expect(zh.headers.get('content-disposition')).toBe(`attachment; filename="report-summary-${DAY}-${DAY}.csv"`);
    const [zhHeader, zhRow] = parse(await zh.text(), { bom: true }) as string[][];
    expect(zhHeader?.slice(0, 6)).toEqual(['起始日', '截止日', '天数', '开放天数', '取号', '办结']);
    expect(zhRow?.slice(0, 6)).toEqual([DAY, DAY, '1', '1', '4', '2']);
    expect(zhRow?.[zhHeader?.indexOf('差评回访新增') ?? -1]).toBe('1');
  });

  it('exports as XLSX that reads back with the same figures', async () => {
    const res = await getRaw(
      t,
      `/api/v1/reports/breakdown?from=${DAY}&to=${DAY}&by=zone&format=xlsx&lang=zh-Hant`,
      supervisor,
    );
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(res.headers.get('content-disposition')).toBe(`attachment; filename="report-zone-${DAY}-${DAY}.xlsx"`);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(await res.arrayBuffer());
    const sheet = book.worksheets[0];
    const values = (n: number) => (sheet?.getRow(n).values as unknown[]).slice(1);
    expect(values(1).slice(0, 4)).toEqual(['區域', '名稱', '取號', '辦結']);
    expect(values(2).slice(0, 4)).toEqual(['medical', '医保', 3, 2]);
    expect(values(3).slice(0, 4)).toEqual(['tax', '税务', 1, 0]);
    const heading = values(1);
    expect(values(2)[heading.indexOf('開窗(分鐘)')]).toBe(60);
    expect(values(3)[heading.indexOf('過號率(%)')]).toBe(100);
    expect(sheet?.rowCount).toBe(3);
    const summaryFile = await getRaw(t, `/api/v1/reports/summary?from=${DAY}&to=${DAY}&format=xlsx`, t.tokens.admin);
    const summaryBook = new ExcelJS.Workbook();
    await summaryBook.xlsx.load(await summaryFile.arrayBuffer());
    const row = summaryBook.worksheets[0]?.getRow(2).values as unknown[];
    expect(row.slice(1, 7)).toEqual([DAY, DAY, 1, 1, 4, 2]);
  });

  it('is for admins and supervisors only', async () => {
    expect((await summary(DAY, DAY, supervisor)).status).toBe(200);
    expect((await summary(DAY, DAY, t.tokens.admin)).status).toBe(200);
    expect((await breakdown('window', DAY, DAY, supervisor)).status).toBe(200);
    for (const token of [t.tokens.clerk, t.tokens.lead, t.tokens.kiosk, t.tokens.display]) {
      expect((await summary(DAY, DAY, token)).status).toBe(403);
      expect((await breakdown('clerk', DAY, DAY, token)).status).toBe(403);
    }
    const csv = await getRaw(t, `/api/v1/reports/summary?from=${DAY}&to=${DAY}&format=csv`, t.tokens.clerk);
    expect(csv.status).toBe(403);
    expect((await api(t.url, `/api/v1/reports/summary?from=${DAY}&to=${DAY}`)).status).toBe(401);
  });

  it('is in the OpenAPI document with its query', async () => {
    const doc = (await api(t.url, '/api/openapi.json')).body as {
      paths: Record<string, { get?: { parameters?: { name: string; in: string }[] } }>;
    };
    const query = (path: string) =>
      doc.paths[path]?.get?.parameters?.filter((q) => q.in === 'query').map((q) => q.name);
    expect(query('/api/v1/reports/summary')?.sort()).toEqual(['format', 'from', 'lang', 'to']);
    expect(query('/api/v1/reports/breakdown')?.sort()).toEqual(['by', 'format', 'from', 'lang', 'to']);
  });

  it('refuses ranges that are backwards, too long or not dates', async () => {
    const backwards = await summary(NEXT, DAY);
    expect(backwards).toMatchObject({ status: 400, body: { code: 'VALIDATION_FAILED' } });
    const long = await summary('2025-01-01', '2026-02-05'); // 401 days
    expect(long).toMatchObject({ status: 400, body: { code: 'VALIDATION_FAILED' } });
    expect(long.body.message).toContain('at most 400 days');
    expect((await summary('2025-01-01', '2026-02-04')).status).toBe(200); // 400 days
    expect((await summary('2026-02-30', '2026-03-01')).status).toBe(400);
    expect((await summary('2026-1-01', '2026-03-01')).status).toBe(400);
    expect((await breakdown('weekday')).status).toBe(400);
    expect(
      (await api(t.url, `/api/v1/reports/summary?from=${DAY}&to=${DAY}&format=pdf`, { token: t.tokens.admin })).status,
    ).toBe(400);
  });

  it('reads a whole past month from its merged rows, to the same figures as its days', async () => {
    // Into December: November is over; the hub closes the day it was on (NEXT, with one ticket).
    t.clock.t = Date.parse('2026-12-01T02:00:00Z');
    t.hub.hall.advanceDay();
    await logInAgain(t);
    const days = (await breakdown('window', DAY, NEXT)).body as unknown as ReportBreakdown;
    expect(t.store.rollups.monthsWithin('2026-11', '2026-11').size).toBe(0);
    const month = (await breakdown('window', '2026-11-01', '2026-11-30')).body as unknown as ReportBreakdown;
    // The month was merged (the days after NEXT issued nothing: they need no rollup of their own).
    expect([...t.store.rollups.monthsWithin('2026-11', '2026-11')]).toEqual(['2026-11']);
    expect([...t.store.rollups.daysWithin('2026-11-01', '2026-11-30')]).toEqual([DAY, NEXT]);
    expect(month.rows).toEqual(days.rows);
    const november = (await summary('2026-11-01', '2026-11-30')).body as unknown as ReportSummary;
    expect(november).toMatchObject({ days: 30, openDays: 2, tickets: { issued: 5, served: 2, noShow: 1 } });
    // A range across the month's edge reads the month's row and the days beyond it.
    const across = (await summary('2026-11-01', '2026-12-01')).body as unknown as ReportSummary;
    expect(across.tickets).toEqual(november.tickets);
    // A day of it rolled up again drops the month, merged again when next asked for.
    t.store.rollups.deleteDay(DAY);
    expect(t.store.rollups.monthsWithin('2026-11', '2026-11').size).toBe(0);
    expect((await breakdown('window', '2026-11-01', '2026-11-30')).body).toEqual(month);
    expect(t.store.rollups.monthsWithin('2026-11', '2026-11').size).toBe(1);
  }, 30_000);
  it('answers STORAGE_UNAVAILABLE when a day it must roll up cannot be written, and reads stored days meanwhile', async () => {
    const summaryOf = (from: string, to: string) =>
      api(t.url, `/api/v1/reports/summary?from=${from}&to=${to}`, { token: t.tokens.admin });
    t.store.rollups.deleteDay(DAY);
    t.store.db.pragma('query_only = 1');
    try {
      expect(await summaryOf(DAY, DAY)).toMatchObject({ status: 503, body: { code: 'STORAGE_UNAVAILABLE' } });
      // Today (December 1st by now) needs no writing.
      expect((await summaryOf('2026-12-01', '2026-12-01')).status).toBe(200);
    } finally {
      t.store.db.pragma('query_only = 0');
    }
    expect(await summaryOf(DAY, DAY)).toMatchObject({ status: 200, body: { tickets: DAY_FIGURES } });
  });
});

describe('whole months in a range', () => {
  it('are the months every day of which lies in it', () => {
    expect(daysOfMonth('2028-02')).toEqual({ first: '2028-02-01', last: '2028-02-29' });
    expect(daysOfMonth('2026-12')).toEqual({ first: '2026-12-01', last: '2026-12-31' });
    expect(wholeMonthsIn('2026-01-01', '2026-12-31')).toEqual({ first: '2026-01', last: '2026-12' });
    expect(wholeMonthsIn('2026-01-02', '2026-12-30')).toEqual({ first: '2026-02', last: '2026-11' });
    expect(wholeMonthsIn('2026-02-01', '2026-02-28')).toEqual({ first: '2026-02', last: '2026-02' });
    expect(wholeMonthsIn('2026-02-01', '2026-02-27')).toBeNull();
    expect(wholeMonthsIn('2026-01-15', '2026-02-14')).toBeNull();
  });
});

describe('a ticket of a closed day that changes later', () => {
  let t: TestHub;
  beforeAll(async () => {
    t = await startTestHub();
  });
  afterAll(async () => {
    await t.stop();
    t.cleanup();
  });

  it("drops that day's rollup, and the next report counts it as it ended", async () => {
    await windowAction(t, t.tokens.clerk, 1, 'open');
    await issue(t, 'med-card');
    t.clock.advance(5 * MIN);
    await windowAction(t, t.tokens.clerk, 1, 'call-next');
    await windowAction(t, t.tokens.clerk, 1, 'start');
    // Past midnight with the citizen still at the window.
    t.clock.t = Date.parse('2026-11-24T16:00:30Z');
    t.hub.hall.advanceDay();
    await logInAgain(t);
    expect(t.store.rollups.daysWithin(DAY, DAY).size).toBe(1);
    const before = await api(t.url, `/api/v1/reports/summary?from=${DAY}&to=${DAY}`, { token: t.tokens.admin });
    expect(before.body).toMatchObject({ tickets: { issued: 1, served: 0, service: { count: 0 } } });
    t.clock.advance(MIN);
    expect((await windowAction(t, t.tokens.clerk, 1, 'finish')).status).toBe(200);
    expect(t.store.rollups.daysWithin(DAY, DAY).size).toBe(0);
    const after = await api(t.url, `/api/v1/reports/summary?from=${DAY}&to=${DAY}`, { token: t.tokens.admin });
    expect(after.body).toMatchObject({ tickets: { issued: 1, served: 1, service: { count: 1 } } });
    expect(t.store.rollups.daysWithin(DAY, DAY).size).toBe(1);
  });
});
