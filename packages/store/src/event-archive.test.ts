import { join, dirname } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { HallStore } from './hall-store.ts';
import { sampleTicket, tempDbPath } from './test-support.ts';

describe('EventArchive', () => {
  const cleanups: Array<() => void> = [];
  afterEach(() => cleanups.splice(0).forEach((c) => c()));

  function storeWithTwoDays(): { store: HallStore; archive: string } {
    const t = tempDbPath();
    const store = new HallStore(t.path);
    cleanups.push(() => {
      if (store.db.open) store.close();
      t.cleanup();
    });
    store.transaction(() => {
      for (const [day, n] of [
        ['2025-03-01', 3],
        ['2025-03-02', 2],
      ] as const) {
        for (let i = 1; i <= n; i++) {
          const ticket = sampleTicket({ businessDay: day, number: `A00${i}` });
          store.events.append({ type: 'ticket.issued', at: i, businessDay: day, actor: 'kiosk-1', ticket });
        }
      }
    });
    return { store, archive: join(dirname(t.path), 'events-2025.db') };
  }

  it('moves a day’s events, same ids and bodies, into the archive file and leaves the other days', () => {
    const { store, archive } = storeWithTwoDays();
    const before = store.events.since(0, 100);
    expect(store.eventArchive.daysBefore('2025-03-02')).toEqual(['2025-03-01']);
    expect(store.eventArchive.moveDay('2025-03-01', archive, 99, 'admin-1')).toBe(3);
    expect(store.events.since(0, 100).map((e) => e.businessDay)).toEqual(['2025-03-02', '2025-03-02']);
    const file = new Database(archive, { readonly: true });
    const moved = file.prepare('SELECT id, body FROM events ORDER BY id').all() as { id: number; body: string }[];
    file.close();
    expect(moved.map((r) => ({ ...JSON.parse(r.body), id: r.id }))).toEqual(before.slice(0, 3));
    const audit = store.db.prepare("SELECT actor, detail FROM audit_log WHERE action = 'events.archived'").all();
    expect(audit).toEqual([{ actor: 'admin-1', detail: expect.stringContaining('3 events of 2025-03-01') }]);
  });

  it('keeps the table append-only afterwards, and the next ids after the archived ones', () => {
    const { store, archive } = storeWithTwoDays();
    store.eventArchive.moveDay('2025-03-01', archive, 99, 'admin-1');
    expect(() => store.db.prepare('DELETE FROM events').run()).toThrow(/append-only/);
    expect(() => store.db.prepare("UPDATE events SET actor = 'x'").run()).toThrow(/append-only/);
    const next = store.events.append({ type: 'day.closed', at: 100, businessDay: '2025-03-03', actor: 'system' });
    expect(next.id).toBe(6);
  });

  it('adds nothing twice when a day is moved again (a rerun after a stop)', () => {
    const { store, archive } = storeWithTwoDays();
    store.eventArchive.moveDay('2025-03-01', archive, 99, 'admin-1');
    expect(store.eventArchive.moveDay('2025-03-01', archive, 100, 'admin-1')).toBe(0);
    store.eventArchive.moveDay('2025-03-02', archive, 101, 'admin-1');
    const file = new Database(archive, { readonly: true });
    expect(file.prepare('SELECT count(*) AS n FROM events').get()).toEqual({ n: 5 });
    file.close();
  });
});
