/**
 * The supervisors' live board: alerts the hub raised and cleared on its clock, and who acknowledged them. At most
 * one alert per key is not cleared (the partial unique index), so two checks racing cannot raise it twice.
 */
export const migration010 = {
  version: 10,
  name: 'alerts of the live board',
  sql: `
CREATE TABLE alerts (
  id              TEXT PRIMARY KEY,
  kind            TEXT NOT NULL,
  key             TEXT NOT NULL,
  subject         TEXT NOT NULL,
  raised_at       INTEGER NOT NULL,
  cleared_at      INTEGER,
  acknowledged_at INTEGER,
  acknowledged_by TEXT
);
CREATE UNIQUE INDEX alerts_one_standing_per_key ON alerts (key) WHERE cleared_at IS NULL;
-- The board: every alert not cleared, and cleared ones nobody acknowledged yet.
CREATE INDEX alerts_on_board ON alerts (raised_at) WHERE cleared_at IS NULL OR acknowledged_at IS NULL;
`,
};
