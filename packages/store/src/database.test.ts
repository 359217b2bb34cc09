import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase, schemaVersion } from './database.ts';
import { MIGRATIONS } from './migrations/index.ts';
import { tempDbPath } from './test-support.ts';

describe('openDatabase', () => {
  const cleanups: Array<() => void> = [];
  afterEach(() => cleanups.splice(0).forEach((c) => c()));

  function fresh() {
    const t = tempDbPath();
    cleanups.push(t.cleanup);
    return t.path;
  }

  it('uses WAL with synchronous=FULL so a committed ticket survives a power cut', () => {
    const db = openDatabase(fresh());
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    // 2 = FULL (1 would be NORMAL, which may lose the last commits on power loss in WAL mode)
    expect(db.pragma('synchronous', { simple: true })).toBe(2);
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    db.close();
  });

  it('applies every numbered migration once and records the version', () => {
    const path = fresh();
    const db = openDatabase(path);
    expect(schemaVersion(db)).toBe(MIGRATIONS.at(-1)?.version);
    db.close();
    // Opening again must not re-run migration 1 (it would fail on CREATE TABLE).
    const again = openDatabase(path);
    expect(schemaVersion(again)).toBe(MIGRATIONS.at(-1)?.version);
    again.close();
  });

  it('refuses a database written by a newer hub', () => {
    const path = fresh();
    const db = openDatabase(path);
    db.pragma('user_version = 999');
    db.close();
    expect(() => openDatabase(path)).toThrow(/newer than this hub knows/);
  });

  it('rolls a failed migration back whole', () => {
    const path = fresh();
    const newest = MIGRATIONS.at(-1)?.version ?? 0;
    const broken = [
      ...MIGRATIONS,
      { version: newest + 1, name: 'broken', sql: 'CREATE TABLE x (a); CREATE TABLE x (a);' },
    ];
    expect(() => openDatabase(path, broken)).toThrow();
    const db = openDatabase(path);
    expect(schemaVersion(db)).toBe(newest);
    expect(db.prepare("SELECT name FROM sqlite_master WHERE name = 'x'").get()).toBeUndefined();
    db.close();
  });
});

describe('migration 002 on a database from before it', () => {
  it('gives old tickets a status code and still reads their old events', async () => {
    const { HallStore } = await import('./hall-store.ts');
    const { sampleTicket, tempDbPath: temp } = await import('./test-support.ts');
    const t = temp();
    try {
      const v1 = openDatabase(t.path, MIGRATIONS.slice(0, 1));
      const { statusCode, ...old } = sampleTicket();
      expect(statusCode).not.toBe('');
      v1.prepare(
        `INSERT INTO tickets (id, business_day, prefix, n, number, service_id, lane, state, queue_seq, version, body)
         VALUES (?, ?, 'A', 1, 'A001', 'svc-a', 'normal', 'waiting', 1, 1, ?)`,
      ).run(old.id, old.businessDay, JSON.stringify(old));
      v1.prepare(
        `INSERT INTO events (type, at, business_day, actor, ticket_id, body) VALUES ('ticket.issued', 1, ?, 'k', ?, ?)`,
      ).run(
        old.businessDay,
        old.id,
        JSON.stringify({ type: 'ticket.issued', at: 1, businessDay: old.businessDay, actor: 'k', ticket: old }),
      );
      v1.close();

      const store = new HallStore(t.path);
      const loaded = store.tickets.get(old.id);
      expect(loaded?.statusCode).toMatch(/^[0-9A-F]{10}$/);
      expect(store.tickets.byCode(loaded?.statusCode ?? '')?.id).toBe(old.id);
      expect(store.events.since(0, 10)).toHaveLength(1);
      store.close();
    } finally {
      t.cleanup();
    }
  });
});

describe('migration 003 on a database from before it', () => {
  it('keeps every device through the rebuild of the devices table', async () => {
    const { HallStore } = await import('./hall-store.ts');
    const { tempDbPath: temp } = await import('./test-support.ts');
    const t = temp();
    try {
      const v2 = openDatabase(t.path, MIGRATIONS.slice(0, 2));
      v2.prepare(
        `INSERT INTO devices (id, role, name, token_hash, created_at, printer_status) VALUES ('kiosk-1', 'kiosk', '东门', 'h1', 5, '{"status":{"condition":"ready","paperNearEnd":true},"at":6}')`,
      ).run();
      v2.close();
      const store = new HallStore(t.path);
      expect(store.devices.findActiveByTokenHash('h1')).toMatchObject({
        id: 'kiosk-1',
        name: '东门',
        window: null,
        printer: { status: { paperNearEnd: true } },
      });
      expect(() => store.devices.create('rater-1', 'rater', 'x', 'h2', 7, null)).toThrow(/CHECK/);
      store.close();
    } finally {
      t.cleanup();
    }
  });
});

describe('migration 004 on a database from before it', () => {
  it('gives old bookings a state from their check-in, and a regular session made by an admin', async () => {
    const { HallStore } = await import('./hall-store.ts');
    const { tempDbPath: temp } = await import('./test-support.ts');
    const t = temp();
    try {
      const v3 = openDatabase(t.path, MIGRATIONS.slice(0, 3));
      const insert = v3.prepare(
        `INSERT INTO bookings (code, service_id, slot_start, slot_end, name_masked, phone_masked, created_at, checked_in_ticket_id)
         VALUES (?, 'svc-a', 1000, 2000, '张*', NULL, 5, ?)`,
      );
      insert.run('USEDCODE', '2026-11-24/A001');
      insert.run('OPENCODE', null);
      v3.close();
      const store = new HallStore(t.path);
      expect(store.bookings.get('USEDCODE')).toMatchObject({
        state: 'checked-in',
        session: 'regular',
        source: 'admin',
      });
      expect(store.bookings.get('OPENCODE')).toMatchObject({ state: 'booked', checkedInTicketId: null, createdAt: 5 });
      // The slot's places count both; a cancelled one would not.
      expect(store.bookings.takenPlaces('svc-a', 0, 5000).get(1000)).toBe(2);
      store.transaction(() => store.bookings.cancel('OPENCODE', 10));
      expect(store.bookings.takenPlaces('svc-a', 0, 5000).get(1000)).toBe(1);
      store.close();
    } finally {
      t.cleanup();
    }
  });
});

describe('migration 012 on a database from before it', () => {
  it('keeps every staff member and session through the rebuild of the staff table, and admits guides', async () => {
    const { HallStore } = await import('./hall-store.ts');
    const { tempDbPath: temp } = await import('./test-support.ts');
    const t = temp();
    try {
      const before = openDatabase(
        t.path,
        MIGRATIONS.filter((m) => m.version < 12),
      );
      before
        .prepare(
          `INSERT INTO staff (id, username, display_name, role, permissions, password_hash, created_at, disabled_at)
           VALUES ('staff-1', 'clerk01', '王晓明', 'clerk', '["supervise"]', 'hash', 5, NULL)`,
        )
        .run();
      before
        .prepare(`INSERT INTO sessions (token_hash, staff_id, created_at, expires_at) VALUES ('t1', 'staff-1', 6, 99)`)
        .run();
      before.close();
      const store = new HallStore(t.path);
      expect(store.staff.findByUsername('clerk01')).toMatchObject({
        id: 'staff-1',
        role: 'clerk',
        permissions: ['supervise'],
      });
      expect(store.db.prepare('SELECT staff_id FROM sessions WHERE token_hash = ?').get('t1')).toEqual({
        staff_id: 'staff-1',
      });
      expect(store.db.pragma('foreign_key_check')).toEqual([]);
      store.db
        .prepare(
          `INSERT INTO staff (id, username, display_name, role, permissions, password_hash, created_at)
           VALUES ('staff-2', 'guide01', '引导员', 'guide', '[]', 'hash', 7)`,
        )
        .run();
      expect(() =>
        store.db
          .prepare(
            `INSERT INTO staff (id, username, display_name, role, permissions, password_hash, created_at)
             VALUES ('staff-3', 'x01', 'x', 'visitor', '[]', 'hash', 7)`,
          )
          .run(),
      ).toThrow(/CHECK/);
      // A session must still name a staff member that exists.
      expect(() =>
        store.db
          .prepare(`INSERT INTO sessions (token_hash, staff_id, created_at, expires_at) VALUES ('t2', 'nobody', 6, 99)`)
          .run(),
      ).toThrow(/FOREIGN KEY/);
      expect(store.deskPrints.countOf('2026-11-25/A001', 'reprint')).toBe(0);
      expect(store.deskPrints.add('2026-11-25/A001', 'reprint', 10, 'staff-2')).toBe(1);
      expect(store.deskPrints.countOf('2026-11-25/A001', 'first')).toBe(0);
      store.close();
    } finally {
      t.cleanup();
    }
  });
});
