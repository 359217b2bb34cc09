import type { Db, Stmt } from './database.ts';

const DAY_MS = 24 * 3600_000;

/** What a report summary counts beside tickets, for a range of instants [from, to). */
export interface SummaryCounts {
  followUps: { opened: number; closed: number };
  complaints: {
    opened: number;
    resolved: number;
    meanResolvedAgeDays: number | null;
    oldestOpenAgeDays: number | null;
  };
  bookings: { made: number; checkedIn: number; noShow: number; cancelled: number };
}

const oneDecimal = (n: number): number => Math.round(n * 10) / 10;

/** Counts of rating follow-ups, could-not-get-it-done matters and bookings for report summaries. */
export class ReportCounts {
  private readonly followUpsStmt: Stmt;
  private readonly complaintsStmt: Stmt;
  private readonly bookingsStmt: Stmt;
  private readonly firstTicketDayStmt: Stmt;
  private readonly ticketsOnStmt: Stmt;

  constructor(db: Db) {
    this.followUpsStmt = db.prepare(`SELECT COUNT(*) AS opened, COALESCE(SUM(state = 'closed'), 0) AS closed
      FROM follow_ups WHERE created_at >= ? AND created_at < ?`);
    // A resolved matter is not changed again, so its last update is when it was resolved.
    this.complaintsStmt = db.prepare(`SELECT COUNT(*) AS opened,
        COALESCE(SUM(state = 'resolved'), 0) AS resolved,
        AVG(CASE WHEN state = 'resolved' THEN updated_at - created_at END) AS meanResolvedMs,
        MIN(CASE WHEN state <> 'resolved' THEN created_at END) AS oldestOpenAt
      FROM complaints WHERE created_at >= ? AND created_at < ?`);
    // No-show: booked and never checked in (the slot lapsed); a checked-in citizen who missed the call is not one.
    this.bookingsStmt = db.prepare(`SELECT COUNT(*) AS made,
        COALESCE(SUM(checked_in_ticket_id IS NOT NULL), 0) AS checkedIn,
        COALESCE(SUM(state = 'no-show' AND checked_in_ticket_id IS NULL), 0) AS noShow,
        COALESCE(SUM(state = 'cancelled'), 0) AS cancelled
      FROM bookings WHERE slot_start >= ? AND slot_start < ?`);
    this.firstTicketDayStmt = db.prepare('SELECT MIN(business_day) AS day FROM tickets');
    this.ticketsOnStmt = db.prepare('SELECT COUNT(*) AS n FROM tickets WHERE business_day = ?');
  }

  /** Follow-ups and matters opened in [from, to), and bookings whose slot starts in it; ages as of `now`. */
  summary(from: number, to: number, now: number): SummaryCounts {
    const f = this.followUpsStmt.get(from, to) as { opened: number; closed: number };
    const c = this.complaintsStmt.get(from, to) as {
      opened: number;
      resolved: number;
      meanResolvedMs: number | null;
      oldestOpenAt: number | null;
    };
    const b = this.bookingsStmt.get(from, to) as SummaryCounts['bookings'];
    return {
      followUps: { opened: f.opened, closed: f.closed },
      complaints: {
        opened: c.opened,
        resolved: c.resolved,
        meanResolvedAgeDays: c.meanResolvedMs === null ? null : oneDecimal(c.meanResolvedMs / DAY_MS),
        oldestOpenAgeDays: c.oldestOpenAt === null ? null : oneDecimal(Math.max(0, now - c.oldestOpenAt) / DAY_MS),
      },
      bookings: { made: b.made, checkedIn: b.checkedIn, noShow: b.noShow, cancelled: b.cancelled },
    };
  }

  /** The first business day that issued a ticket; null for a hall that never did. */
  firstTicketDay(): string | null {
    return (this.firstTicketDayStmt.get() as { day: string | null }).day;
  }

  /** How many tickets a business day issued. */
  ticketsOn(businessDay: string): number {
    return (this.ticketsOnStmt.get(businessDay) as { n: number }).n;
  }
}
