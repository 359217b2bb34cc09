/**
 * The first schema. Tickets and windows keep their full JSON in `body` plus the columns that
 * constraints and guarded updates need; `events` is append-only (triggers refuse UPDATE and DELETE).
 */
export const migration001 = {
  version: 1,
  name: 'initial',
  sql: `
CREATE TABLE hall_meta (
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL
);

CREATE TABLE number_counters (
  business_day TEXT NOT NULL,
  prefix       TEXT NOT NULL,
  last_n       INTEGER NOT NULL CHECK (last_n >= 1),
  PRIMARY KEY (business_day, prefix)
);

CREATE TABLE tickets (
  id            TEXT PRIMARY KEY,
  business_day  TEXT NOT NULL,
  prefix        TEXT NOT NULL,
  n             INTEGER NOT NULL,
  number        TEXT NOT NULL,
  service_id    TEXT NOT NULL,
  lane          TEXT NOT NULL CHECK (lane IN ('normal', 'elderly', 'booking')),
  state         TEXT NOT NULL CHECK (state IN ('waiting', 'called', 'serving', 'done', 'no-show', 'cancelled', 'transferred')),
  queue_seq     INTEGER NOT NULL,
  window        INTEGER,
  target_window INTEGER,
  version       INTEGER NOT NULL,
  body          TEXT NOT NULL,
  UNIQUE (business_day, prefix, n)
);
CREATE INDEX tickets_by_day ON tickets (business_day);
CREATE INDEX tickets_by_state ON tickets (state);

CREATE TABLE windows (
  number  INTEGER PRIMARY KEY,
  state   TEXT NOT NULL CHECK (state IN ('closed', 'open', 'paused')),
  version INTEGER NOT NULL,
  body    TEXT NOT NULL
);

CREATE TABLE events (
  id           INTEGER PRIMARY KEY AUTOINCREMENT,
  type         TEXT NOT NULL,
  at           INTEGER NOT NULL,
  business_day TEXT NOT NULL,
  actor        TEXT NOT NULL,
  ticket_id    TEXT,
  window       INTEGER,
  body         TEXT NOT NULL
);
CREATE TRIGGER events_append_only_update BEFORE UPDATE ON events
BEGIN SELECT RAISE(ABORT, 'events are append-only'); END;
CREATE TRIGGER events_append_only_delete BEFORE DELETE ON events
BEGIN SELECT RAISE(ABORT, 'events are append-only'); END;

CREATE TABLE requests (
  principal   TEXT NOT NULL,
  request_id  TEXT NOT NULL,
  fingerprint TEXT NOT NULL,
  response    TEXT NOT NULL,
  created_at  INTEGER NOT NULL,
  PRIMARY KEY (principal, request_id)
);

CREATE TABLE staff (
  id            TEXT PRIMARY KEY,
  username      TEXT NOT NULL UNIQUE,
  display_name  TEXT NOT NULL,
  role          TEXT NOT NULL CHECK (role IN ('admin', 'clerk')),
  permissions   TEXT NOT NULL,
  password_hash TEXT NOT NULL,
  created_at    INTEGER NOT NULL,
  disabled_at   INTEGER
);

CREATE TABLE sessions (
  token_hash TEXT PRIMARY KEY,
  staff_id   TEXT NOT NULL REFERENCES staff (id),
  created_at INTEGER NOT NULL,
  expires_at INTEGER NOT NULL
);

CREATE TABLE devices (
  id         TEXT PRIMARY KEY,
  role       TEXT NOT NULL CHECK (role IN ('kiosk', 'display')),
  name       TEXT NOT NULL,
  token_hash TEXT NOT NULL UNIQUE,
  created_at INTEGER NOT NULL,
  revoked_at INTEGER
);

CREATE TABLE audit_log (
  id     INTEGER PRIMARY KEY AUTOINCREMENT,
  at     INTEGER NOT NULL,
  actor  TEXT NOT NULL,
  action TEXT NOT NULL,
  detail TEXT NOT NULL
);

CREATE TABLE bookings (
  code                 TEXT PRIMARY KEY,
  service_id           TEXT NOT NULL,
  slot_start           INTEGER NOT NULL,
  slot_end             INTEGER NOT NULL,
  name_masked          TEXT,
  phone_masked         TEXT,
  created_at           INTEGER NOT NULL,
  checked_in_ticket_id TEXT
);
`,
};
