/**
 * What the hub reads at every start, answered from indexes on a database of years (1.2 M tickets a year):
 * the last queue position (MAX(queue_seq) read every row), and the tickets not finished (a small partial
 * index: only tickets waiting or held at a window are in it, a handful a day). `IF NOT EXISTS`: a database
 * taken back to an older schema by hand (the upgrade tests) may still have them.
 */
export const migration011 = {
  version: 11,
  name: 'start-up indexes',
  sql: `
CREATE INDEX IF NOT EXISTS tickets_by_queue_seq ON tickets (queue_seq);
CREATE INDEX IF NOT EXISTS tickets_unfinished ON tickets (business_day) WHERE state IN ('waiting', 'transferred', 'called', 'serving');
`,
};
