import type { Db, Stmt } from './database.ts';

/** A slip printed at the guidance desk: the first of a ticket it issued, or a reprint of a lost one. */
export type DeskPrintKind = 'first' | 'reprint';

/** The slips the guidance desk printed, per ticket: reprints are counted against the hall's limit. */
export class DeskPrintTable {
  private readonly insert: Stmt;
  private readonly count: Stmt;

  constructor(db: Db) {
    this.insert = db.prepare('INSERT INTO ticket_prints (ticket_id, kind, at, by) VALUES (?, ?, ?, ?)');
    this.count = db.prepare('SELECT COUNT(*) AS n FROM ticket_prints WHERE ticket_id = ? AND kind = ?');
  }

  /** Records one more slip and returns how many of its kind the ticket has had with it. */
  add(ticketId: string, kind: DeskPrintKind, at: number, by: string): number {
    this.insert.run(ticketId, kind, at, by);
    return this.countOf(ticketId, kind);
  }

  countOf(ticketId: string, kind: DeskPrintKind): number {
    return (this.count.get(ticketId, kind) as { n: number }).n;
  }
}
