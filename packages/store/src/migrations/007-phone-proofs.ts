/**
 * Public bookings need a proven phone. A phone is known to the database only by its keyed hash
 * (HMAC-SHA256 with the hall's secret in `hall_meta`): there are too few phone numbers for a plain hash to
 * hide one. One-time codes and proofs are kept as hashes only. Bookings made before this have no phone
 * key: only staff can look them up or cancel them, and the kiosk checks them in by code alone.
 */
export const migration007 = {
  version: 7,
  name: 'phone codes, phone proofs and phone keys of bookings',
  sql: `
CREATE TABLE phone_codes (
  phone_key  TEXT PRIMARY KEY,
  code_hash  TEXT NOT NULL,
  sent_at    INTEGER NOT NULL,
  expires_at INTEGER NOT NULL,
  tries_left INTEGER NOT NULL
);
CREATE TABLE phone_proofs (
  token_hash TEXT PRIMARY KEY,
  phone_key  TEXT NOT NULL,
  expires_at INTEGER NOT NULL
);
CREATE INDEX phone_proofs_by_expiry ON phone_proofs (expires_at);
ALTER TABLE bookings ADD COLUMN phone_key TEXT;
-- The keyed hash of the code and the phone's last four digits: the kiosk's check-in asks for both.
ALTER TABLE bookings ADD COLUMN phone_tail_key TEXT;
CREATE INDEX bookings_by_phone ON bookings (phone_key, state) WHERE phone_key IS NOT NULL;
`,
};
