import type { DurationFigures, RatingCounts, TicketFigures, WindowPerformance } from '@hall/protocol';
import { BUCKET_SECONDS, RATING_SLOTS, type DurationTally, type RollupFigures } from './rollup-figures.ts';

/** A duration summed over many rows: the histogram dense (no holes, so that adding stays fast), by bucket. */
class DurationSum {
  n = 0;
  sum = 0;
  private readonly buckets: number[] = [];

  add(n: number, sum: number, h: readonly number[]): void {
    this.n += n;
    this.sum += sum;
    const buckets = this.buckets;
    for (let i = 0; i + 1 < h.length; i += 2) {
      const b = h[i] as number;
      while (buckets.length <= b) buckets.push(0);
      buckets[b] = (buckets[b] as number) + (h[i + 1] as number);
    }
  }

  tally(): DurationTally {
    const h: number[] = [];
    this.buckets.forEach((count, b) => {
      if (count > 0) h.push(b, count);
    });
    return { n: this.n, sum: this.sum, h };
  }

  figures(): DurationFigures {
    if (this.n === 0) return { count: 0, meanMinutes: null, medianMinutes: null, p90Minutes: null };
    const [median, p90] = this.percentileSeconds(0.5, 0.9);
    return {
      count: this.n,
      meanMinutes: minutes(this.sum / this.n),
      medianMinutes: minutes(median),
      p90Minutes: minutes(p90),
    };
  }

  /** Nearest rank: the bucket holding the ⌈p·n⌉-th duration, read as its lower bound; `low` ≤ `high`. */
  private percentileSeconds(low: number, high: number): [number, number] {
    const lowRank = Math.max(1, Math.ceil(low * this.n));
    const highRank = Math.max(1, Math.ceil(high * this.n));
    let lowAt = -1;
    let seen = 0;
    const buckets = this.buckets;
    for (let b = 0; b < buckets.length; b++) {
      seen += buckets[b] as number;
      if (lowAt < 0 && seen >= lowRank) lowAt = b;
      if (seen >= highRank) return [lowAt * BUCKET_SECONDS, b * BUCKET_SECONDS];
    }
    const last = (buckets.length - 1) * BUCKET_SECONDS;
    return [lowAt < 0 ? last : lowAt * BUCKET_SECONDS, last];
  }
}

/** Seconds → minutes with one decimal. */
function minutes(seconds: number): number {
  return Math.round(seconds / 6) / 10;
}

function share(part: number, whole: number): number | null {
  return whole === 0 ? null : part / whole;
}

/**
 * Rollup rows of one group (any days) added up: `add` each row's figures, then read the report figures.
 * Exact: counts and sums add, percentiles come from the merged histograms.
 */
export class FiguresSum {
  private issued = 0;
  private served = 0;
  private noShow = 0;
  private cancelled = 0;
  private transferred = 0;
  private withinTarget = 0;
  private delayIssued = 0;
  private delayServed = 0;
  private readonly ratings = RATING_SLOTS.map(() => 0);
  private readonly wait = new DurationSum();
  private readonly service = new DurationSum();
  private open = 0;
  private paused = 0;
  private idle = 0;
  private withWindowTime = false;

  add(f: RollupFigures): this {
    this.issued += f.issued;
    this.served += f.served;
    this.noShow += f.noShow;
    this.cancelled += f.cancelled;
    this.transferred += f.transferred;
    this.withinTarget += f.withinTarget;
    this.delayIssued += f.delayIssued;
    this.delayServed += f.delayServed;
    f.ratings.forEach((n, i) => (this.ratings[i] = (this.ratings[i] ?? 0) + n));
    this.wait.add(f.wait.n, f.wait.sum, f.wait.h);
    this.service.add(f.service.n, f.service.sum, f.service.h);
    if (f.win) {
      this.withWindowTime = true;
      this.open += f.win.open;
      this.paused += f.win.paused;
      this.idle += f.win.idle;
    }
    return this;
  }

  /** Whether any ticket was issued in the rows added. */
  get anyIssued(): boolean {
    return this.issued > 0;
  }

  tickets(): TicketFigures {
    const r = this.ratings;
    const ratings = Object.fromEntries(RATING_SLOTS.map((level, i) => [level, r[i] ?? 0])) as RatingCounts;
    const rated = RATING_SLOTS.slice(0, -1).reduce((sum, level) => sum + ratings[level], 0);
    const wait = this.wait.figures();
    return {
      issued: this.issued,
      served: this.served,
      noShow: this.noShow,
      cancelled: this.cancelled,
      transferred: this.transferred,
      wait,
      service: this.service.figures(),
      withinTarget: { count: this.withinTarget, share: share(this.withinTarget, wait.count) },
      ratings,
      participation: share(rated, this.served),
      satisfaction: share(ratings['very-satisfied'] + ratings.satisfied, rated),
      delay: { issued: this.delayIssued, served: this.delayServed },
    };
  }

  /** The sum as one rollup row's figures again (a month's rows are stored so: read as any day's). */
  rollup(): RollupFigures {
    return {
      issued: this.issued,
      served: this.served,
      noShow: this.noShow,
      cancelled: this.cancelled,
      transferred: this.transferred,
      wait: this.wait.tally(),
      service: this.service.tally(),
      withinTarget: this.withinTarget,
      ratings: [...this.ratings],
      delayIssued: this.delayIssued,
      delayServed: this.delayServed,
      ...(this.withWindowTime ? { win: { open: this.open, paused: this.paused, idle: this.idle } } : {}),
    };
  }

  performance(): WindowPerformance {
    return {
      openMinutes: minutes(this.open),
      pausedMinutes: minutes(this.paused),
      idleMinutes: minutes(this.idle),
      noShowRate: share(this.noShow, this.served + this.noShow),
    };
  }
}

/** Rows of many days and keys merged per key, in one pass. */
export function mergeByKey(rows: Iterable<{ key: string; figures: RollupFigures }>): Map<string, FiguresSum> {
  const sums = new Map<string, FiguresSum>();
  for (const row of rows) {
    let sum = sums.get(row.key);
    if (!sum) sums.set(row.key, (sum = new FiguresSum()));
    sum.add(row.figures);
  }
  return sums;
}
