import { REPORT_DIMENSIONS, type ReportDimension } from '@hall/protocol';
import type { RollupDimension, RollupFigures, RollupRow } from '@hall/queue-core';
import type { Db, Stmt } from './database.ts';

const ALL_DIMENSIONS: readonly RollupDimension[] = ['all', ...REPORT_DIMENSIONS];

/** The per-day report rollups: written when a day closes (or on demand), read by every report. */
export class ReportRollupTable {
  private readonly insert: Stmt;
  private readonly deleteDayStmt: Stmt;
  private readonly rangeStmt: Stmt;
  private readonly daysStmt: Stmt;

  constructor(db: Db) {
    this.insert = db.prepare(
      'INSERT OR REPLACE INTO report_rollups (dimension, business_day, key, figures) VALUES (?, ?, ?, ?)',
    );
    // Naming every dimension lets the primary key find one day's rows without an index of its own.
    const dims = ALL_DIMENSIONS.map(() => '?').join(', ');
    this.deleteDayStmt = db.prepare(`DELETE FROM report_rollups WHERE dimension IN (${dims}) AND business_day = ?`);
    this.rangeStmt = db.prepare(
      'SELECT business_day, key, figures FROM report_rollups WHERE dimension = ? AND business_day BETWEEN ? AND ?',
    );
    this.daysStmt = db.prepare(
      "SELECT business_day FROM report_rollups WHERE dimension = 'all' AND business_day BETWEEN ? AND ?",
    );
  }

  /** Replaces a day's rows. Call inside a transaction. */
  replaceDay(businessDay: string, rows: readonly RollupRow[]): void {
    this.deleteDay(businessDay);
    for (const r of rows) this.insert.run(r.dimension, businessDay, r.key, JSON.stringify(r.figures));
  }

  /** Forgets a day's rollup, to be redone on demand (a ticket of that day changed after it was rolled up). */
  deleteDay(businessDay: string): void {
    this.deleteDayStmt.run(...ALL_DIMENSIONS, businessDay);
  }

  /** The days in `from`…`to` (inclusive) that have a rollup. */
  daysWithin(from: string, to: string): Set<string> {
    return new Set((this.daysStmt.all(from, to) as { business_day: string }[]).map((r) => r.business_day));
  }

  /** Every row of one dimension in `from`…`to` (inclusive), in one read. */
  rows(dimension: ReportDimension | 'all', from: string, to: string): RollupRow[] {
    return (this.rangeStmt.all(dimension, from, to) as { business_day: string; key: string; figures: string }[]).map(
      (r) => ({
        businessDay: r.business_day,
        dimension,
        key: r.key,
        figures: JSON.parse(r.figures) as RollupFigures,
      }),
    );
  }
}
