import type { BookingSession, BookingSource, BookingState, BookingView, Ticket } from '@hall/protocol';
import type { Db, Stmt } from './database.ts';

interface BookingRow {
  code: string;
  service_id: string;
  slot_start: number;
  slot_end: number;
  session: BookingSession;
  state: BookingState;
  source: BookingSource;
  name_masked: string | null;
  phone_masked: string | null;
  checked_in_ticket_id: string | null;
  created_at: number;
}

function fromRow(r: BookingRow): BookingView {
  return {
    code: r.code,
    serviceId: r.service_id,
    slotStart: r.slot_start,
    slotEnd: r.slot_end,
    session: r.session,
    state: r.state,
    source: r.source,
    name: r.name_masked,
    phone: r.phone_masked,
    checkedInTicketId: r.checked_in_ticket_id,
    createdAt: r.created_at,
  };
}

/** What a booking's ticket state means for the booking. A transferred ticket had been called. */
const STATE_OF_TICKET: Record<Ticket['state'], BookingState> = {
  waiting: 'checked-in',
  called: 'called',
  serving: 'called',
  transferred: 'called',
  done: 'done',
  'no-show': 'no-show',
  cancelled: 'cancelled',
};

export type NewBooking = Omit<BookingView, 'checkedInTicketId' | 'state'>;

/** Bookings, with only masked personal data. Every change is a guarded update inside the caller's transaction. */
export class BookingTable {
  private readonly insert: Stmt;
  private readonly byCode: Stmt;
  private readonly byRequest: Stmt;
  private readonly checkIn: Stmt;
  private readonly between_: Stmt;
  private readonly taken: Stmt;
  private readonly cancel_: Stmt;
  private readonly follow: Stmt;
  private readonly lapse: Stmt;
  private readonly held: Stmt;
  private readonly lapsed: Stmt;

  constructor(db: Db) {
    this.insert = db.prepare(`INSERT INTO bookings
      (code, service_id, slot_start, slot_end, session, state, source, name_masked, phone_masked, created_at, updated_at, request_key)
      VALUES (@code, @serviceId, @slotStart, @slotEnd, @session, 'booked', @source, @name, @phone, @createdAt, @createdAt, @requestKey)`);
    this.byRequest = db.prepare('SELECT * FROM bookings WHERE request_key = ?');
    this.byCode = db.prepare('SELECT * FROM bookings WHERE code = ?');
    this.checkIn = db.prepare(`UPDATE bookings SET checked_in_ticket_id = ?, state = 'checked-in', updated_at = ?
      WHERE code = ? AND state = 'booked' AND checked_in_ticket_id IS NULL`);
    this.between_ = db.prepare(
      'SELECT * FROM bookings WHERE slot_start >= ? AND slot_start < ? ORDER BY slot_start, created_at',
    );
    this.taken = db.prepare(
      "SELECT slot_start AS start, COUNT(*) AS n FROM bookings WHERE service_id = ? AND slot_start >= ? AND slot_start < ? AND state != 'cancelled' GROUP BY slot_start",
    );
    this.cancel_ = db.prepare(
      "UPDATE bookings SET state = 'cancelled', updated_at = ? WHERE code = ? AND state = 'booked'",
    );
    this.follow = db.prepare(
      'UPDATE bookings SET state = @state, updated_at = @at WHERE code = @code AND checked_in_ticket_id = @ticketId AND state != @state',
    );
    this.held = db.prepare(
      "SELECT code, service_id AS serviceId, slot_start AS slotStart, slot_end AS slotEnd FROM bookings WHERE state = 'booked' AND slot_end > ?",
    );
    this.lapsed = db.prepare("SELECT * FROM bookings WHERE state = 'booked' AND slot_end <= ?");
    this.lapse = db.prepare(
      "UPDATE bookings SET state = 'no-show', updated_at = ? WHERE state = 'booked' AND slot_end <= ?",
    );
  }

  /** `requestKey` (who asked, and their request id) makes a retried call find the booking it made. */
  create(b: NewBooking, requestKey: string | null = null): BookingView {
    this.insert.run({ ...b, requestKey });
    return { ...b, state: 'booked', checkedInTicketId: null };
  }

  madeBy(requestKey: string): BookingView | undefined {
    const row = this.byRequest.get(requestKey) as BookingRow | undefined;
    return row ? fromRow(row) : undefined;
  }

  get(code: string): BookingView | undefined {
    const row = this.byCode.get(code) as BookingRow | undefined;
    return row ? fromRow(row) : undefined;
  }

  /** Places taken per slot start (every booking not cancelled) of one service in [from, to). */
  takenPlaces(serviceId: string, from: number, to: number): Map<number, number> {
    const rows = this.taken.all(serviceId, from, to) as { start: number; n: number }[];
    return new Map(rows.map((r) => [r.start, r.n]));
  }

  /** Marks the booking used by a ticket; false if it was not bookable any more (guarded update). */
  markCheckedIn(code: string, ticketId: string, at: number): boolean {
    return this.checkIn.run(ticketId, at, code).changes === 1;
  }

  /** Cancels a booking that is still only booked; false otherwise. */
  cancel(code: string, at: number): boolean {
    return this.cancel_.run(at, code).changes === 1;
  }

  /** Moves a checked-in booking along with its ticket; true when its state changed. */
  followTicket(ticket: Ticket, at: number): boolean {
    if (!ticket.booking) return false;
    const state = STATE_OF_TICKET[ticket.state];
    return this.follow.run({ state, at, code: ticket.booking.code, ticketId: ticket.id }).changes === 1;
  }

  /** Bookings never checked in by their slot end become no-shows; returns those it changed. */
  markNoShows(now: number): BookingView[] {
    const due = (this.lapsed.all(now) as BookingRow[]).map(fromRow);
    if (due.length > 0) this.lapse.run(now, now);
    return due.map((b) => ({ ...b, state: 'no-show' }));
  }

  /** Bookings still to come: booked, not checked in, their slot not over at `now`. */
  heldAfter(now: number): { code: string; serviceId: string; slotStart: number; slotEnd: number }[] {
    return this.held.all(now) as { code: string; serviceId: string; slotStart: number; slotEnd: number }[];
  }

  between(from: number, to: number): BookingView[] {
    return (this.between_.all(from, to) as BookingRow[]).map(fromRow);
  }
}
