/**
 * Reports read a rollup per business day instead of scanning a year of tickets: per (dimension, day, key) the
 * counts, sums and histograms of that group (JSON, see RollupFigures in @hall/queue-core). The key starts with
 * the dimension so that one report reads one contiguous range. Whole months are also kept merged (`month` is
 * YYYY-MM), so that a year's report reads a dozen rows per group rather than 365. Events get an index by
 * business day so that a day's window events are found without scanning millions of rows.
 */
export const migration009 = {
  version: 9,
  name: 'report rollups',
  sql: `
CREATE TABLE report_rollups (
  dimension    TEXT NOT NULL,
  business_day TEXT NOT NULL,
  key          TEXT NOT NULL,
  figures      TEXT NOT NULL,
  PRIMARY KEY (dimension, business_day, key)
);
CREATE TABLE report_month_rollups (
  dimension TEXT NOT NULL,
  month     TEXT NOT NULL,
  key       TEXT NOT NULL,
  figures   TEXT NOT NULL,
  PRIMARY KEY (dimension, month, key)
);
CREATE INDEX events_by_day ON events (business_day);
`,
};
