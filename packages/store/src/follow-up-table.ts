import type { FollowUp, RatingLevel } from '@hall/protocol';
import type { Db, Stmt } from './database.ts';

interface FollowUpRow {
  id: string;
  ticket_id: string;
  ticket_number: string;
  window: number;
  clerk_id: string | null;
  level: RatingLevel;
  state: FollowUp['state'];
  created_at: number;
  notes: string;
}

function fromRow(r: FollowUpRow): FollowUp {
  return {
    id: r.id,
    ticketId: r.ticket_id,
    ticketNumber: r.ticket_number,
    window: r.window,
    clerkId: r.clerk_id,
    level: r.level,
    state: r.state,
    createdAt: r.created_at,
    notes: JSON.parse(r.notes) as FollowUp['notes'],
  };
}

/** Unsatisfied ratings waiting for a supervisor; one per ticket. */
export class FollowUpTable {
  private readonly insert: Stmt;
  private readonly byId: Stmt;
  private readonly list: Stmt;
  private readonly close: Stmt;
  private readonly openStmt: Stmt;

  constructor(db: Db) {
    this.insert =
      db.prepare(`INSERT INTO follow_ups (id, ticket_id, ticket_number, window, clerk_id, level, state, created_at, notes)
      VALUES (@id, @ticketId, @ticketNumber, @window, @clerkId, @level, 'open', @createdAt, '[]')`);
    this.byId = db.prepare('SELECT * FROM follow_ups WHERE id = ?');
    this.list = db.prepare("SELECT * FROM follow_ups WHERE state = 'open' OR created_at >= ? ORDER BY created_at");
    this.openStmt = db.prepare("SELECT * FROM follow_ups WHERE state = 'open' ORDER BY created_at");
    this.close = db.prepare("UPDATE follow_ups SET state = 'closed', notes = ? WHERE id = ? AND state = 'open'");
  }

  open(f: Omit<FollowUp, 'state' | 'notes'>): void {
    this.insert.run(f);
  }

  get(id: string): FollowUp | undefined {
    const row = this.byId.get(id) as FollowUpRow | undefined;
    return row ? fromRow(row) : undefined;
  }

  /** Every open follow-up, and the closed ones since `since`. */
  openOrSince(since: number): FollowUp[] {
    return (this.list.all(since) as FollowUpRow[]).map(fromRow);
  }

  /** Every follow-up still open, oldest first. */
  openOnes(): FollowUp[] {
    return (this.openStmt.all() as FollowUpRow[]).map(fromRow);
  }

  /** Closes an open follow-up with a note; false if it was not open. */
  closeWith(id: string, note: FollowUp['notes'][number]): boolean {
    const current = this.get(id);
    if (!current || current.state !== 'open') return false;
    return this.close.run(JSON.stringify([...current.notes, note]), id).changes === 1;
  }
}
