import type { BookingView } from '@hall/protocol';
import type { Db, Stmt } from './database.ts';

interface BookingRow {
  code: string;
  service_id: string;
  slot_start: number;
  slot_end: number;
  name_masked: string | null;
  phone_masked: string | null;
  checked_in_ticket_id: string | null;
}

function fromRow(r: BookingRow): BookingView {
  return {
    code: r.code,
    serviceId: r.service_id,
    slotStart: r.slot_start,
    slotEnd: r.slot_end,
    name: r.name_masked,
    phone: r.phone_masked,
    checkedInTicketId: r.checked_in_ticket_id,
  };
}

/** Bookings (only masked personal data). The delay-service issue adds schedules and slots on top. */
export class BookingTable {
  private readonly insert: Stmt;
  private readonly byCode: Stmt;
  private readonly checkIn: Stmt;
  private readonly all: Stmt;

  constructor(db: Db) {
    this.insert =
      db.prepare(`INSERT INTO bookings (code, service_id, slot_start, slot_end, name_masked, phone_masked, created_at)
      VALUES (@code, @serviceId, @slotStart, @slotEnd, @name, @phone, @createdAt)`);
    this.byCode = db.prepare('SELECT * FROM bookings WHERE code = ?');
    this.checkIn = db.prepare(
      'UPDATE bookings SET checked_in_ticket_id = ? WHERE code = ? AND checked_in_ticket_id IS NULL',
    );
    this.all = db.prepare('SELECT * FROM bookings WHERE slot_start >= ? AND slot_start < ? ORDER BY slot_start');
  }

  create(b: Omit<BookingView, 'checkedInTicketId'>, at: number): BookingView {
    this.insert.run({ ...b, createdAt: at });
    return { ...b, checkedInTicketId: null };
  }

  get(code: string): BookingView | undefined {
    const row = this.byCode.get(code) as BookingRow | undefined;
    return row ? fromRow(row) : undefined;
  }

  /** Marks the booking used by a ticket; false if it already was (guarded update). */
  markCheckedIn(code: string, ticketId: string): boolean {
    return this.checkIn.run(ticketId, code).changes === 1;
  }

  between(from: number, to: number): BookingView[] {
    return (this.all.all(from, to) as BookingRow[]).map(fromRow);
  }
}
