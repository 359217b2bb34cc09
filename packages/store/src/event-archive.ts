import { existsSync } from 'node:fs';
import type { Db } from './database.ts';

/** The append-only guard of migration 001, put back after each deliberate removal. */
const APPEND_ONLY_DELETE = `CREATE TRIGGER events_append_only_delete BEFORE DELETE ON events
BEGIN SELECT RAISE(ABORT, 'events are append-only'); END`;

const ARCHIVE_TABLE = `CREATE TABLE IF NOT EXISTS archive.events (
  id           INTEGER PRIMARY KEY,
  type         TEXT NOT NULL,
  at           INTEGER NOT NULL,
  business_day TEXT NOT NULL,
  actor        TEXT NOT NULL,
  ticket_id    TEXT,
  window       INTEGER,
  body         TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS archive.events_by_day ON events (business_day)`;

/**
 * Moves old days' events out of the hall database into archive files (a SQLite file per calendar year, with the
 * same columns and ids), the one deliberate exception to the event table's append-only rule. Tickets and the report
 * rollups stay, so reports, ticket lookups and exports do not change; only a client asking to catch up from
 * before the archived days gets a snapshot instead (it would anyway: those days are long closed).
 *
 * A day moves in two steps, each a transaction: copied into the archive (INSERT OR IGNORE by id, so a rerun after
 * a stop adds nothing twice), then, once the archive holds as many of that day's events, deleted here with the
 * guard trigger lifted and put back in the same transaction, and an audit entry. Short per day, so a running hub
 * only waits for one day's move.
 */
export class EventArchive {
  constructor(private readonly db: Db) {}

  /** Business days before `before` that still have events here, oldest first. */
  daysBefore(before: string): string[] {
    const rows = this.db
      .prepare('SELECT DISTINCT business_day AS day FROM events WHERE business_day < ? ORDER BY business_day')
      .all(before) as { day: string }[];
    return rows.map((r) => r.day);
  }

  /** Moves one day's events into `archivePath` (created if missing); returns how many moved. */
  moveDay(day: string, archivePath: string, at: number, actor: string): number {
    const created = !existsSync(archivePath);
    this.db.prepare('ATTACH DATABASE ? AS archive').run(archivePath);
    try {
      this.db.exec(ARCHIVE_TABLE);
      const copy = this.db.prepare(
        `INSERT OR IGNORE INTO archive.events (id, type, at, business_day, actor, ticket_id, window, body)
         SELECT id, type, at, business_day, actor, ticket_id, window, body FROM main.events WHERE business_day = ?`,
      );
      this.db.transaction(() => copy.run(day)).immediate();
      const count = (sql: string) => (this.db.prepare(sql).get({ day }) as { n: number }).n;
      const here = count('SELECT count(*) AS n FROM main.events WHERE business_day = @day');
      const there = count(
        'SELECT count(*) AS n FROM archive.events WHERE business_day = @day AND id IN (SELECT id FROM main.events WHERE business_day = @day)',
      );
      if (there !== here) throw new Error(`archive of ${day}: ${there} of ${here} events copied, nothing deleted`);
      this.db
        .transaction(() => {
          this.db.exec('DROP TRIGGER events_append_only_delete');
          this.db.prepare('DELETE FROM main.events WHERE business_day = ?').run(day);
          this.db.exec(APPEND_ONLY_DELETE);
          this.db
            .prepare('INSERT INTO audit_log (at, actor, action, detail) VALUES (?, ?, ?, ?)')
            .run(
              at,
              actor,
              'events.archived',
              `${here} events of ${day} moved to ${archivePath}${created ? ' (new file)' : ''}`,
            );
        })
        .immediate();
      return here;
    } finally {
      this.db.exec('DETACH DATABASE archive');
    }
  }
}
