import { RATING_LEVELS, type ReportDimension } from '@hall/protocol';

/** The rows of a day's rollup: every breakdown dimension, and `all` (the whole day, always written). */
export type RollupDimension = ReportDimension | 'all';

/** Durations are counted in whole seconds and grouped in buckets of this many seconds for the percentiles. */
export const BUCKET_SECONDS = 10;

/**
 * Durations of a group, in a form that adds up exactly across days: how many, their sum in seconds, and a
 * sparse histogram `[bucket, count, bucket, count, …]` with buckets ascending (bucket b holds b×10 … b×10+9 s).
 */
export interface DurationTally {
  n: number;
  sum: number;
  h: number[];
}

/**
 * One group's figures for one business day, as stored (JSON) in `report_rollups.figures`: counts, sums and
 * histograms only, so that the rows of many days merge into exact report figures. Ratings are counted in the
 * order of RATING_LEVELS, then not rated. `win` (seconds a window was open, paused, idle) only on rows by
 * window, clerk, zone and kind.
 */
export interface RollupFigures {
  issued: number;
  served: number;
  noShow: number;
  cancelled: number;
  transferred: number;
  wait: DurationTally;
  service: DurationTally;
  withinTarget: number;
  ratings: number[];
  delayIssued: number;
  delayServed: number;
  win?: { open: number; paused: number; idle: number };
}

/** One row of `report_rollups`. */
export interface RollupRow {
  businessDay: string;
  dimension: RollupDimension;
  key: string;
  figures: RollupFigures;
}

/** The place of each rating level in `RollupFigures.ratings`; not rated is last. */
export const RATING_SLOTS = [...RATING_LEVELS, 'not-rated'] as const;

export function emptyFigures(): RollupFigures {
  return {
    issued: 0,
    served: 0,
    noShow: 0,
    cancelled: 0,
    transferred: 0,
    wait: { n: 0, sum: 0, h: [] },
    service: { n: 0, sum: 0, h: [] },
    withinTarget: 0,
    ratings: RATING_SLOTS.map(() => 0),
    delayIssued: 0,
    delayServed: 0,
  };
}
