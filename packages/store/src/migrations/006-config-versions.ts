/**
 * The hall configuration moves from a file into the database as numbered versions: each row holds the
 * whole validated document, who stored it and why, and the version it restored when it was a rollback.
 * Versions are never changed or deleted; the highest one is the configuration the hub runs.
 */
export const migration006 = {
  version: 6,
  name: 'configuration versions',
  sql: `
CREATE TABLE IF NOT EXISTS config_versions (
  version INTEGER PRIMARY KEY CHECK (version >= 1),
  created_at INTEGER NOT NULL,
  created_by TEXT NOT NULL,
  note TEXT,
  rolled_back_from INTEGER REFERENCES config_versions (version),
  document TEXT NOT NULL CHECK (json_valid(document))
);
`,
};
