/**
 * Rating tablets are devices bound to a window; unsatisfied ratings open follow-ups for a supervisor;
 * the could-not-get-it-done desk keeps its matters. Notes are JSON arrays, appended to, never rewritten.
 */
export const migration003 = {
  version: 3,
  name: 'rater devices, rating follow-ups, could-not-get-it-done matters',
  sql: `
-- SQLite cannot change a CHECK constraint: the devices table is rebuilt to admit raters and their window.
CREATE TABLE devices_v3 (
  id             TEXT PRIMARY KEY,
  role           TEXT NOT NULL CHECK (role IN ('kiosk', 'display', 'rater')),
  name           TEXT NOT NULL,
  token_hash     TEXT NOT NULL UNIQUE,
  created_at     INTEGER NOT NULL,
  revoked_at     INTEGER,
  printer_status TEXT,
  window         INTEGER,
  CHECK ((role = 'rater') = (window IS NOT NULL))
);
INSERT INTO devices_v3 (id, role, name, token_hash, created_at, revoked_at, printer_status)
  SELECT id, role, name, token_hash, created_at, revoked_at, printer_status FROM devices;
DROP TABLE devices;
ALTER TABLE devices_v3 RENAME TO devices;

CREATE TABLE follow_ups (
  id            TEXT PRIMARY KEY,
  ticket_id     TEXT NOT NULL UNIQUE,
  ticket_number TEXT NOT NULL,
  window        INTEGER NOT NULL,
  clerk_id      TEXT,
  level         TEXT NOT NULL,
  state         TEXT NOT NULL CHECK (state IN ('open', 'closed')),
  created_at    INTEGER NOT NULL,
  notes         TEXT NOT NULL
);
CREATE INDEX follow_ups_by_state ON follow_ups (state);

CREATE TABLE complaints (
  id            TEXT PRIMARY KEY,
  window        INTEGER NOT NULL,
  ticket_id     TEXT,
  clerk_id      TEXT NOT NULL,
  matter        TEXT NOT NULL,
  departments   TEXT NOT NULL,
  contact_name  TEXT,
  contact_phone TEXT,
  state         TEXT NOT NULL CHECK (state IN ('open', 'coordinating', 'resolved')),
  created_at    INTEGER NOT NULL,
  updated_at    INTEGER NOT NULL,
  notes         TEXT NOT NULL
);
CREATE INDEX complaints_by_state ON complaints (state);
`,
};
