import type { DurationFigures, RatingCounts, TicketFigures, WindowPerformance } from '@hall/protocol';
import { BUCKET_SECONDS, RATING_SLOTS, type RollupFigures } from './rollup-figures.ts';

/** A duration summed over many rows: the histogram dense, indexed by bucket. */
class DurationSum {
  n = 0;
  sum = 0;
  readonly buckets: number[] = [];

  add(n: number, sum: number, h: readonly number[]): void {
    this.n += n;
    this.sum += sum;
    for (let i = 0; i + 1 < h.length; i += 2) {
      const b = h[i] as number;
      this.buckets[b] = (this.buckets[b] ?? 0) + (h[i + 1] as number);
    }
  }

  figures(): DurationFigures {
    if (this.n === 0) return { count: 0, meanMinutes: null, medianMinutes: null, p90Minutes: null };
    return {
      count: this.n,
      meanMinutes: minutes(this.sum / this.n),
      medianMinutes: minutes(this.percentileSeconds(0.5)),
      p90Minutes: minutes(this.percentileSeconds(0.9)),
    };
  }

  /** Nearest rank: the bucket holding the ⌈p·n⌉-th duration, read as its lower bound. */
  private percentileSeconds(p: number): number {
    const rank = Math.max(1, Math.ceil(p * this.n));
    let seen = 0;
    for (let b = 0; b < this.buckets.length; b++) {
      seen += this.buckets[b] ?? 0;
      if (seen >= rank) return b * BUCKET_SECONDS;
    }
    return (this.buckets.length - 1) * BUCKET_SECONDS;
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
