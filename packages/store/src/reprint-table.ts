import type { Db, Stmt } from './database.ts';

/** Reprints of lost slips made at the guidance desk, counted per ticket against the hall's limit. */
export class ReprintTable {
  private readonly insert: Stmt;
  private readonly count: Stmt;

  constructor(db: Db) {
    this.insert = db.prepare('INSERT INTO ticket_reprints (ticket_id, at, by) VALUES (?, ?, ?)');
    this.count = db.prepare('SELECT COUNT(*) AS n FROM ticket_reprints WHERE ticket_id = ?');
  }

  /** Records one more reprint and returns how many the ticket has had with it. */
  add(ticketId: string, at: number, by: string): number {
    this.insert.run(ticketId, at, by);
    return this.countOf(ticketId);
  }

  countOf(ticketId: string): number {
    return (this.count.get(ticketId) as { n: number }).n;
  }
}
