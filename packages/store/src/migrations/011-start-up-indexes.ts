/**
 * What the hub reads at every start, answered from indexes on a database of years (1.2 M tickets a year):
 * the last queue position (MAX(queue_seq) read every row), and the tickets not finished (a small partial
 * index: only tickets waiting or held at a window are in it, a handful a day).
 */
export const migration011 = {
  version: 11,
  name: 'start-up indexes',
  sql: `
CREATE INDEX tickets_by_queue_seq ON tickets (queue_seq);
CREATE INDEX tickets_unfinished ON tickets (business_day) WHERE state IN ('waiting', 'transferred', 'called', 'serving');
`,
};
