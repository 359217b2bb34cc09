import {
  fail,
  LANES,
  ok,
  REPORT_MAX_DAYS,
  WINDOW_KINDS,
  type LocalizedText,
  type ReportBreakdown,
  type ReportDimension,
  type ReportRow,
  type ReportSummary,
  type Result,
} from '@hall/protocol';
import {
  addDays,
  buildDayRollup,
  FiguresSum,
  instantOf,
  mergeByKey,
  type RollupDimension,
  type RollupFigures,
  type RollupRow,
} from '@hall/queue-core';
import { StorageUnavailableError, type HallStore } from '@hall/store';
import type { Logger } from 'pino';
import { canSupervise, type Principal } from '../auth/principal.ts';
import type { HallService } from '../hall/hall-service.ts';
import { daysIn, daysOfMonth, isCalendarDate, wholeMonthsIn } from './report-range.ts';
import { MONTHLY_DIMENSIONS, rollUpStoredDay, rollUpStoredMonth } from './roll-up-day.ts';

export interface ReportRange {
  from: string;
  to: string;
}

/** Dimensions whose rows carry window performance. */
const PERFORMANCE_DIMENSIONS: readonly ReportDimension[] = ['window', 'clerk', 'zone', 'kind'];

/**
 * Reports for supervisors over a range of business days. Past whole months are read from their merged rows,
 * other past days from theirs (made first where missing); today is rolled up from memory when asked and never
 * stored; later days are empty. One read of the rows per report, merged in one pass.
 */
export class ReportDesk {
  constructor(
    private readonly hall: HallService,
    private readonly store: HallStore,
    private readonly log: Logger,
  ) {}

  summary(p: Principal, range: ReportRange): Result<ReportSummary> {
    const refused = this.refusal(p, range);
    if (refused) return refused;
    return this.unlessStorageFails(() => this.summaryOf(range));
  }

  breakdown(p: Principal, range: ReportRange & { by: ReportDimension }): Result<ReportBreakdown> {
    const refused = this.refusal(p, range);
    if (refused) return refused;
    return this.unlessStorageFails(() => this.breakdownOf(range));
  }

  /** A report may have to write the rollups it lacks: a database that refuses writes refuses it clearly. */
  private unlessStorageFails<T>(report: () => T): Result<T> {
    try {
      return ok(report());
    } catch (err) {
      if (!(err instanceof StorageUnavailableError)) throw err;
      this.log.error({ err }, 'report rollups could not be written');
      return fail(
        'STORAGE_UNAVAILABLE',
        'the hub cannot write to its database (disk full or read-only): days not yet rolled up cannot be reported now',
      );
    }
  }

  private summaryOf(range: ReportRange): ReportSummary {
    const { from, to } = range;
    const sum = new FiguresSum();
    for (const row of this.rowsOf('all', range)) sum.add(row.figures);
    const today = this.hall.state.businessDay;
    const lastPast = to < today ? to : addDays(today, -1);
    let openDays = from <= lastPast ? this.store.rollups.openDays(from, lastPast) : 0;
    if (from <= today && today <= to && this.store.reportCounts.ticketsOn(today) > 0) openDays++;
    const tz = this.hall.hall.config.timeZone;
    const counts = this.store.reportCounts.summary(
      instantOf(from, 0, tz),
      instantOf(addDays(to, 1), 0, tz),
      this.hall.now(),
    );
    return { from, to, days: daysIn(from, to), openDays, tickets: sum.tickets(), ...counts };
  }

  private breakdownOf(range: ReportRange & { by: ReportDimension }): ReportBreakdown {
    const { from, to, by } = range;
    const sums = mergeByKey(this.rowsOf(by, range));
    const names = this.namesOf(by);
    const rank = this.rankOf(by);
    const keys = [...sums.keys()].sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0));
    const rows: ReportRow[] = keys.map((key) => {
      const sum = sums.get(key) ?? new FiguresSum();
      return {
        key,
        names: names.get(key) ?? null,
        tickets: sum.tickets(),
        performance: PERFORMANCE_DIMENSIONS.includes(by) ? sum.performance() : null,
      };
    });
    return { from, to, by, rows };
  }

  private refusal(p: Principal, { from, to }: ReportRange): Result<never> | null {
    if (!canSupervise(p)) return fail('FORBIDDEN', 'reports are for admins and supervisors');
    if (!isCalendarDate(from) || !isCalendarDate(to)) {
      return fail('VALIDATION_FAILED', '`from` and `to` must be real dates (YYYY-MM-DD)');
    }
    const days = daysIn(from, to);
    if (days > REPORT_MAX_DAYS) {
      return fail(
        'VALIDATION_FAILED',
        `a report covers at most ${REPORT_MAX_DAYS} days; ${from} to ${to} is ${days}: ask for a shorter range`,
      );
    }
    return null;
  }

  /**
   * The rows of one dimension over the range: past whole months from their merged rows, other past days from
   * theirs (both made first where missing), today's computed now.
   */
  private rowsOf(dimension: RollupDimension, { from, to }: ReportRange): { key: string; figures: RollupFigures }[] {
    const today = this.hall.state.businessDay;
    const lastPast = to < today ? to : addDays(today, -1);
    const rows: { key: string; figures: RollupFigures }[] = [];
    if (from <= lastPast) {
      this.rollUpMissing(from, lastPast);
      const months = MONTHLY_DIMENSIONS.includes(dimension) ? wholeMonthsIn(from, lastPast) : null;
      if (months) {
        this.mergeMissingMonths(months.first, months.last);
        rows.push(...this.store.rollups.monthRows(dimension, months.first, months.last));
        const { first: firstDay } = daysOfMonth(months.first);
        const { last: lastDay } = daysOfMonth(months.last);
        if (from < firstDay) rows.push(...this.store.rollups.rows(dimension, from, addDays(firstDay, -1)));
        if (lastDay < lastPast) rows.push(...this.store.rollups.rows(dimension, addDays(lastDay, 1), lastPast));
      } else {
        rows.push(...this.store.rollups.rows(dimension, from, lastPast));
      }
    }
    if (from <= today && today <= to) rows.push(...this.todayRows().filter((r) => r.dimension === dimension));
    return rows;
  }

  /** Today's rows, from the tickets the hub holds in memory (today's, as they are now) and today's window events. */
  private todayRows(): RollupRow[] {
    const today = this.hall.state.businessDay;
    return buildDayRollup({
      config: this.hall.hall.config,
      businessDay: today,
      tickets: [...this.hall.state.tickets.values()].filter((t) => t.businessDay === today),
      windowEvents: this.store.events.windowEventsOf(today),
      until: this.hall.now(),
    });
  }

  /**
   * Rolls up the past days of the range that issued tickets but have no rollup (an older database, a hub that
   * was down over midnight). A day without tickets needs none: its figures are all zero.
   */
  private rollUpMissing(from: string, to: string): void {
    const first = this.store.reportCounts.firstTicketDay();
    if (first === null || first > to) return;
    const start = from < first ? first : from;
    const have = this.store.rollups.daysWithin(start, to);
    const missing: string[] = [];
    for (let day = start; day <= to; day = addDays(day, 1)) {
      if (!have.has(day) && this.store.reportCounts.ticketsOn(day) > 0) missing.push(day);
    }
    if (missing.length === 0) return;
    const config = this.hall.hall.config;
    this.store.transaction(() => {
      for (const day of missing) rollUpStoredDay(this.store, config, day);
    });
    this.log.info({ days: missing.length, from: missing[0], to: missing.at(-1) }, 'report rollups made on demand');
  }

  /** Merges the months (YYYY-MM) of the range whose merged rows are missing (all their days are rolled up). */
  private mergeMissingMonths(first: string, last: string): void {
    const have = this.store.rollups.monthsWithin(first, last);
    const missing: string[] = [];
    for (let m = first; m <= last; m = addDays(`${m}-01`, 31).slice(0, 7)) if (!have.has(m)) missing.push(m);
    if (missing.length === 0) return;
    this.store.transaction(() => {
      for (const month of missing) rollUpStoredMonth(this.store, month);
    });
  }

  private namesOf(by: ReportDimension): Map<string, LocalizedText> {
    const config = this.hall.hall.config;
    switch (by) {
      case 'zone':
        return new Map(config.zones.map((z) => [z.id, z.names]));
      case 'service':
        return new Map(config.services.map((s) => [s.id, s.names]));
      case 'window':
        return new Map(config.windows.map((w) => [String(w.number), w.names]));
      case 'clerk':
        return new Map(
          this.store.staff
            .list()
            .map((s) => [s.id, { 'zh-Hans': s.displayName, 'zh-Hant': s.displayName, en: s.displayName }]),
        );
      default:
        return new Map();
    }
  }

  /** Where a key sorts: configuration order for zones, services, lanes and kinds; numbers for windows; staff list order for clerks. */
  private rankOf(by: ReportDimension): (key: string) => number {
    const config = this.hall.hall.config;
    const order = (keys: readonly string[]) => {
      const at = new Map(keys.map((k, i) => [k, i]));
      return (key: string) => at.get(key) ?? keys.length;
    };
    switch (by) {
      case 'zone':
        return order(config.zones.map((z) => z.id));
      case 'service':
        return order(config.services.map((s) => s.id));
      case 'lane':
        return order(LANES);
      case 'kind':
        return order(WINDOW_KINDS);
      case 'window':
        return (key) => Number(key);
      case 'clerk':
        return order(this.store.staff.list().map((s) => s.id));
      default:
        return () => 0;
    }
  }
}
