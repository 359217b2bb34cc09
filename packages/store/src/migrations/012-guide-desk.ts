/**
 * The guidance desk (issue 16): staff of role `guide`, and the log of the slips it printed (how many a
 * ticket has had is counted against the hall's `policy.reprintsPerTicket`).
 */
export const migration012 = {
  version: 12,
  name: 'guide staff role, desk prints',
  sql: `
-- SQLite cannot change a CHECK constraint: the staff table is rebuilt to admit guides. The sessions table
-- refers to it, so its rows wait in a plain copy while staff is replaced (foreign keys stay on throughout).
CREATE TEMP TABLE sessions_v12 AS SELECT token_hash, staff_id, created_at, expires_at FROM sessions;
DROP TABLE sessions;
CREATE TABLE staff_v12 (
  id            TEXT PRIMARY KEY,
  username      TEXT NOT NULL UNIQUE,
  display_name  TEXT NOT NULL,
  role          TEXT NOT NULL CHECK (role IN ('admin', 'clerk', 'guide')),
  permissions   TEXT NOT NULL,
  password_hash TEXT NOT NULL,
  created_at    INTEGER NOT NULL,
  disabled_at   INTEGER
);
INSERT INTO staff_v12 (id, username, display_name, role, permissions, password_hash, created_at, disabled_at)
  SELECT id, username, display_name, role, permissions, password_hash, created_at, disabled_at FROM staff;
DROP TABLE staff;
ALTER TABLE staff_v12 RENAME TO staff;
CREATE TABLE sessions (
  token_hash TEXT PRIMARY KEY,
  staff_id   TEXT NOT NULL REFERENCES staff (id),
  created_at INTEGER NOT NULL,
  expires_at INTEGER NOT NULL
);
INSERT INTO sessions (token_hash, staff_id, created_at, expires_at)
  SELECT token_hash, staff_id, created_at, expires_at FROM temp.sessions_v12;
DROP TABLE temp.sessions_v12;

-- One row per slip the guidance desk printed: the first one of a ticket it issued, and each reprint of a
-- lost one (counted against policy.reprintsPerTicket). Which ticket, when, by whom.
CREATE TABLE ticket_prints (
  id         INTEGER PRIMARY KEY AUTOINCREMENT,
  ticket_id  TEXT NOT NULL,
  kind       TEXT NOT NULL CHECK (kind IN ('first', 'reprint')),
  at         INTEGER NOT NULL,
  by         TEXT NOT NULL
);
CREATE INDEX ticket_prints_ticket ON ticket_prints (ticket_id);
`,
};
