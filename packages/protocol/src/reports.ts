import { z } from 'zod';
import { LOCALES, localizedTextSchema } from './localized.ts';

/**
 * Reports over a range of business days (hall time zone), for admins and supervisors:
 * `GET /api/v1/reports/summary` and `GET /api/v1/reports/breakdown` (JSON, or `format=csv|xlsx`).
 */

/** How a breakdown groups tickets. `day-hour` feeds the day × hour heat map of waits. */
export const REPORT_DIMENSIONS = [
  'hour',
  'day',
  'day-hour',
  'zone',
  'service',
  'window',
  'clerk',
  'lane',
  'kind',
] as const;
export type ReportDimension = (typeof REPORT_DIMENSIONS)[number];

export const REPORT_FORMATS = ['json', 'csv', 'xlsx'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

/** The longest range one report may cover, in business days (a leap year and a little). */
export const REPORT_MAX_DAYS = 400;

const reportDaySchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a day is YYYY-MM-DD');

/** `?from=YYYY-MM-DD&to=YYYY-MM-DD` (both included; `to` not before `from`, at most REPORT_MAX_DAYS). */
export const reportRangeQuerySchema = z
  .object({
    from: reportDaySchema,
    to: reportDaySchema,
    format: z.enum(REPORT_FORMATS).default('json'),
    /** The language of column headings and labels in CSV and XLSX. */
    lang: z.enum(LOCALES).default('zh-Hans'),
  })
  .refine((q) => q.from <= q.to, { message: '`to` must not be before `from`', path: ['to'] });
export type ReportRangeQuery = z.infer<typeof reportRangeQuerySchema>;

export const reportBreakdownQuerySchema = z
  .object({
    from: reportDaySchema,
    to: reportDaySchema,
    by: z.enum(REPORT_DIMENSIONS),
    format: z.enum(REPORT_FORMATS).default('json'),
    lang: z.enum(LOCALES).default('zh-Hans'),
  })
  .refine((q) => q.from <= q.to, { message: '`to` must not be before `from`', path: ['to'] });
export type ReportBreakdownQuery = z.infer<typeof reportBreakdownQuerySchema>;

/**
 * A duration's figures in minutes (one decimal). Durations are kept to the whole second and grouped in
 * 10-second buckets for the percentiles: median and p90 are the nearest-rank bucket's lower bound; the mean is
 * exact. All null when `count` is 0.
 */
export const durationFiguresSchema = z.object({
  count: z.number().int().min(0),
  meanMinutes: z.number().nullable(),
  medianMinutes: z.number().nullable(),
  p90Minutes: z.number().nullable(),
});
export type DurationFigures = z.infer<typeof durationFiguresSchema>;

const countSchema = z.number().int().min(0);

/** Ratings by level (RATING_LEVELS, best first), and finished tickets stored as not rated. */
export const ratingCountsSchema = z.object({
  'very-satisfied': countSchema,
  satisfied: countSchema,
  'basically-satisfied': countSchema,
  unsatisfied: countSchema,
  'very-unsatisfied': countSchema,
  'not-rated': countSchema,
});
export type RatingCounts = z.infer<typeof ratingCountsSchema>;

/**
 * The ticket figures of a report or of one breakdown row. A ticket counts on the business day it was issued
 * and under its last service, window and clerk (the one that finished, no-showed or last held it).
 */
export const ticketFiguresSchema = z.object({
  issued: z.number().int().min(0),
  /** Finished (`done`). */
  served: z.number().int().min(0),
  noShow: z.number().int().min(0),
  cancelled: z.number().int().min(0),
  /** Tickets transferred at least once (one-thing-one-go). */
  transferred: z.number().int().min(0),
  /** Issue → first call, over tickets called at least once. */
  wait: durationFiguresSchema,
  /** Start → finish, over served tickets. */
  service: durationFiguresSchema,
  /** Called tickets whose wait was within their service's `targetWaitMinutes`, and their share of `wait.count`. */
  withinTarget: z.object({ count: z.number().int().min(0), share: z.number().min(0).max(1).nullable() }),
  ratings: ratingCountsSchema,
  /** Rated (any of the five levels) over served; null with none served. */
  participation: z.number().min(0).max(1).nullable(),
  /** As the hall publishes it: (very satisfied + satisfied) over rated; null with none rated. */
  satisfaction: z.number().min(0).max(1).nullable(),
  /** Delay service (working-day evenings and lunch, weekends): tickets issued and served in those hours. */
  delay: z.object({ issued: z.number().int().min(0), served: z.number().int().min(0) }),
});
export type TicketFigures = z.infer<typeof ticketFiguresSchema>;

/**
 * Window performance (rows by window, clerk, zone and kind): minutes windows were open, paused, and open with
 * nothing called or served (idle); no-shows over (served + no-shows).
 */
export const windowPerformanceSchema = z.object({
  /** Open or paused (a clerk signed in); paused and idle are parts of it. */
  openMinutes: z.number().min(0),
  pausedMinutes: z.number().min(0),
  idleMinutes: z.number().min(0),
  noShowRate: z.number().min(0).max(1).nullable(),
});
export type WindowPerformance = z.infer<typeof windowPerformanceSchema>;

export const reportSummarySchema = z.object({
  from: z.string(),
  to: z.string(),
  /** Business days in the range, and how many of them the hall was open (issued at least one ticket). */
  days: z.number().int().min(1),
  openDays: z.number().int().min(0),
  tickets: ticketFiguresSchema,
  /** Rating follow-ups (unsatisfied ratings): opened in the range, and of those, closed since. */
  followUps: z.object({ opened: z.number().int().min(0), closed: z.number().int().min(0) }),
  /** Could-not-get-it-done matters opened in the range; resolved since; the mean age of the resolved and the oldest still open, in days. */
  complaints: z.object({
    opened: z.number().int().min(0),
    resolved: z.number().int().min(0),
    meanResolvedAgeDays: z.number().nullable(),
    oldestOpenAgeDays: z.number().nullable(),
  }),
  /** Bookings whose slot falls in the range. */
  bookings: z.object({
    made: z.number().int().min(0),
    checkedIn: z.number().int().min(0),
    noShow: z.number().int().min(0),
    cancelled: z.number().int().min(0),
  }),
});
export type ReportSummary = z.infer<typeof reportSummarySchema>;

export const reportRowSchema = z.object({
  /** The group: `08` (hour), `2026-03-02` (day), `2026-03-02T08` (day-hour), a zone or service id, a window
   * number, a clerk id, a lane, a window kind. */
  key: z.string(),
  /** Zones, services and windows: their names; clerks: the display name in every language; else null (the UI names lanes, kinds and hours). */
  names: localizedTextSchema.nullable(),
  tickets: ticketFiguresSchema,
  /** Present for rows by window, clerk, zone and kind. */
  performance: windowPerformanceSchema.nullable(),
});
export type ReportRow = z.infer<typeof reportRowSchema>;

export const reportBreakdownSchema = z.object({
  from: z.string(),
  to: z.string(),
  by: z.enum(REPORT_DIMENSIONS),
  /** Ordered by key (hours, days, window numbers ascending; ids in configuration order). */
  rows: z.array(reportRowSchema),
});
export type ReportBreakdown = z.infer<typeof reportBreakdownSchema>;
