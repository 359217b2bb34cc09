/**
 * When the hub last heard from each device (a socket's traffic or an authenticated request), so that the
 * admin's "last seen" survives a restart. Written at most about once a minute per device, and on disconnect.
 */
export const migration008 = {
  version: 8,
  name: 'device last seen',
  sql: `
ALTER TABLE devices ADD COLUMN last_seen_at INTEGER;
`,
};
