import type { Db, Stmt } from './database.ts';
import { StaleWriteError } from './errors.ts';

/**
 * Daily ticket sequences, one row per (business day, prefix). A number is taken by compare-and-set
 * on that row inside the caller's BEGIN IMMEDIATE transaction, together with the ticket insert, so
 * a number never exists without its ticket and is never handed out twice.
 */
export class NumberCounter {
  private readonly read: Stmt;
  private readonly insert: Stmt;
  private readonly bump: Stmt;

  constructor(db: Db) {
    this.read = db.prepare('SELECT last_n FROM number_counters WHERE business_day = ? AND prefix = ?');
    this.insert = db.prepare('INSERT INTO number_counters (business_day, prefix, last_n) VALUES (?, ?, 1)');
    this.bump = db.prepare(
      'UPDATE number_counters SET last_n = ? WHERE business_day = ? AND prefix = ? AND last_n = ?',
    );
  }

  /** Takes the next number of the day for this prefix. Must run inside a transaction. */
  take(businessDay: string, prefix: string): number {
    const row = this.read.get(businessDay, prefix) as { last_n: number } | undefined;
    if (!row) {
      this.insert.run(businessDay, prefix);
      return 1;
    }
    const next = row.last_n + 1;
    const changed = this.bump.run(next, businessDay, prefix, row.last_n).changes;
    if (changed !== 1) throw new StaleWriteError(`number counter ${businessDay}/${prefix} moved under us`);
    return next;
  }

  peek(businessDay: string, prefix: string): number {
    const row = this.read.get(businessDay, prefix) as { last_n: number } | undefined;
    return row?.last_n ?? 0;
  }
}
