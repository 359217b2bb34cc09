import { REPORT_DIMENSIONS } from '@hall/protocol';
import type { RollupDimension, RollupFigures, RollupRow } from '@hall/queue-core';
import type { Db, Stmt } from './database.ts';

const ALL_DIMENSIONS: readonly RollupDimension[] = ['all', ...REPORT_DIMENSIONS];

/** A month's merged rollup row: `month` is YYYY-MM. */
export interface MonthRollupRow {
  month: string;
  dimension: RollupDimension;
  key: string;
  figures: RollupFigures;
}

type Row = { period: string; key: string; figures: string };

/**
 * The report rollups: a day's rows, written when it closes (or on demand), and whole months merged from them.
 * Whatever changes a day's rows drops its month's, to be merged again when next asked for.
 */
export class ReportRollupTable {
  private readonly insertDay: Stmt;
  private readonly insertMonth: Stmt;
  private readonly deleteDayStmt: Stmt;
  private readonly deleteMonthStmt: Stmt;
  private readonly dayRange: Stmt;
  private readonly monthRange: Stmt;
  private readonly days: Stmt;
  private readonly months: Stmt;
  private readonly openDaysStmt: Stmt;
  private readonly dayRowsStmt: Stmt;

  constructor(db: Db) {
    this.insertDay = db.prepare(
      'INSERT OR REPLACE INTO report_rollups (dimension, business_day, key, figures) VALUES (?, ?, ?, ?)',
    );
    this.insertMonth = db.prepare(
      'INSERT OR REPLACE INTO report_month_rollups (dimension, month, key, figures) VALUES (?, ?, ?, ?)',
    );
    // Naming every dimension lets the primary key find one period's rows without an index of its own.
    const dims = ALL_DIMENSIONS.map(() => '?').join(', ');
    this.deleteDayStmt = db.prepare(`DELETE FROM report_rollups WHERE dimension IN (${dims}) AND business_day = ?`);
    this.dayRowsStmt = db.prepare(
      `SELECT dimension, key, figures FROM report_rollups WHERE dimension IN (${dims}) AND business_day = ?`,
    );
    this.deleteMonthStmt = db.prepare(`DELETE FROM report_month_rollups WHERE dimension IN (${dims}) AND month = ?`);
    this.dayRange = db.prepare(`SELECT business_day AS period, key, figures FROM report_rollups
      WHERE dimension = ? AND business_day BETWEEN ? AND ?`);
    this.monthRange = db.prepare(`SELECT month AS period, key, figures FROM report_month_rollups
      WHERE dimension = ? AND month BETWEEN ? AND ?`);
    this.days = db.prepare(
      "SELECT business_day AS period FROM report_rollups WHERE dimension = 'all' AND business_day BETWEEN ? AND ?",
    );
    // A day has a `day` row only if it issued a ticket.
    this.openDaysStmt = db.prepare(
      "SELECT COUNT(*) AS n FROM report_rollups WHERE dimension = 'day' AND business_day BETWEEN ? AND ?",
    );
    this.months = db.prepare(
      "SELECT month AS period FROM report_month_rollups WHERE dimension = 'all' AND month BETWEEN ? AND ?",
    );
  }

  /**
   * Replaces a day's rows, and forgets its month's merged rows unless the day's figures stay as they were (a day
   * rolled up again to the same figures, or a day without tickets rolled up for the first time: it changes no
   * sum). Call inside a transaction.
   */
  replaceDay(businessDay: string, rows: readonly RollupRow[]): void {
    const fresh = new Map(rows.map((r) => [`${r.dimension}\u0000${r.key}`, JSON.stringify(r.figures)]));
    const old = this.dayRowsStmt.all(...ALL_DIMENSIONS, businessDay) as {
      dimension: string;
      key: string;
      figures: string;
    }[];
    const same = old.length === fresh.size && old.every((r) => fresh.get(`${r.dimension}\u0000${r.key}`) === r.figures);
    if (same) return;
    const emptyAtFirst = old.length === 0 && rows.every((r) => r.dimension === 'all' && r.figures.issued === 0);
    if (!emptyAtFirst) this.deleteDay(businessDay);
    for (const r of rows) this.insertDay.run(r.dimension, businessDay, r.key, JSON.stringify(r.figures));
  }

  /** Forgets a day's rollup and its month's, to be redone on demand (a ticket of that day changed). */
  deleteDay(businessDay: string): void {
    this.deleteDayStmt.run(...ALL_DIMENSIONS, businessDay);
    this.deleteMonthStmt.run(...ALL_DIMENSIONS, businessDay.slice(0, 7));
  }

  /** Replaces a month's merged rows. Call inside a transaction. */
  replaceMonth(month: string, rows: readonly MonthRollupRow[]): void {
    this.deleteMonthStmt.run(...ALL_DIMENSIONS, month);
    for (const r of rows) this.insertMonth.run(r.dimension, month, r.key, JSON.stringify(r.figures));
  }

  /** The days in `from`…`to` (inclusive) that have a rollup. */
  daysWithin(from: string, to: string): Set<string> {
    return new Set((this.days.all(from, to) as Row[]).map((r) => r.period));
  }

  /** How many days in `from`…`to` (inclusive) issued a ticket, by their rollups. */
  openDays(from: string, to: string): number {
    return (this.openDaysStmt.get(from, to) as { n: number }).n;
  }

  /** The months (YYYY-MM) in `from`…`to` (inclusive) that have a merged rollup. */
  monthsWithin(from: string, to: string): Set<string> {
    return new Set((this.months.all(from, to) as Row[]).map((r) => r.period));
  }

  /** Every day row of one dimension in `from`…`to` (inclusive), in one read. */
  rows(dimension: RollupDimension, from: string, to: string): RollupRow[] {
    return (this.dayRange.all(dimension, from, to) as Row[]).map((r) => ({
      businessDay: r.period,
      dimension,
      key: r.key,
      figures: JSON.parse(r.figures) as RollupFigures,
    }));
  }

  /** Every month row of one dimension for the months `from`…`to` (YYYY-MM, inclusive), in one read. */
  monthRows(dimension: RollupDimension, from: string, to: string): MonthRollupRow[] {
    return (this.monthRange.all(dimension, from, to) as Row[]).map((r) => ({
      month: r.period,
      dimension,
      key: r.key,
      figures: JSON.parse(r.figures) as RollupFigures,
    }));
  }
}
