/**
 * Bookings get their life cycle (booked → checked-in → called → done | no-show | cancelled), the
 * session of their slot (regular or delay service), where they were made and the request that made them. Bookings made before
 * this migration were admin imports: checked in if a ticket used them, else booked.
 */
export const migration004 = {
  version: 4,
  name: 'booking states, sessions and sources',
  sql: `
ALTER TABLE bookings ADD COLUMN state TEXT NOT NULL DEFAULT 'booked'
  CHECK (state IN ('booked', 'checked-in', 'called', 'done', 'no-show', 'cancelled'));
ALTER TABLE bookings ADD COLUMN session TEXT NOT NULL DEFAULT 'regular' CHECK (session IN ('regular', 'delay'));
ALTER TABLE bookings ADD COLUMN source TEXT NOT NULL DEFAULT 'admin' CHECK (source IN ('public', 'counter', 'admin'));
ALTER TABLE bookings ADD COLUMN updated_at INTEGER;
-- The request id of the call that made it (scoped by who made it), so a retried call makes no second booking.
ALTER TABLE bookings ADD COLUMN request_key TEXT;
CREATE UNIQUE INDEX bookings_by_request ON bookings (request_key) WHERE request_key IS NOT NULL;
UPDATE bookings SET state = 'checked-in' WHERE checked_in_ticket_id IS NOT NULL;
CREATE INDEX bookings_by_slot ON bookings (service_id, slot_start);
CREATE INDEX bookings_by_start ON bookings (slot_start);
CREATE INDEX bookings_open_by_end ON bookings (slot_end) WHERE state = 'booked';
`,
};
