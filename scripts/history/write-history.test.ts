import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEMO_CONFIG_PATH, loadHallConfig } from '@hall/hub';
import { hallConfigSchema, storedEventSchema, ticketSchema, type HallConfig, type Ticket } from '@hall/protocol';
import { instantOf } from '@hall/queue-core';
import { HallStore } from '@hall/store';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, startTestHub } from '@hall/hub/test-support';
import { writeHistory } from './write-history.ts';

/** A corner of the demo hall (five zone windows, a comprehensive, the elderly and complaints desks): quick to write. */
function smallHall(): HallConfig {
  const demo = loadHallConfig(DEMO_CONFIG_PATH);
  const keep = new Set([1, 2, 3, 9, 14, 28, 43, 44]);
  const windows = demo.windows.filter((w) => keep.has(w.number));
  const served = new Set(windows.flatMap((w) => (w.services === 'all' ? [] : w.services)));
  const services = demo.services.filter((s) => served.has(s.id));
  const zones = demo.zones.filter((z) => services.some((s) => s.zoneId === z.id));
  return hallConfigSchema.parse({ ...demo, zones, services, windows });
}

const config = smallHall();
const delayServices = new Set(config.services.filter((s) => s.delayService).map((s) => s.id));
const dir = mkdtempSync(join(tmpdir(), 'hall-history-'));

// 2026-05-05 is a public holiday, 05-06 to 05-08 working days, Saturday 05-09 a swapped working day (调休),
// Sunday 05-10 a rest day: every kind of day of the demo hall's calendar.
const END = '2026-05-10';
const DAYS = 6;

function digest(path: string): string {
  const store = new HallStore(path);
  try {
    const hash = createHash('sha256');
    for (const table of ['tickets', 'events', 'bookings', 'follow_ups', 'complaints', 'windows', 'number_counters']) {
      for (const row of store.db.prepare(`SELECT * FROM ${table} ORDER BY rowid`).iterate()) {
        hash.update(JSON.stringify(row));
      }
    }
    return hash.digest('hex');
  } finally {
    store.close();
  }
}

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('writeHistory', () => {
  const path = join(dir, 'week.db');
  let written: { tickets: number; days: number };
  let store: HallStore;
  let tickets: Ticket[];

  beforeAll(() => {
    written = writeHistory({ dbPath: path, days: DAYS, endDay: END, seed: 7, config });
    store = new HallStore(path);
    tickets = ['2026-05-05', '2026-05-06', '2026-05-07', '2026-05-08', '2026-05-09', '2026-05-10'].flatMap((d) =>
      store.tickets.forDay(d),
    );
  }, 120_000);
  afterAll(() => store.close());

  it('writes the days it reports, every ticket readable by the store', () => {
    expect(written.days).toBe(DAYS);
    expect(tickets.length).toBe(written.tickets);
    const count = store.db.prepare('SELECT count(*) AS n FROM tickets').get() as { n: number };
    expect(count.n).toBe(written.tickets);
    // About 400 tickets on a working day of this corner of the hall, fewer at the weekend.
    expect(written.tickets).toBeGreaterThan(4 * 300);
  });

  it('stores one event per step of each ticket, the last one carrying the ticket as stored', () => {
    const rows = store.db
      .prepare(
        `SELECT ticket_id, count(*) AS n, max(id) AS last FROM events WHERE ticket_id IS NOT NULL GROUP BY ticket_id`,
      )
      .all() as { ticket_id: string; n: number; last: number }[];
    const byId = new Map(tickets.map((t) => [t.id, t]));
    expect(rows.length).toBe(tickets.length);
    const lastBody = store.db.prepare('SELECT body FROM events WHERE id = ?');
    for (const [i, r] of rows.entries()) {
      const t = byId.get(r.ticket_id);
      expect(t?.history.length).toBe(r.n);
      expect(t?.version).toBe(r.n);
      if (i % 97 !== 0) continue;
      const event = storedEventSchema.parse({ ...JSON.parse((lastBody.get(r.last) as { body: string }).body), id: 1 });
      expect(event.ticket).toEqual(t);
    }
  });

  it('reads back every event of a day through the protocol schema', () => {
    const bodies = store.db.prepare("SELECT id, body FROM events WHERE business_day = '2026-05-08'").all() as {
      id: number;
      body: string;
    }[];
    expect(bodies.length).toBeGreaterThan(1_000);
    for (const b of bodies) storedEventSchema.parse({ ...JSON.parse(b.body), id: b.id });
  });

  it('keeps the ticket rules: numbers in counters, steps in time order, finished tickets rated or not rated', () => {
    const counters = store.db.prepare('SELECT business_day, prefix, last_n FROM number_counters').all() as {
      business_day: string;
      prefix: string;
      last_n: number;
    }[];
    for (const c of counters) {
      const seqs = tickets.filter((t) => t.businessDay === c.business_day && t.prefix === c.prefix).map((t) => t.seq);
      expect(Math.max(...seqs)).toBe(c.last_n);
      expect(seqs.length).toBe(c.last_n);
    }
    for (const t of tickets) {
      ticketSchema.parse(t);
      for (let i = 1; i < t.history.length; i++) {
        expect(t.history[i]?.at ?? 0).toBeGreaterThanOrEqual(t.history[i - 1]?.at ?? 0);
      }
      if (t.state === 'done') expect(t.rating).not.toBeNull();
    }
    const done = tickets.filter((t) => t.state === 'done');
    const rated = done.filter((t) => t.rating && t.rating.level !== 'not-rated');
    const satisfied = rated.filter((t) => t.rating?.level === 'very-satisfied' || t.rating?.level === 'satisfied');
    expect(rated.length / done.length).toBeGreaterThan(0.9);
    expect(satisfied.length / rated.length).toBeGreaterThan(0.99);
    for (const kind of ['no-show', 'cancelled'] as const) {
      expect(tickets.some((t) => t.state === kind)).toBe(true);
    }
    for (const lane of ['elderly', 'booking'] as const) expect(tickets.some((t) => t.lane === lane)).toBe(true);
    expect(tickets.some((t) => t.history.some((s) => s.action === 'transferred'))).toBe(true);
  });

  it('closes the hall on its holiday, opens only delay services on a rest day, all of them on a swapped workday', () => {
    const on = (day: string) => tickets.filter((t) => t.businessDay === day);
    expect(on('2026-05-05')).toEqual([]);
    const holidayWindows = store.db
      .prepare("SELECT count(*) AS n FROM events WHERE business_day = '2026-05-05' AND type LIKE 'window.%'")
      .get() as { n: number };
    expect(holidayWindows.n).toBe(0);
    const sunday = on('2026-05-10');
    expect(sunday.length).toBeGreaterThan(80);
    expect(sunday.every((t) => delayServices.has(t.history[0]?.serviceId ?? ''))).toBe(true);
    expect(on('2026-05-09').some((t) => !delayServices.has(t.serviceId))).toBe(true);
    // Evenings of working days: delay services only.
    const evening = instantOf('2026-05-08', 17 * 60, config.timeZone);
    const late = on('2026-05-08').filter((t) => t.issuedAt >= evening && t.lane !== 'booking');
    expect(late.length).toBeGreaterThan(20);
    expect(late.every((t) => delayServices.has(t.history[0]?.serviceId ?? ''))).toBe(true);
  });

  it('writes follow-ups, could-not-get-it-done matters and bookings the store reads', () => {
    const followUps = store.followUps.openOrSince(0);
    const complaints = store.complaints.list(0);
    expect(complaints.length).toBeGreaterThan(5);
    expect(complaints.every((c) => c.window === 44 && c.ticketId !== null)).toBe(true);
    const unsatisfied = tickets.filter(
      (t) => t.rating?.level === 'unsatisfied' || t.rating?.level === 'very-unsatisfied',
    ).length;
    expect(followUps.length).toBe(unsatisfied);
    const from = instantOf('2026-05-05', 0, config.timeZone);
    const bookings = store.bookings.between(from, from + DAYS * 86_400_000);
    expect(bookings.length).toBeGreaterThan(50);
    for (const state of ['done', 'no-show', 'cancelled'] as const) {
      expect(bookings.some((b) => b.state === state)).toBe(true);
    }
    for (const b of bookings.filter((x) => x.checkedInTicketId !== null)) {
      expect(tickets.find((t) => t.id === b.checkedInTicketId)?.booking?.code).toBe(b.code);
    }
  });

  it('leaves the last day open for the hub, with configuration version 1 and every window closed', () => {
    expect(store.meta.businessDay()).toBe(END);
    expect(store.configVersions.latest()?.version).toBe(1);
    expect(store.windows.list().every((w) => w.state === 'closed')).toBe(true);
    const loaded = store.load(
      config.windows.map((w) => w.number),
      '2026-05-11',
      instantOf('2026-05-11', 9 * 60, config.timeZone),
    );
    expect(loaded.state.businessDay).toBe(END);
    expect(loaded.state.lastQueueSeq).toBe(Math.max(...tickets.map((t) => t.queueSeq)));
  });

  it('rolls up every closed day for the reports, and leaves the open last day to the hub', () => {
    const days = store.db.prepare('SELECT DISTINCT business_day AS d FROM report_rollups ORDER BY 1').all() as {
      d: string;
    }[];
    expect(days.map((r) => r.d)).toEqual(['2026-05-05', '2026-05-06', '2026-05-07', '2026-05-08', '2026-05-09']);
  });

  it('refuses a database that already holds a hall', () => {
    expect(() => writeHistory({ dbPath: path, days: 1, endDay: END, seed: 7, config })).toThrow(/already holds a hall/);
  });
});

describe('writeHistory is deterministic', () => {
  it('writes the same database for the same seed, another for another seed', () => {
    const run = (name: string, seed: number) => {
      const p = join(dir, name);
      writeHistory({ dbPath: p, days: 2, endDay: '2026-05-10', seed, config });
      return digest(p);
    };
    const first = run('a.db', 3);
    expect(run('b.db', 3)).toBe(first);
    expect(run('c.db', 4)).not.toBe(first);
  }, 60_000);
});

describe('a hub started on a written history', () => {
  it('closes the last day at start and issues the next day from number 1', async () => {
    const dbPath = join(dir, 'hub.db');
    writeHistory({ dbPath, days: 2, endDay: '2026-05-10', seed: 5, config });
    const at = instantOf('2026-05-11', 9 * 60, config.timeZone);
    const clock = { t: at, now: () => at, advance: () => undefined };
    const t = await startTestHub({ dbPath, clock });
    try {
      expect(t.hub.hall.state.businessDay).toBe('2026-05-11');
      expect(t.hub.hall.configVersion).toBe(1);
      const issued = await api(t.url, '/api/v1/tickets', {
        token: t.tokens.kiosk,
        body: { requestId: 'after-history-1', serviceId: 'resident-medical-insurance', lane: 'normal' },
      });
      expect(issued.status).toBe(201);
      expect((issued.body as { ticket: Ticket }).ticket.number).toBe('A001');
    } finally {
      await t.stop();
    }
  }, 60_000);
});
